package org.w3id.hpkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.bench.CorpusGenerator;
import org.w3id.hpkg.bench.GeneratedPlan;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.rdf.DocumentMapper;
import org.w3id.hpkg.rdf.GazetteerMapper;
import org.w3id.hpkg.rdf.SectorMapper;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rdf.OntologySource;
import org.w3id.hpkg.rebuild.DocumentPipeline;

/**
 * The validator checks a document in a small graph (the document plus what it reaches of the shared
 * graphs); these tests hold it to the result of validating against the union with the whole shared graphs
 * (on fifteen generated plans: {@link ShapesValidatorIT}).
 */
class ShapesValidatorTest {

    private static final IriMinter IRIS = new IriMinter(HP.DEFAULT_BASE);
    private static Graph ontology;
    private static Graph gazetteer;
    private static Graph sectors;
    static ShapesValidator validator;
    private static DocumentPipeline pipeline;
    private static DocumentMapper mapper;
    private static Shapes shapes;

    @BeforeAll
    static void setUp() {
        Gazetteer regions = new Gazetteer();
        ontology = OntologySource.ontology();
        gazetteer = GraphFactory.createDefaultGraph();
        new GazetteerMapper(IRIS).map(regions, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                gazetteer.add(quad.asTriple());
            }
        });
        sectors = GraphFactory.createDefaultGraph();
        new SectorMapper(IRIS).map(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                sectors.add(quad.asTriple());
            }
        });
        validator = new ShapesValidator(List.of(ontology, gazetteer, sectors));
        pipeline = new DocumentPipeline(regions);
        mapper = new DocumentMapper(IRIS);
        shapes = Shapes.parse(OntologySource.shapes());
    }

    @Test
    void givenAJurisdictionOutsideTheGazetteer_whenValidated_thenItIsAViolation_asAgainstTheWholeSharedGraphs()
            throws Exception {
        Graph doc = graphOf(new CorpusGenerator(5).plan(3));
        Triple jurisdiction = doc.find(Node.ANY, HP.jurisdiction, Node.ANY).next();
        doc.delete(jurisdiction);
        doc.add(Triple.create(jurisdiction.getSubject(), HP.jurisdiction, IRIS.region("999999")));

        List<ShapesValidator.Violation> violations = validator.validate(doc);

        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).message().contains("jurisdiction"), violations.get(0).message());
        assertEquals(focuses(violations), viaUnion(doc));
    }

    @Test
    void givenAnOngoingDeadline_whenValidated_thenTheOntologysTypingOfHpOngoingIsSeen() throws Exception {
        Graph doc = graphOf(new CorpusGenerator(5).plan(4));
        Node task = doc.find(Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, HP.Task)
                .mapWith(Triple::getSubject).filterDrop(t -> doc.contains(t, HP.deadline, Node.ANY)).next();
        doc.add(Triple.create(task, HP.deadline, HP.Ongoing));
        assertEquals(List.of(), validator.validate(doc));

        // A deadline that is neither a time limit nor hp:Ongoing is caught.
        doc.add(Triple.create(task, HP.deadline, NodeFactory.createURI("https://example.org/whenever")));
        List<ShapesValidator.Violation> violations = validator.validate(doc);
        assertFalse(violations.isEmpty());
        assertEquals(focuses(violations), viaUnion(doc));
    }

    @Test
    void givenTheSharedGraphs_whenValidatedOnce_thenTheyConform() {
        assertEquals(List.of(), validator.validateShared());
    }

    static Graph graphOf(GeneratedPlan plan) throws Exception {
        Graph graph = GraphFactory.createDefaultGraph();
        mapper.map(pipeline.process(plan.fileName(), plan.bytes()), new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                graph.add(quad.asTriple());
            }
        });
        return graph;
    }

    /** Focus nodes and messages of validating the document together with the whole shared graphs. */
    static Set<String> viaUnion(Graph doc) {
        MultiUnion union = new MultiUnion();
        union.addGraph(doc);
        union.addGraph(ontology);
        union.addGraph(gazetteer);
        union.addGraph(sectors);
        Set<String> found = new TreeSet<>();
        for (ReportEntry e : ShaclValidator.get().validate(shapes, union).getEntries()) {
            found.add(e.focusNode() + " " + e.message());
        }
        return found;
    }

    private static Set<String> focuses(List<ShapesValidator.Violation> violations) {
        Set<String> found = new TreeSet<>();
        violations.forEach(v -> found.add(v.focus() + " " + v.message()));
        return found;
    }

    @Test
    void givenAPercentLevelAbove100_whenValidated_thenItIsAWarningThatDoesNotBlock_unlessItIsAChange() throws Exception {
        Graph doc = graphOf(new CorpusGenerator(5).plan(0));
        Triple percent = doc.find(Node.ANY, HP.unit, NodeFactory.createLiteralString("%")).next();
        Node target = percent.getSubject();
        Triple value = doc.find(target, HP.value, Node.ANY).next();
        doc.delete(value);
        doc.add(Triple.create(target, HP.value, NodeFactory.createLiteralDT("150", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal)));
        List<ShapesValidator.Violation> problems = validator.validate(doc);
        assertEquals(1, problems.size(), problems.toString());
        ShapesValidator.Violation warning = problems.get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertFalse(warning.blocking());
        assertEquals(target.getURI(), warning.focus());
        assertTrue(warning.toString().startsWith("warning: "), warning.toString());
        doc.add(Triple.create(target, HP.changeDirection, HP.term("Increase")));
        assertEquals(List.of(), validator.validate(doc), "an increase by 150 % is plausible");
    }

    @Test
    void givenAMissingUnit_whenValidated_thenItIsABlockingViolation() throws Exception {
        Graph doc = graphOf(new CorpusGenerator(5).plan(0));
        Triple unit = doc.find(Node.ANY, HP.unit, Node.ANY).next();
        doc.delete(unit);
        List<ShapesValidator.Violation> problems = validator.validate(doc);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Severity.VIOLATION, problems.get(0).severity());
        assertTrue(problems.get(0).blocking());
    }

    /** What the sh:xone rules said, said as one-directional rules: each broken way is caught, on the target. */
    @Test
    void givenTargetsBrokenEachWayTheValueRulesForbid_whenValidated_thenEachIsCaughtOnThatTarget() throws Exception {
        String valueOrStatement = "A target must have an hp:value or, a qualitative target, an hp:statement: exactly one of them.";
        assertViolations(t -> t.doc.delete(t.one(HP.maxValue)), true,
                "A target whose comparator is hp:Between must have an hp:maxValue.");
        assertViolations(t -> t.doc.delete(t.one(HP.comparator)), false, "A target with an hp:value must have an hp:comparator.");
        assertViolations(t -> t.doc.add(Triple.create(t.target, HP.maxValue, decimal("90"))), false,
                "A target with an hp:maxValue must have the comparator hp:Between.");
        assertViolations(t -> t.doc.delete(t.one(HP.value)), false, valueOrStatement);
        // words beside a value: both the value rule and the statement rule object
        assertViolations(t -> t.doc.add(Triple.create(t.target, HP.statement, NodeFactory.createLiteralString("稳步提高"))),
                false, "Only an hp:QualitativeTarget has an hp:statement.", valueOrStatement);
    }

    @Test
    void givenQualitativeTargets_whenValidated_thenWordsWithoutAValueConform_andAStrayComparatorOrStatementIsCaught()
            throws Exception {
        TargetCase t = TargetCase.of(graphOf(new CorpusGenerator(5).plan(0)), false);
        t.doc.delete(t.one(HP.value));
        Triple comparator = t.one(HP.comparator);
        t.doc.delete(comparator);
        t.doc.add(Triple.create(t.target, HP.statement, NodeFactory.createLiteralString("基本建立分级诊疗制度")));
        List<ShapesValidator.Violation> problems = validator.validate(t.doc);
        assertEquals(List.of("Only an hp:QualitativeTarget has an hp:statement."), messages(problems));
        assertEquals(t.target.getURI(), problems.get(0).focus());

        t.doc.add(Triple.create(t.target, org.apache.jena.vocabulary.RDF.Nodes.type, HP.QualitativeTarget));
        assertEquals(List.of(), validator.validate(t.doc), "a qualitative target states words and neither value nor comparator");

        t.doc.add(comparator);
        assertEquals(List.of("A qualitative target has no hp:comparator."), messages(validator.validate(t.doc)));
    }

    /** A target of a generated plan to break: a range target ({@code between}) or a single-value one. */
    private record TargetCase(Graph doc, Node target) {

        static TargetCase of(Graph doc, boolean between) {
            Node comparator = HP.term("Between");
            Node target = doc.find(Node.ANY, HP.comparator, Node.ANY)
                    .filterKeep(t -> t.getObject().equals(comparator) == between).next().getSubject();
            return new TargetCase(doc, target);
        }

        Triple one(Node predicate) {
            return doc.find(target, predicate, Node.ANY).next();
        }
    }

    private interface Breakage {
        void apply(TargetCase t);
    }

    /** Breaks one target of a plan (a range target when {@code between}) and expects exactly these messages, on it. */
    private static void assertViolations(Breakage breakage, boolean between, String... messages) throws Exception {
        TargetCase t = TargetCase.of(rangePlan(between), between);
        assertEquals(List.of(), validator.validate(t.doc));
        breakage.apply(t);
        List<ShapesValidator.Violation> problems = validator.validate(t.doc);
        assertEquals(new TreeSet<>(List.of(messages)), new TreeSet<>(messages(problems)));
        assertEquals(messages.length, problems.size(), problems.toString());
        for (ShapesValidator.Violation problem : problems) {
            assertEquals(t.target.getURI(), problem.focus());
            assertTrue(problem.blocking());
        }
    }

    /** A generated plan, given a range target (value and maximum, comparator hp:Between) when {@code between}. */
    private static Graph rangePlan(boolean between) throws Exception {
        Graph doc = graphOf(new CorpusGenerator(5).plan(0));
        if (between) {
            TargetCase t = TargetCase.of(doc, false);
            doc.delete(t.one(HP.comparator));
            doc.add(Triple.create(t.target, HP.comparator, HP.term("Between")));
            doc.add(Triple.create(t.target, HP.maxValue, decimal("1000000")));
        }
        return doc;
    }

    private static Node decimal(String lexical) {
        return NodeFactory.createLiteralDT(lexical, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal);
    }

    private static List<String> messages(List<ShapesValidator.Violation> problems) {
        return problems.stream().map(ShapesValidator.Violation::message).toList();
    }
}
