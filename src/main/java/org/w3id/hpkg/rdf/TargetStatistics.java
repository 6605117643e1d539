package org.w3id.hpkg.rdf;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;

/**
 * The statistics of targets per indicator and unit, accumulated one plan ({@link PlanTargets}) at a time:
 * lowest and highest value, how many targets, which areas set any, and which areas set the lowest and the
 * highest. Whole-graph questions ("how far apart are the regions' targets for the same indicator?") read
 * these few hundred rows instead of every target in the graph. Accumulated in hash maps (a full rebuild
 * adds every target of the corpus on the thread that feeds the loader) and sorted when read, so that the
 * same facts always give the same statements in the same order, whatever order they came in.
 */
public final class TargetStatistics {

    /** Indicators and areas are IRIs (minted by {@link IriMinter}). */
    private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::getURI);

    /** The statistics of one indicator in one unit. */
    public static final class Row {
        private BigDecimal lowest;
        private BigDecimal highest;
        private long targets;
        private final Set<Node> areas = new HashSet<>();
        private final Set<Node> lowestAreas = new HashSet<>();
        private final Set<Node> highestAreas = new HashSet<>();

        private void add(PlanTargets.Range range, Node area) {
            targets += range.targets();
            areas.add(area);
            int low = lowest == null ? -1 : range.lowest().compareTo(lowest);
            if (low < 0) {
                lowest = range.lowest();
                lowestAreas.clear();
            }
            if (low <= 0) {
                lowestAreas.add(area);
            }
            int high = highest == null ? 1 : range.highest().compareTo(highest);
            if (high > 0) {
                highest = range.highest();
                highestAreas.clear();
            }
            if (high >= 0) {
                highestAreas.add(area);
            }
        }

        public BigDecimal lowest() {
            return lowest;
        }

        public BigDecimal highest() {
            return highest;
        }

        public long targets() {
            return targets;
        }

        /** The areas with a target, sorted by IRI. */
        public List<Node> areas() {
            return sorted(areas);
        }

        /** The areas with a target at the lowest value, sorted by IRI. */
        public List<Node> lowestAreas() {
            return sorted(lowestAreas);
        }

        /** The areas with a target at the highest value, sorted by IRI. */
        public List<Node> highestAreas() {
            return sorted(highestAreas);
        }

        private static List<Node> sorted(Set<Node> nodes) {
            return nodes.stream().sorted(BY_IRI).toList();
        }
    }

    private final Map<Node, Map<String, Row>> rows = new HashMap<>();

    /** Adds a plan's targets (none when null). */
    public void add(PlanTargets plan) {
        add(plan, indicator -> true);
    }

    /** Adds those of a plan's targets whose indicator passes {@code indicators}. */
    public void add(PlanTargets plan, Predicate<Node> indicators) {
        if (plan == null) {
            return;
        }
        for (PlanTargets.Range range : plan.ranges()) {
            if (indicators.test(range.indicator())) {
                rows.computeIfAbsent(range.indicator(), i -> new HashMap<>())
                        .computeIfAbsent(range.unit(), u -> new Row()).add(range, plan.area());
            }
        }
    }

    /** Indicator → unit → statistics, sorted by indicator IRI and unit. */
    public Map<Node, Map<String, Row>> rows() {
        Map<Node, Map<String, Row>> sorted = new TreeMap<>(BY_IRI);
        rows.forEach((indicator, units) -> sorted.put(indicator, new TreeMap<>(units)));
        return sorted;
    }
}
