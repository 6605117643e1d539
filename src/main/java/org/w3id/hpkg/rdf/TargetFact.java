package org.w3id.hpkg.rdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * One target as the statistics need it ({@link TargetStatistics}): its indicator, unit and value, and the
 * area of its plan — the plan's jurisdiction, or the plan itself when it states none. Read from the plan's
 * graph as mapped (on the worker thread, before it is loaded), so the statistics count exactly the targets
 * the graph states, with the values it states.
 */
public record TargetFact(Node indicator, String unit, BigDecimal value, Node area) {

    /**
     * The targets in {@code graph} that have a value and a unit and belong to a task or section of a plan.
     * Like is compared with like: the unit is the normalized one (万元 and 亿元 are 元, the value scaled to
     * it), and a change carries its direction in the unit ("% Decrease"), so that it is never the lowest or
     * highest of the levels of its indicator.
     */
    public static List<TargetFact> read(Graph graph) {
        List<TargetFact> facts = new ArrayList<>();
        Map<Node, Node> areaOfPlan = new HashMap<>();
        graph.find(Node.ANY, HP.indicator, Node.ANY).forEachRemaining(t -> {
            Node target = t.getSubject();
            Node normalValue = object(graph, target, HP.normalizedValue);
            Node value = normalValue != null ? normalValue : object(graph, target, HP.value);
            Node normalUnit = object(graph, target, HP.normalizedUnit);
            Node unit = normalUnit != null ? normalUnit : object(graph, target, HP.unit);
            Node direction = object(graph, target, HP.changeDirection);
            Node task = subject(graph, HP.hasTarget, target);
            Node plan = task == null ? null : object(graph, task, HP.document);
            if (value == null || !value.isLiteral() || unit == null || !unit.isLiteral() || plan == null) {
                return;
            }
            Node area = areaOfPlan.computeIfAbsent(plan, p -> {
                Node jurisdiction = object(graph, p, HP.jurisdiction);
                return jurisdiction != null ? jurisdiction : p;
            });
            String kind = direction == null ? "" : " " + direction.getLocalName();
            facts.add(new TargetFact(t.getObject(), unit.getLiteralLexicalForm() + kind,
                    new BigDecimal(value.getLiteralLexicalForm()), area));
        });
        return facts;
    }

    private static Node object(Graph graph, Node s, Node p) {
        ExtendedIterator<Triple> it = graph.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static Node subject(Graph graph, Node p, Node o) {
        ExtendedIterator<Triple> it = graph.find(Node.ANY, p, o);
        try {
            return it.hasNext() ? it.next().getSubject() : null;
        } finally {
            it.close();
        }
    }
}
