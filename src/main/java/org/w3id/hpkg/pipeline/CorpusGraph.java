package org.w3id.hpkg.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.hpkg.rdf.IriMinter;

/**
 * A graph derived from the whole corpus (links between documents' indicators, say) rather than from one
 * file. Every rebuild recomputes it from the document graphs once they are all in the database: a full
 * rebuild after the bulk load, an incremental one in the same transaction that replaces the changed
 * documents, so the two always agree. Add one with {@link RebuildOptions.Builder#corpusGraph}.
 */
public interface CorpusGraph {

    /** The graph's name. */
    Node name(IriMinter iris);

    /**
     * Writes the graph's triples (as quads; their graph name is replaced by {@link #name}) to {@code out},
     * reading the document graphs from {@code dsg}; called inside a transaction that sees every document
     * graph of the rebuild. The graph's old content has been removed from the database before.
     */
    void compute(DatasetGraph dsg, IriMinter iris, StreamRDF out);
}
