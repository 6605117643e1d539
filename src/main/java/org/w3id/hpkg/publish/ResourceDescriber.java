package org.w3id.hpkg.publish;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.Prefixes;

/**
 * What the server says about one IRI: the resource's own triples (from every graph), the labels of the
 * resources it links to, and for the spans it was derived from their text and offsets. For the HTML page
 * it also collects who links to it and the labels of properties and classes from the ontology.
 */
public final class ResourceDescriber {

    static final Node WAS_DERIVED_FROM = HP.wasDerivedFrom;
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    /** The most incoming links a page lists; a region can be mentioned by thousands of tasks. */
    static final int MAX_INCOMING = 200;

    private final Dataset dataset;

    public ResourceDescriber(Dataset dataset) {
        this.dataset = dataset;
    }

    /**
     * A description.
     *
     * @param subject   the IRI described
     * @param graph     the RDF served for it
     * @param incoming  triples pointing at it (at most {@link #MAX_INCOMING})
     * @param moreIncoming whether there were more than those
     * @param labels    labels of every node mentioned, ontology terms included, for display
     */
    public record Description(Node subject, Graph graph, List<Triple> incoming, boolean moreIncoming, Graph labels) {}

    /** The description of {@code iri}, or empty when the graph says nothing about it. */
    public Optional<Description> describe(String iri) {
        Node s = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            Graph union = org.w3id.hpkg.store.UnionDefaultGraph.of(dataset.asDatasetGraph());
            if (!union.contains(s, Node.ANY, Node.ANY)) {
                return Optional.empty();
            }
            Graph out = GraphFactory.createDefaultGraph();
            out.getPrefixMapping().setNsPrefixes(Prefixes.map().getMapping());
            Set<Node> linked = new LinkedHashSet<>();
            Set<Node> spans = new LinkedHashSet<>();
            union.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                out.add(t);
                if (t.getObject().isURI()) {
                    linked.add(t.getObject());
                    if (t.getPredicate().equals(WAS_DERIVED_FROM)) {
                        spans.add(t.getObject());
                    }
                }
            });
            for (Node o : linked) {
                copy(union, o, RDFS.Nodes.label, out);
                copy(union, o, PREF_LABEL, out);
            }
            for (Node span : spans) {
                copy(union, span, HP.text, out);
                copy(union, span, HP.startOffset, out);
                copy(union, span, HP.endOffset, out);
                copy(union, span, HP.inDocument, out);
            }
            List<Triple> incoming = new ArrayList<>();
            boolean more = false;
            ExtendedIterator<Triple> in = union.find(Node.ANY, Node.ANY, s);
            try {
                while (in.hasNext()) {
                    Triple t = in.next();
                    if (incoming.size() == MAX_INCOMING) {
                        more = true;
                        break;
                    }
                    incoming.add(t);
                }
            } finally {
                in.close();
            }
            Graph labels = GraphFactory.createDefaultGraph();
            Set<Node> named = new LinkedHashSet<>(linked);
            out.find().forEachRemaining(t -> {
                named.add(t.getPredicate());
                if (t.getObject().isURI()) {
                    named.add(t.getObject());
                }
            });
            incoming.forEach(t -> {
                named.add(t.getSubject());
                named.add(t.getPredicate());
            });
            named.add(s);
            for (Node n : named) {
                copy(union, n, RDFS.Nodes.label, labels);
                copy(union, n, PREF_LABEL, labels);
            }
            return Optional.of(new Description(s, out, List.copyOf(incoming), more, labels));
        });
    }

    /** Whether {@code iri} names a graph of the store (graphs are served through the Graph Store Protocol). */
    public boolean isGraphName(String iri) {
        Node g = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().containsGraph(g));
    }

    private static void copy(Graph from, Node s, Node p, Graph to) {
        from.find(s, p, Node.ANY).forEachRemaining(to::add);
    }
}
