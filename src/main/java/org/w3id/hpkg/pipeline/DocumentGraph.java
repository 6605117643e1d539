package org.w3id.hpkg.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/** The quads of one document's graph, held so the graph can be validated before it is loaded. */
public final class DocumentGraph extends StreamRDFBase {

    private final List<Quad> quads = new ArrayList<>();

    @Override
    public void quad(Quad quad) {
        quads.add(quad);
    }

    public Graph asGraph() {
        Graph graph = GraphFactory.createDefaultGraph();
        for (Quad q : quads) {
            graph.add(q.asTriple());
        }
        return graph;
    }

    void sendTo(StreamRDF sink) {
        for (Quad q : quads) {
            sink.quad(q);
        }
    }

    /** For tests that damage a graph on purpose. */
    void removeIf(java.util.function.Predicate<Quad> condition) {
        quads.removeIf(condition);
    }

    int size() {
        return quads.size();
    }
}
