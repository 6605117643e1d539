package org.w3id.hpkg.rdf;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;

/**
 * The statistics of targets per indicator and unit, accumulated one {@link TargetFact} at a time: lowest
 * and highest value, how many targets, which areas set any, and which areas set the lowest and the
 * highest. Whole-graph questions ("how far apart are the regions' targets for the same indicator?") read
 * these few hundred rows instead of every target in the graph. Kept in sorted maps so that the same facts
 * always give the same statements in the same order, whatever order they came in.
 */
public final class TargetStatistics {

    private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::toString);

    /** The statistics of one indicator in one unit. */
    public static final class Row {
        private BigDecimal lowest;
        private BigDecimal highest;
        private long targets;
        private final Set<Node> areas = new TreeSet<>(BY_IRI);
        private final Set<Node> lowestAreas = new TreeSet<>(BY_IRI);
        private final Set<Node> highestAreas = new TreeSet<>(BY_IRI);

        private void add(BigDecimal value, Node area) {
            targets++;
            areas.add(area);
            int low = lowest == null ? -1 : value.compareTo(lowest);
            if (low < 0) {
                lowest = value;
                lowestAreas.clear();
            }
            if (low <= 0) {
                lowestAreas.add(area);
            }
            int high = highest == null ? 1 : value.compareTo(highest);
            if (high > 0) {
                highest = value;
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

        public Set<Node> areas() {
            return areas;
        }

        public Set<Node> lowestAreas() {
            return lowestAreas;
        }

        public Set<Node> highestAreas() {
            return highestAreas;
        }
    }

    private final Map<Node, Map<String, Row>> rows = new TreeMap<>(BY_IRI);

    public void add(TargetFact fact) {
        rows.computeIfAbsent(fact.indicator(), i -> new TreeMap<>()).computeIfAbsent(fact.unit(), u -> new Row())
                .add(fact.value(), fact.area());
    }

    public void addAll(Collection<TargetFact> facts) {
        facts.forEach(this::add);
    }

    /** Indicator → unit → statistics, sorted by indicator IRI and unit. */
    public Map<Node, Map<String, Row>> rows() {
        return rows;
    }
}
