package org.w3id.hpkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * Targets read from a graph ({@link TargetFact}), summed up per plan ({@link PlanTargets}) and across plans
 * ({@link TargetStatistics}), and written ({@link StatisticsMapper}).
 */
class TargetStatisticsTest {

    private final IriMinter iris = new IriMinter(HP.DEFAULT_BASE);
    private final Node rate = iris.indicator("接种率");
    private final Node clinics = iris.indicator("社区医院");
    private final Node county = iris.region("420802");
    private final Node withRegion = iris.document("a");
    private final Node withoutRegion = iris.document("b");
    private final Graph graph = GraphFactory.createDefaultGraph();

    private void target(Node doc, int task, int index, Node indicator, String value, String unit) {
        String key = doc.getURI().substring(doc.getURI().lastIndexOf('/') + 1);
        Node t = iris.task(key, task);
        Node target = iris.target(key, task, index);
        graph.add(Triple.create(t, HP.document, doc));
        graph.add(Triple.create(t, HP.hasTarget, target));
        graph.add(Triple.create(target, HP.indicator, indicator));
        if (value != null) {
            graph.add(Triple.create(target, HP.value, NodeFactory.createLiteralDT(value, XSDDatatype.XSDdecimal)));
        }
        if (unit != null) {
            graph.add(Triple.create(target, HP.unit, NodeFactory.createLiteralString(unit)));
        }
    }

    private void plans() {
        graph.add(Triple.create(withRegion, HP.jurisdiction, county));
        target(withRegion, 1, 1, rate, "90.0", "%");
        target(withRegion, 1, 2, rate, "95.5", "%");
        target(withRegion, 2, 1, clinics, "3.0", "个");
        target(withRegion, 2, 2, rate, null, "%"); // no value: not a number to compare
        target(withoutRegion, 1, 1, rate, "90", "%");
        target(withoutRegion, 1, 2, rate, "80.0", null); // no unit: nothing to compare it with
    }

    @Test
    void targetsAreReadWithTheirPlansArea_theJurisdictionOrThePlanItself() {
        plans();
        List<TargetFact> facts = TargetFact.read(graph);
        assertEquals(4, facts.size());
        assertEquals(java.util.Set.of(
                new TargetFact(rate, "%", new BigDecimal("90"), withoutRegion),
                new TargetFact(rate, "%", new BigDecimal("90.0"), county),
                new TargetFact(rate, "%", new BigDecimal("95.5"), county),
                new TargetFact(clinics, "个", new BigDecimal("3.0"), county)), new java.util.HashSet<>(facts));
    }

    /** Each plan's share, as the rebuild makes it from the plan's own graph. */
    private List<PlanTargets> shares(List<TargetFact> facts) {
        java.util.Map<Node, List<TargetFact>> byPlan = new java.util.LinkedHashMap<>();
        facts.forEach(f -> byPlan.computeIfAbsent(f.area(), a -> new ArrayList<>()).add(f));
        return byPlan.values().stream().map(PlanTargets::of).toList();
    }

    @Test
    void aPlansShareIsItsLowestHighestAndCountPerIndicatorAndUnit_andReadsBackAsWritten() {
        plans();
        PlanTargets share = PlanTargets.of(TargetFact.read(graph).stream()
                .filter(f -> f.area().equals(county)).toList());
        assertEquals(county, share.area());
        assertEquals(List.of(new PlanTargets.Range(rate, "%", new BigDecimal("90.0"), new BigDecimal("95.5"), 2),
                new PlanTargets.Range(clinics, "个", new BigDecimal("3.0"), new BigDecimal("3.0"), 1)), share.ranges(),
                "sorted by indicator IRI (接种率 before 社区医院) and unit");
        assertEquals(share, PlanTargets.fromRecords(share.records(HP.DEFAULT_BASE), HP.DEFAULT_BASE));
        assertEquals(List.of("region/420802"), share.records(HP.DEFAULT_BASE).get(0), "IRIs under the base, without it");
        assertTrue(share.records(HP.DEFAULT_BASE).get(1).get(0).startsWith("indicator/"), "IRIs under the base, without it");
        assertEquals(share, PlanTargets.fromRecords(share.records("http://elsewhere/"), "http://elsewhere/"));
        assertEquals("<" + county.getURI(), share.records("http://elsewhere/").get(0).get(0), "IRIs elsewhere, whole");
        assertEquals(null, PlanTargets.of(List.of()), "a plan without targets has no share");
    }

    @Test
    void eachIndicatorAndUnitHasItsLowestHighestCountAndTheAreasThatSetThem() {
        plans();
        TargetStatistics statistics = new TargetStatistics();
        shares(TargetFact.read(graph)).forEach(statistics::add);

        TargetStatistics.Row rates = statistics.rows().get(rate).get("%");
        assertEquals(0, new BigDecimal("90").compareTo(rates.lowest()));
        assertEquals(new BigDecimal("95.5"), rates.highest());
        assertEquals(3, rates.targets());
        assertEquals(List.of(withoutRegion, county), rates.areas(), "sorted by IRI: doc/… before region/…");
        assertEquals(List.of(withoutRegion, county), rates.lowestAreas(), "both set 90, one written 90.0");
        assertEquals(List.of(county), rates.highestAreas());
        assertEquals(java.util.Set.of("%"), statistics.rows().get(rate).keySet());
        assertEquals(1, statistics.rows().get(clinics).get("个").targets());
    }

    @Test
    void theStatementsAreTheSameWhateverOrderTheTargetsCameIn_withCanonicalDecimals() {
        plans();
        List<TargetFact> facts = new ArrayList<>(TargetFact.read(graph));
        List<Quad> first = map(facts);
        Collections.shuffle(facts, new Random(3));
        assertEquals(first, map(facts), "plans and targets in another order");

        Node rates = iris.statistics(rate, "%");
        assertEquals(HP.DEFAULT_BASE + "statistics/接种率/percent", rates.getURI());
        Node graphName = iris.statisticsGraph();
        assertTrue(first.stream().allMatch(q -> q.getGraph().equals(graphName)));
        assertTrue(first.contains(Quad.create(graphName, rates, HP.lowestValue,
                NodeFactory.createLiteralDT("90.0", XSDDatatype.XSDdecimal))), "90 is written 90.0, as TDB2 reads it back");
        assertTrue(first.contains(Quad.create(graphName, rates, HP.numberOfTargets,
                NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger))));
        assertTrue(first.contains(Quad.create(graphName, rates, HP.setBy, withoutRegion)));
        assertEquals(2, first.stream().filter(q -> q.getPredicate().equals(HP.lowestSetBy)
                && q.getSubject().equals(rates)).count());
    }

    private List<Quad> map(List<TargetFact> facts) {
        TargetStatistics statistics = new TargetStatistics();
        shares(facts).forEach(statistics::add);
        List<Quad> quads = new ArrayList<>();
        new StatisticsMapper(iris).map(statistics, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        });
        return quads;
    }
}
