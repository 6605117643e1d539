package org.w3id.hpkg.rebuild;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rdf.PlanTargets;
import org.w3id.hpkg.rdf.StatisticsMapper;

/**
 * Edits the rows of the statistics graph ({@link StatisticsMapper}) in place after some plans changed,
 * reading only what the change can alter, so that an incremental rebuild's time does not grow with the
 * corpus: a row's count is updated by subtraction; the changed plans' areas are recomputed from their
 * own plans (whether they still set the indicator, and their lowest and highest value); every other area
 * keeps its {@code hp:setBy}. Of the other areas, those the row lists at its lowest (highest) value still
 * hold it and the rest are strictly above (below) it, so the new lowest value is known unless none of
 * them held it and no changed area reaches it: then the indicator is left to a recomputation from every
 * plan's share ({@link #apply} returns it), as it is when a row does not add up.
 */
final class StatisticsUpdate {

    /** What the statistics of an update need ({@code IncrementalUpdate.Shares} in a rebuild). */
    interface Change {

        /** The old shares of the plans changed or removed. */
        List<PlanTargets> removed();

        /** The new shares of the plans changed or added. */
        List<PlanTargets> added();

        /** For each area of a removed or added share, the shares of its other (unchanged) plans. */
        Map<Node, List<PlanTargets>> unchangedOfAreas();

        /** Every plan's share after the change, of {@code indicators} only. */
        List<PlanTargets> everyPlan(Set<Node> indicators);
    }

    private record Key(Node indicator, String unit) {

        static Key of(PlanTargets.Range r) {
            return new Key(r.indicator(), r.unit());
        }

        boolean matches(PlanTargets.Range r) {
            return r.indicator().equals(indicator) && r.unit().equals(unit);
        }
    }

    /** The lowest and highest value of one area's targets of one indicator and unit. */
    private record Extremes(BigDecimal lowest, BigDecimal highest) {}

    /**
     * A row's lowest (or highest) value after the change, the changed areas at it, and whether the other
     * areas listed at the old value lose it (the value moved past it) or keep it.
     */
    private record Bound(BigDecimal value, Set<Node> changedAreas, boolean othersLeave) {}

    /** A row as stored: null values when there is none. */
    private record Stored(BigDecimal lowest, BigDecimal highest, long targets, boolean exists) {}

    private final Graph graph;
    private final IriMinter iris;
    private final Change change;
    private final Map<Node, List<PlanTargets>> unchangedOfAreas;
    private final Set<Node> affected = new HashSet<>();
    private long written;

    StatisticsUpdate(Graph graph, IriMinter iris, Change change) {
        this.graph = graph;
        this.iris = iris;
        this.change = change;
        this.unchangedOfAreas = change.unchangedOfAreas();
        change.removed().forEach(p -> affected.add(p.area()));
        change.added().forEach(p -> affected.add(p.area()));
    }

    /**
     * Edits every row the change touches that can be edited from what it read; returns the indicators
     * whose rows must be recomputed from every plan's share (their rows may be half edited).
     */
    Set<Node> apply() {
        Set<Key> keys = new HashSet<>();
        for (List<PlanTargets> plans : List.of(change.removed(), change.added())) {
            plans.forEach(p -> p.ranges().forEach(r -> keys.add(Key.of(r))));
        }
        Set<Node> recompute = new HashSet<>();
        for (Key key : keys) {
            if (!recompute.contains(key.indicator()) && !edit(key)) {
                recompute.add(key.indicator());
            }
        }
        return recompute;
    }

    /** The statements added. */
    long written() {
        return written;
    }

    /** Edits the row of {@code key}; false when what is stored cannot tell the row after the change. */
    private boolean edit(Key key) {
        Node row = iris.statistics(key.indicator(), key.unit());
        Stored stored = stored(row, key);
        if (stored == null) {
            return false;
        }
        long targets = stored.targets() - count(change.removed(), key) + count(change.added(), key);
        Map<Node, Extremes> areas = areasNow(key);
        boolean others = stored.exists() && anyOther(row, HP.setBy);
        if (!others && areas.isEmpty()) {
            graph.remove(row, Node.ANY, Node.ANY);
            return targets == 0;
        }
        Bound lowest = bound(row, stored, others, areas, true);
        Bound highest = bound(row, stored, others, areas, false);
        if (targets <= 0 || lowest == null || highest == null) {
            return false;
        }
        if (!stored.exists()) {
            add(row, RDF.Nodes.type, HP.TargetStatistics);
            add(row, HP.statisticsIndicator, key.indicator());
            add(row, HP.statisticsUnit, NodeFactory.createLiteralString(key.unit()));
        }
        set(row, HP.numberOfTargets, StatisticsMapper.count(targets));
        for (Node area : affected) {
            graph.remove(row, HP.setBy, area);
        }
        areas.keySet().forEach(a -> add(row, HP.setBy, a));
        write(row, HP.lowestValue, HP.lowestSetBy, lowest);
        write(row, HP.highestValue, HP.highestSetBy, highest);
        return true;
    }

