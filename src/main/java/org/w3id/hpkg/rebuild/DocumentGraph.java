package org.w3id.hpkg.rebuild;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The quads of one document's graph, held so the graph can be validated before it is loaded. The graph
 * is built as the quads arrive; a quad the mapper writes twice (the same indicator or body named twice
 * in a plan) is kept once, so the loader does not look it up again.
 */
public final class DocumentGraph extends StreamRDFBase {

    private final List<Quad> quads = new ArrayList<>();
    private final Graph graph = GraphFactory.createDefaultGraph();

    @Override
    public void quad(Quad quad) {
        Triple t = quad.asTriple();
        if (!graph.contains(t)) {
            graph.add(t);
            quads.add(quad);
        }
    }

    public Graph asGraph() {
        return graph;
    }

    void sendTo(StreamRDF sink) {
        for (Quad q : quads) {
            sink.quad(q);
        }
    }

    /** For tests that damage a graph on purpose. */
    void removeIf(Predicate<Quad> condition) {
        quads.removeIf(q -> {
            if (condition.test(q)) {
                graph.delete(q.asTriple());
                return true;
            }
            return false;
        });
    }

    List<Quad> quads() {
        return quads;
    }

    int size() {
        return quads.size();
    }
}
