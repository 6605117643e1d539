package org.w3id.hpkg.rdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.hpkg.data.DataTable;

/**
 * States the standard terms in the data as the quads pass, so that a partner asking for
 * {@code org:Organization}, {@code foaf:Person}, {@code time:Instant}, {@code dcterms:isPartOf} or the
 * concepts of a {@code skos:ConceptScheme} finds them without inference. What is added follows from the
 * ontology ({@code ontology/hpkg.ttl}), read once: beside {@code rdf:type hp:C} every superclass of
 * {@code hp:C} outside the hp namespace; beside {@code hp:p} every such superproperty; the class of a
 * {@code [owl:onProperty hp:p; owl:someValuesFrom …] rdfs:subClassOf X} axiom for a subject with {@code hp:p}
 * (a dated time limit is a {@code time:Instant}); and for the classes of {@code hpkg/rdf/concept-schemes.tsv},
 * {@code skos:inScheme} their scheme, which each graph that uses it describes. The extraction classes
 * know nothing of it.
 */
public final class StandardTerms {

    private static final Node IN_SCHEME = SKOS.inScheme.asNode();
    private static final Rules RULES = Rules.from(OntologySource.ontology());

    private final IriMinter iris;

    public StandardTerms(IriMinter iris) {
        this.iris = iris;
    }

    /** What the ontology entails in standard terms, per hp: class and property. */
    private record Rules(Map<Node, Set<Node>> types, Map<Node, Set<Node>> properties, Map<Node, Set<Node>> typesOfSubjects,
            Map<Node, String[]> schemes) {

        static Rules from(Graph ontology) {
            Map<Node, Set<Node>> types = new HashMap<>();
            Map<Node, Set<Node>> properties = new HashMap<>();
            Map<Node, Set<Node>> typesOfSubjects = new HashMap<>();
            ontology.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> {
                if (isHp(t.getSubject())) {
                    types.put(t.getSubject(), external(ontology, t.getSubject(), RDFS.subClassOf.asNode()));
                } else if (t.getSubject().isBlank() && t.getObject().isURI() && !isHp(t.getObject())) {
                    ontology.find(t.getSubject(), OWL.onProperty.asNode(), Node.ANY).forEachRemaining(r -> {
                        if (ontology.contains(t.getSubject(), OWL.someValuesFrom.asNode(), Node.ANY)) {
                            typesOfSubjects.computeIfAbsent(r.getObject(), k -> new LinkedHashSet<>()).add(t.getObject());
                        }
                    });
                }
            });
            ontology.find(Node.ANY, RDFS.subPropertyOf.asNode(), Node.ANY).forEachRemaining(t -> {
                if (isHp(t.getSubject())) {
                    properties.put(t.getSubject(), external(ontology, t.getSubject(), RDFS.subPropertyOf.asNode()));
                }
            });
            Map<Node, String[]> schemes = new HashMap<>();
            for (String[] row : DataTable.load("rdf/concept-schemes.tsv").rows()) {
                schemes.put(HP.term(row[0]), row);
            }
            return new Rules(Map.copyOf(types), Map.copyOf(properties), Map.copyOf(typesOfSubjects), Map.copyOf(schemes));
        }

        /** The superterms of {@code term} outside the hp namespace, through hp superterms too. */
        private static Set<Node> external(Graph ontology, Node term, Node relation) {
            Set<Node> found = new LinkedHashSet<>();
            Set<Node> seen = new HashSet<>();
            List<Node> todo = new java.util.ArrayList<>(List.of(term));
            while (!todo.isEmpty()) {
                Node n = todo.remove(todo.size() - 1);
                if (!seen.add(n)) {
                    continue;
                }
                ontology.find(n, relation, Node.ANY).forEachRemaining(t -> {
                    Node up = t.getObject();
                    if (up.isURI() && isHp(up)) {
                        todo.add(up);
                    } else if (up.isURI()) {
                        found.add(up);
                    }
                });
            }
            return Set.copyOf(found);
        }

        private static boolean isHp(Node n) {
            return n.isURI() && n.getURI().startsWith(HP.NS);
        }
    }

    /** A sink that passes every quad on with the standard statements it entails, each once per graph. */
    public StreamRDF wrap(StreamRDF sink) {
        Set<Quad> sent = new HashSet<>();
        return new StreamRDFWrapper(sink) {
            @Override
            public void quad(Quad quad) {
                super.quad(quad);
                Node g = quad.getGraph();
                Node s = quad.getSubject();
                Node p = quad.getPredicate();
                if (p.equals(RDF.Nodes.type)) {
                    RULES.types().getOrDefault(quad.getObject(), Set.of()).forEach(c -> once(Quad.create(g, s, p, c)));
                    String[] scheme = RULES.schemes().get(quad.getObject());
                    if (scheme != null) {
                        Node iri = NodeFactory.createURI(iris.base() + scheme[1]);
                        once(Quad.create(g, s, IN_SCHEME, iri));
                        once(Quad.create(g, iri, RDF.Nodes.type, SKOS.ConceptScheme.asNode()));
                        once(Quad.create(g, iri, RDFS.Nodes.label, NodeFactory.createLiteralLang(scheme[2], "en")));
                        once(Quad.create(g, iri, RDFS.Nodes.label, NodeFactory.createLiteralLang(scheme[3], "zh")));
                    }
                    return;
                }
                RULES.properties().getOrDefault(p, Set.of()).forEach(sp -> once(Quad.create(g, s, sp, quad.getObject())));
                RULES.typesOfSubjects().getOrDefault(p, Set.of()).forEach(c -> once(Quad.create(g, s, RDF.Nodes.type, c)));
            }

            private void once(Quad q) {
                if (sent.add(q)) {
                    super.quad(q);
                }
            }
        };
    }
}
