package org.w3id.hpkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The standard terms stated beside ours, as the ontology's alignment entails them. */
class StandardTermsTest {

    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String TIME = "http://www.w3.org/2006/time#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private final IriMinter iris = new IriMinter(HP.DEFAULT_BASE);
    private final Node g = iris.graph("plan");

    private Set<Triple> pass(Triple... in) {
        Set<Triple> out = new LinkedHashSet<>();
        StreamRDF sink = new StandardTerms(iris).wrap(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                assertEquals(g, q.getGraph(), "everything stays in the graph it came with");
                out.add(q.asTriple());
            }
        });
        for (Triple t : in) {
            sink.quad(Quad.create(g, t));
        }
        return out;
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    @Test
    void givenABodyATaskAndADatedTimeLimit_thenOrgDctermsAndTimeTermsAreStated() {
        Node body = iris.organization("某市卫生健康委员会", "医政医管科");
        Node task = iris.task("plan", 1);
        Node time = iris.timeLimit(java.time.LocalDate.of(2025, 6, 30));
        Node date = NodeFactory.createLiteralDT("2025-06-30", XSDDatatype.XSDdate);
        Set<Triple> out = pass(Triple.create(body, RDF.Nodes.type, HP.Organization),
                Triple.create(task, HP.document, iris.document("plan")),
                Triple.create(task, HP.leadBody, body),
                Triple.create(time, RDF.Nodes.type, HP.TimeLimit),
                Triple.create(time, HP.dueDate, date));
        assertEquals(Set.of(
                Triple.create(body, RDF.Nodes.type, HP.Organization),
                Triple.create(body, RDF.Nodes.type, uri(ORG + "Organization")),
                Triple.create(body, RDF.Nodes.type, uri("http://www.w3.org/ns/prov#Agent")),
                Triple.create(task, HP.document, iris.document("plan")),
                Triple.create(task, uri(DCT + "isPartOf"), iris.document("plan")),
                Triple.create(task, HP.leadBody, body),
                Triple.create(time, RDF.Nodes.type, HP.TimeLimit),
                Triple.create(time, RDF.Nodes.type, uri(TIME + "TemporalEntity")),
                Triple.create(time, HP.dueDate, date),
                Triple.create(time, uri(TIME + "inXSDDate"), date),
                Triple.create(time, RDF.Nodes.type, uri(TIME + "Instant"))), out);
    }

    @Test
    void givenIndicatorsAndProgrammes_thenEachIsInItsConceptSchemeWhichIsDescribedOnce() {
        Node a = iris.indicator("孕产妇死亡率");
        Node b = iris.indicator("婴儿死亡率");
        Node p = iris.programme("优质服务基层行");
        Set<Triple> out = pass(Triple.create(a, RDF.Nodes.type, HP.Indicator), Triple.create(b, RDF.Nodes.type, HP.Indicator),
                Triple.create(p, RDF.Nodes.type, HP.Programme));
        Node indicators = uri(HP.DEFAULT_BASE + "scheme/indicators");
        Node programmes = uri(HP.DEFAULT_BASE + "scheme/programmes");
        assertEquals(Set.of(indicators), objects(out, a, SKOS.inScheme.asNode()));
        assertEquals(Set.of(indicators), objects(out, b, SKOS.inScheme.asNode()));
        assertEquals(Set.of(programmes), objects(out, p, SKOS.inScheme.asNode()));
        assertEquals(Set.of(SKOS.ConceptScheme.asNode()), objects(out, indicators, RDF.Nodes.type));
        assertEquals(2, objects(out, indicators, RDFS.Nodes.label).size(), "English and Chinese, once");
        assertEquals(Set.of(HP.Indicator, SKOS.Concept.asNode()), objects(out, a, RDF.Nodes.type));
    }

    @Test
    void givenOngoing_thenItIsNoInstant() {
        Node task = iris.task("plan", 2);
        Set<Triple> out = pass(Triple.create(task, HP.deadline, HP.Ongoing));
        assertEquals(Set.of(Triple.create(task, HP.deadline, HP.Ongoing)), out, "nothing about instants for hp:Ongoing");
        org.apache.jena.graph.Graph ontology = OntologySource.ontology();
        assertEquals(false, ontology.contains(HP.TimeLimit, RDFS.subClassOf.asNode(), uri(TIME + "Instant")));
    }

    private static Set<Node> objects(Set<Triple> triples, Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        triples.stream().filter(t -> t.getSubject().equals(s) && t.getPredicate().equals(p)).forEach(t -> out.add(t.getObject()));
        return out;
    }
}
