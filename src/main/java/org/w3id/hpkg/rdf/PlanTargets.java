package org.w3id.hpkg.rdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * One plan's share of the {@link TargetStatistics}: its area (jurisdiction, or the plan itself) and, per
 * indicator and unit, the lowest and highest value of its targets and how many there are. The rebuild
 * keeps it in the build manifest with the plan's entry ({@code ManifestFile}), so that an incremental
 * rebuild can recompute the statistics of the indicators a change touched from these few lines per plan
 * instead of re-reading every target of those indicators in the graph.
 */
public record PlanTargets(Node area, List<Range> ranges) {

    /** The targets of one indicator in one unit. */
    public record Range(Node indicator, String unit, BigDecimal lowest, BigDecimal highest, long targets) {}

    private static final Comparator<Range> ORDER = Comparator.comparing((Range r) -> r.indicator().getURI())
            .thenComparing(Range::unit);

    public PlanTargets {
        ranges = ranges.stream().sorted(ORDER).toList();
    }

    /** The share of a plan's targets (all read from its graph, so all of one area); null when it has none. */
    public static PlanTargets of(List<TargetFact> facts) {
        if (facts.isEmpty()) {
            return null;
        }
        Node area = facts.get(0).area();
        Map<List<Object>, Range> ranges = new HashMap<>();
        for (TargetFact f : facts) {
            if (!f.area().equals(area)) {
                throw new IllegalArgumentException("targets of more than one plan's area: " + area + ", " + f.area());
            }
            ranges.merge(List.of(f.indicator(), f.unit()), new Range(f.indicator(), f.unit(), f.value(), f.value(), 1),
                    (a, b) -> new Range(a.indicator(), a.unit(), a.lowest().min(b.lowest()), a.highest().max(b.highest()),
                            a.targets() + b.targets()));
        }
        return new PlanTargets(area, new ArrayList<>(ranges.values()));
    }

    /**
     * As records of text: the area's IRI, then one record per range (indicator IRI, unit, lowest, highest,
     * count); IRIs under {@code base} are written without it (a manifest holds one share per plan).
     */
    public List<List<String>> records(String base) {
        List<List<String>> records = new ArrayList<>();
        records.add(List.of(relative(area, base)));
        for (Range r : ranges) {
            records.add(List.of(relative(r.indicator(), base), r.unit(), r.lowest().toPlainString(),
                    r.highest().toPlainString(), Long.toString(r.targets())));
        }
        return records;
    }

    /** Reads {@link #records}' records back. */
    public static PlanTargets fromRecords(List<? extends List<String>> records, String base) {
        if (records.isEmpty() || records.get(0).size() != 1) {
            throw new IllegalArgumentException("a plan's targets begin with its area: " + records);
        }
        List<Range> ranges = new ArrayList<>();
        for (List<String> f : records.subList(1, records.size())) {
            if (f.size() != 5) {
                throw new IllegalArgumentException("not a record of a plan's targets: " + f);
            }
            ranges.add(new Range(NodeFactory.createURI(absolute(f.get(0), base)), f.get(1), new BigDecimal(f.get(2)),
                    new BigDecimal(f.get(3)), Long.parseLong(f.get(4))));
        }
        return new PlanTargets(NodeFactory.createURI(absolute(records.get(0).get(0), base)), ranges);
    }

    /** An IRI as {@link #records} writes it. */
    public static String relative(Node iri, String base) {
        String uri = iri.getURI();
        return uri.startsWith(base) ? uri.substring(base.length()) : "<" + uri;
    }

    private static String absolute(String written, String base) {
        return written.startsWith("<") ? written.substring(1) : base + written;
    }
}
