package org.w3id.hpkg.rebuild;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rdf.PlanTargets;
import org.w3id.hpkg.rdf.StatisticsMapper;
import org.w3id.hpkg.rdf.TargetStatistics;

/**
 * The statistics graph ({@link StatisticsMapper}) of a database, made from the plans' shares
 * ({@link PlanTargets}, kept in the build manifest). A full rebuild adds each plan's share as it streams
 * past and bulk-loads the graph with the documents. An incremental rebuild brings the rows of the
 * indicators whose targets it added or removed up to date in the write transaction that replaces the
 * documents: edited in place from the changed plans' areas ({@link StatisticsUpdate}), so that its time
 * does not grow with the corpus, or, for the rows the stored statements cannot tell (every area at a
 * lowest or highest value changed and none reaches it now), recomputed from every plan's share with
 * {@link TargetStatistics}. Either way the rows are those a full rebuild gives (tested side by side).
 */
final class StatisticsGraph {

    private final IriMinter iris;
    private final StatisticsMapper mapper;

    StatisticsGraph(IriMinter iris) {
        this.iris = iris;
        this.mapper = new StatisticsMapper(iris);
    }

    /** Sends the statistics of a full rebuild's targets; returns the quads sent. */
    long sendTo(TargetStatistics statistics, StreamRDF sink) {
        return mapper.map(statistics, sink);
    }

    /**
     * Brings the rows of the indicators an update touched up to date; call in the update's write
     * transaction. Returns the statements added.
     */
    long refresh(DatasetGraph dsg, StatisticsUpdate.Change change) {
        return refresh(dsg.getGraph(iris.statisticsGraph()), change);
    }

    /** As {@link #refresh(DatasetGraph, StatisticsUpdate.Change)}, on the statistics graph itself. */
    long refresh(Graph graph, StatisticsUpdate.Change change) {
        StatisticsUpdate update = new StatisticsUpdate(graph, iris, change);
        Set<Node> recompute = update.apply();
        long written = update.written();
        if (!recompute.isEmpty()) {
            TargetStatistics statistics = new TargetStatistics();
            change.everyPlan(recompute).forEach(plan -> statistics.add(plan, recompute::contains));
            written += replace(graph, statistics, recompute);
        }
        return written;
    }

    /** Writes the rows of {@code statistics} in place of those of {@code indicators}; returns the statements added. */
    private long replace(Graph graph, TargetStatistics statistics, Set<Node> indicators) {
        Set<Triple> rows = new HashSet<>();
        mapper.map(statistics, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                rows.add(quad.asTriple());
            }
        });
        // Only the statements that differ are written: most rows keep their lowest, highest and areas, and a
        // row lists hundreds of areas.
        Set<Triple> old = new HashSet<>();
        for (Node indicator : indicators) {
            graph.find(Node.ANY, HP.statisticsIndicator, indicator)
                    .forEach(t -> graph.find(t.getSubject(), Node.ANY, Node.ANY).forEach(old::add));
        }
        long written = 0;
        for (Triple t : old) {
            if (!rows.contains(t)) {
                graph.delete(t);
            }
        }
        for (Triple t : rows) {
            if (!old.contains(t)) {
                graph.add(t);
                written++;
            }
        }
        return written;
    }
}
