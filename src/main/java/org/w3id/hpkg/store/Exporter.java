package org.w3id.hpkg.store;

import java.io.OutputStream;
import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Writes the store's graph in one read transaction. Streaming formats go straight from the database
 * indexes to the output; JSON-LD and RDF/XML writers need the graph in memory and get a copy.
 */
public final class Exporter {

    private final Dataset dataset;

    public Exporter(Dataset dataset) {
        this.dataset = dataset;
    }

    /**
     * The union of the named graphs: the stored default graph, or TDB2's computed union for databases
     * without one. Quad formats write the named graphs only; the stored default graph is derived from them.
     */
    private static Graph union(DatasetGraph dsg) {
        return dsg.getContext().isTrue(TDB2.symUnionDefaultGraph) ? dsg.getUnionGraph() : dsg.getDefaultGraph();
    }

    public void export(ExportFormat format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (format.streaming()) {
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.format());
                stream.start();
                StreamRDFOps.sendPrefixesToStream(Prefixes.map(), stream);
                if (format.quads()) {
                    Iterator<Quad> quads = dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
                    quads.forEachRemaining(q -> stream.quad(q));
                } else {
                    Iterator<Triple> triples = union(dsg).find();
                    triples.forEachRemaining(stream::triple);
                }
                stream.finish();
            } else if (format.quads()) {
                DatasetGraph copy = DatasetGraphFactory.createTxnMem();
                dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
                copy.prefixes().putAll(Prefixes.map());
                RDFDataMgr.write(out, copy, format.format());
            } else {
                Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                union(dsg).find().forEachRemaining(copy::add);
                copy.getPrefixMapping().setNsPrefixes(Prefixes.map().getMapping());
                RDFDataMgr.write(out, copy, format.format());
            }
        });
    }
}
