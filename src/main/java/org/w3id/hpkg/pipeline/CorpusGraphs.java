package org.w3id.hpkg.pipeline;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.store.UnionDefaultGraph;

/** Recomputes the {@link CorpusGraph}s of a rebuild in a database. */
final class CorpusGraphs {

    private CorpusGraphs() {}

    /**
     * Drops and recomputes each graph inside the caller's write transaction, keeping the stored union up
     * to date; returns the quads written. Each graph is dropped before it is computed and computed in full
     * before it is written, so that it reads the other graphs only.
     */
    static long refresh(DatasetGraph dsg, List<CorpusGraph> graphs, IriMinter iris) {
        long quads = 0;
        for (CorpusGraph graph : graphs) {
            Node name = graph.name(iris);
            UnionDefaultGraph.replace(dsg, name, List.of());
            DocumentGraph computed = new DocumentGraph();
            graph.compute(dsg, iris, computed);
            quads += UnionDefaultGraph.replace(dsg, name, computed.quads());
        }
        return quads;
    }
}
