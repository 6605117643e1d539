package org.w3id.hpkg.publish;

import java.util.Comparator;
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
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.Prefixes;
import org.w3id.hpkg.store.GraphNames;

/**
 * What the server says about one IRI: the resource's own triples (from every graph), the labels of the
 * resources it links to, for the spans it was derived from their text and offsets, and the links that
 * point at it with the labels of their subjects, so that a crawler can walk from a plan, a region, a body
 * or an indicator to what refers to it. Incoming links come in pages of {@code pageSize}, sorted by
 * property and subject, so the same graph gives the same pages. For the HTML page it also collects the
 * labels of properties and classes from the ontology.
 */
public final class ResourceDescriber {

    static final Node WAS_DERIVED_FROM = HP.wasDerivedFrom;
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    private static final Comparator<Triple> INCOMING_ORDER = Comparator
            .comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getSubject().toString());

    private final Dataset dataset;
    private final int pageSize;

    public ResourceDescriber(Dataset dataset, int pageSize) {
        this.dataset = dataset;
        this.pageSize = pageSize;
    }

    /**
     * A description.
     *
     * @param subject  the IRI described
     * @param graph    the RDF served for it: its own triples and, on every page, that page's incoming links
     * @param incoming the incoming links of this page
     * @param page     the page of incoming links described (1-based)
     * @param pages    how many pages of incoming links there are (at least 1)
     * @param incomingTotal how many incoming links there are in all
     * @param labels   labels of every node mentioned, ontology terms included, for display
     */
    public record Description(Node subject, Graph graph, List<Triple> incoming, int page, int pages, long incomingTotal,
            Graph labels) {}

    /** The description of {@code iri} with page {@code page} of its incoming links, or empty when unknown. */
    public Optional<Description> describe(String iri, int page) {
        Node s = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            Graph union = union();
            if (!union.contains(s, Node.ANY, Node.ANY)) {
                return Optional.empty();
            }
            Graph out = GraphFactory.createDefaultGraph();
            out.getPrefixMapping().setNsPrefixes(Prefixes.map().getMapping());
            Set<Node> linked = outgoing(union, s, out);
            List<Triple> all = union.find(Node.ANY, Node.ANY, s).toList();
            all.sort(INCOMING_ORDER);
            int pages = Math.max(1, (all.size() + pageSize - 1) / pageSize);
            List<Triple> incoming = page > pages ? List.of()
                    : all.subList((page - 1) * pageSize, Math.min(all.size(), page * pageSize));
            incoming.forEach(out::add);
            incoming.forEach(t -> {
                copy(union, t.getSubject(), RDFS.Nodes.label, out);
                copy(union, t.getSubject(), PREF_LABEL, out);
            });
            Graph labels = GraphFactory.createDefaultGraph();
            Set<Node> named = new LinkedHashSet<>(linked);
            out.find().forEachRemaining(t -> {
                named.add(t.getSubject());
                named.add(t.getPredicate());
                if (t.getObject().isURI()) {
                    named.add(t.getObject());
                }
            });
            for (Node n : named) {
                copy(union, n, RDFS.Nodes.label, labels);
                copy(union, n, PREF_LABEL, labels);
            }
            return Optional.of(new Description(s, out, List.copyOf(incoming), page, pages, all.size(), labels));
        });
    }

    /** Copies the subject's triples, the labels of what they link to and the spans' text; returns the linked nodes. */
    private static Set<Node> outgoing(Graph union, Node s, Graph out) {
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
        return linked;
    }

    private Graph union() {
        return org.w3id.hpkg.store.UnionDefaultGraph.of(dataset.asDatasetGraph());
    }

    /** Whether {@code iri} names a graph of the store (graphs are served through the Graph Store Protocol). */
    public boolean isGraphName(String iri) {
        Node g = NodeFactory.createURI(iri);
        return !GraphNames.isBookkeeping(g) && Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().containsGraph(g));
    }

    private static void copy(Graph from, Node s, Node p, Graph to) {
        from.find(s, p, Node.ANY).forEachRemaining(to::add);
    }
}