    /** The row as stored (not existing: no values, no targets); null when it is not one the mapper wrote. */
    private Stored stored(Node row, Key key) {
        if (!graph.contains(row, HP.statisticsIndicator, key.indicator())) {
            return graph.contains(row, Node.ANY, Node.ANY) ? null : new Stored(null, null, 0, false);
        }
        Node unit = one(row, HP.statisticsUnit);
        Node lowest = one(row, HP.lowestValue);
        Node highest = one(row, HP.highestValue);
        Node targets = one(row, HP.numberOfTargets);
        if (unit == null || !unit.getLiteralLexicalForm().equals(key.unit()) || lowest == null || highest == null
                || targets == null) {
            return null;
        }
        return new Stored(new BigDecimal(lowest.getLiteralLexicalForm()), new BigDecimal(highest.getLiteralLexicalForm()),
                Long.parseLong(targets.getLiteralLexicalForm()), true);
    }

    /**
     * The lowest (highest) value after the change. With no other area, the changed areas' best; else the
     * stored value stays while another area holds it, unless a changed area reaches or passes it.
     */
    private Bound bound(Node row, Stored stored, boolean others, Map<Node, Extremes> areas, boolean lowest) {
        Comparator<BigDecimal> better = lowest ? Comparator.reverseOrder() : Comparator.naturalOrder();
        BigDecimal best = null;
        Set<Node> at = new HashSet<>();
        for (Map.Entry<Node, Extremes> area : areas.entrySet()) {
            BigDecimal v = lowest ? area.getValue().lowest() : area.getValue().highest();
            int c = best == null ? 1 : better.compare(v, best);
            if (c > 0) {
                best = v;
                at.clear();
            }
            if (c >= 0) {
                at.add(area.getKey());
            }
        }
        if (!others) {
            return new Bound(best, at, true);
        }
        BigDecimal old = lowest ? stored.lowest() : stored.highest();
        int c = best == null ? -1 : better.compare(best, old);
        if (c > 0) {
            return new Bound(best, at, true);
        }
        if (c == 0) {
            return new Bound(old, at, false);
        }
        return anyOther(row, lowest ? HP.lowestSetBy : HP.highestSetBy) ? new Bound(old, Set.of(), false) : null;
    }

    /** Writes a row's lowest (highest) value and the areas at it. */
    private void write(Node row, Node value, Node setBy, Bound bound) {
        set(row, value, StatisticsMapper.value(bound.value()));
        if (bound.othersLeave()) {
            graph.remove(row, setBy, Node.ANY);
        } else {
            affected.forEach(a -> graph.remove(row, setBy, a));
        }
        bound.changedAreas().forEach(a -> add(row, setBy, a));
    }

    /** The changed areas that still set {@code key}, with their extremes from all their plans now. */
    private Map<Node, Extremes> areasNow(Key key) {
        List<PlanTargets> plans = new ArrayList<>(change.added());
        affected.forEach(a -> plans.addAll(unchangedOfAreas.getOrDefault(a, List.of())));
        Map<Node, Extremes> areas = new HashMap<>();
        for (PlanTargets plan : plans) {
            for (PlanTargets.Range r : plan.ranges()) {
                if (key.matches(r)) {
                    areas.merge(plan.area(), new Extremes(r.lowest(), r.highest()),
                            (x, y) -> new Extremes(x.lowest().min(y.lowest()), x.highest().max(y.highest())));
                }
            }
        }
        return areas;
    }

    /** Whether the row names, by {@code p}, an area other than the changed ones (reads until it finds one). */
    private boolean anyOther(Node row, Node p) {
        Iterator<Triple> it = graph.find(row, p, Node.ANY);
        try {
            while (it.hasNext()) {
                if (!affected.contains(it.next().getObject())) {
                    return true;
                }
            }
            return false;
        } finally {
            Iter.close(it);
        }
    }

    private Node one(Node s, Node p) {
        List<Triple> found = graph.find(s, p, Node.ANY).toList();
        return found.size() == 1 && found.get(0).getObject().isLiteral() ? found.get(0).getObject() : null;
    }

    private void set(Node s, Node p, Node o) {
        if (!graph.contains(s, p, o)) {
            graph.remove(s, p, Node.ANY);
            graph.add(s, p, o);
            written++;
        }
    }

    private void add(Node s, Node p, Node o) {
        if (!graph.contains(s, p, o)) {
            graph.add(s, p, o);
            written++;
        }
    }

    private static long count(List<PlanTargets> plans, Key key) {
        long n = 0;
        for (PlanTargets plan : plans) {
            for (PlanTargets.Range r : plan.ranges()) {
                if (key.matches(r)) {
                    n += r.targets();
                }
            }
        }
        return n;
    }
}
