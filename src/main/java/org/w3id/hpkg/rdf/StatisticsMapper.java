package org.w3id.hpkg.rdf;

import java.math.BigDecimal;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;

/**
 * The statistics graph ({@code <base>graph/statistics}): one {@code hp:TargetStatistics} per indicator and
 * unit that some target has, at {@link IriMinter#statistics}. The same statistics always give the same
 * statements.
 */
public final class StatisticsMapper {

    private final IriMinter iris;

    public StatisticsMapper(IriMinter iris) {
        this.iris = iris;
    }

    /** The literal of a row's lowest or highest value, as {@link #map} writes it. */
    public static Node value(BigDecimal value) {
        return QuadWriter.decimal(value);
    }

    /** The literal of a row's number of targets, as {@link #map} writes it. */
    public static Node count(long targets) {
        return QuadWriter.integer(targets);
    }

    /** Emits the statements of every row of {@code statistics}; returns the number of quads written. */
    public long map(TargetStatistics statistics, StreamRDF out) {
        QuadWriter w = new QuadWriter(out, iris.statisticsGraph());
        for (Map.Entry<Node, Map<String, TargetStatistics.Row>> indicator : statistics.rows().entrySet()) {
            for (Map.Entry<String, TargetStatistics.Row> unit : indicator.getValue().entrySet()) {
                TargetStatistics.Row row = unit.getValue();
                Node s = iris.statistics(indicator.getKey(), unit.getKey());
                w.add(s, RDF.Nodes.type, HP.TargetStatistics);
                w.add(s, HP.statisticsIndicator, indicator.getKey());
                w.add(s, HP.statisticsUnit, unit.getKey());
                w.add(s, HP.lowestValue, row.lowest());
                w.add(s, HP.highestValue, row.highest());
                w.add(s, HP.numberOfTargets, row.targets());
                row.areas().forEach(a -> w.add(s, HP.setBy, a));
                row.lowestAreas().forEach(a -> w.add(s, HP.lowestSetBy, a));
                row.highestAreas().forEach(a -> w.add(s, HP.highestSetBy, a));
            }
        }
        return w.count();
    }
}
