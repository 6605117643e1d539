package org.w3id.hpkg.rebuild;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The quads one mapping wrote, held so they can be validated before they are loaded: those of its own
 * graph (a document's), and the descriptions of the shared resources it names, in the graphs that
 * describe them ({@link org.w3id.hpkg.rdf.IriMinter#descriptionGraph}). A statement written twice (the
 * same indicator or body named twice in a plan) is kept once, so the loader does not look it up again.
 */
public final class DocumentGraph extends StreamRDFBase {

    private final Node name;
    private final List<Quad> own = new ArrayList<>();
    private final List<Quad> descriptions = new ArrayList<>();
    private final Graph graph = GraphFactory.createDefaultGraph();

    /** The quads of graph {@code name}, and of the graphs describing what it names. */
    public DocumentGraph(Node name) {
        this.name = name;
    }

    @Override
    public void quad(Quad quad) {
        Triple t = quad.asTriple();
        if (!graph.contains(t)) {
            graph.add(t);
            (quad.getGraph().equals(name) ? own : descriptions).add(quad);
        }
    }

    public Node name() {
        return name;
    }

    /** Every statement, of the graph and of the descriptions it carries, as one graph (for the shapes). */
    public Graph asGraph() {
        return graph;
    }

    /** The quads of the graph itself. */
    List<Quad> quads() {
        return own;
    }

    /** The quads describing the shared resources the graph names, in the graphs describing them. */
    List<Quad> descriptions() {
        return descriptions;
    }

    /** Sends the graph's own quads. */
    void sendTo(StreamRDF sink) {
        own.forEach(sink::quad);
    }

    /** For tests that damage a graph on purpose. */
    void removeIf(Predicate<Quad> condition) {
        for (List<Quad> quads : List.of(own, descriptions)) {
            quads.removeIf(q -> {
                if (condition.test(q)) {
                    graph.delete(q.asTriple());
                    return true;
                }
                return false;
            });
        }
    }
}
