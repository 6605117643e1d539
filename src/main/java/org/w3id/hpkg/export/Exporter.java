package org.w3id.hpkg.export;

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
import org.w3id.hpkg.rdf.Prefixes;
import org.w3id.hpkg.store.GraphNames;
import org.w3id.hpkg.store.UnionDefaultGraph;

/**
 * Writes the store's graph, or one named graph of it, in one read transaction. Streaming formats (ttl,
 * trig, nt, nq) go straight from the database indexes to the output; the JSON-LD and RDF/XML writers
 * need the graph in memory and get one copy. An optional dataset description (VoID/DCAT) is appended,
 * as its own named graph in quad formats. Instances are immutable: the {@code with…} methods return a
 * configured copy.
 */
public final class Exporter {

    private final Dataset dataset;
    private final Node graph;
    private final Node descriptionName;
    private final Graph description;
    private final String contextIri;

    public Exporter(Dataset dataset) {
        this(dataset, null, null, null, null);
    }

    private Exporter(Dataset dataset, Node graph, Node descriptionName, Graph description, String contextIri) {
        this.dataset = dataset;
        this.graph = graph;
        this.descriptionName = descriptionName;
        this.description = description;
        this.contextIri = contextIri;
    }

    /** Only this named graph (null: all of them). */
    public Exporter onlyGraph(Node graphName) {
        return new Exporter(dataset, graphName, descriptionName, description, contextIri);
    }

    /** Appends a description of the dataset, in quad formats as the graph {@code graphName}. */
    public Exporter withDescription(Node graphName, Graph descriptionGraph) {
        return new Exporter(dataset, graph, graphName, descriptionGraph, contextIri);
    }

    /**
     * The IRI JSON-LD output names as its {@code @context}; by default the context is inlined, so that
     * the file is read the same offline.
     */
    public Exporter withContext(String iri) {
        return new Exporter(dataset, graph, descriptionName, description, iri);
    }

    public void export(ExportFormat format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (format.streaming()) {
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.format());
                stream.start();
                StreamRDFOps.sendPrefixesToStream(Prefixes.map(), stream);
                if (format.quads()) {
                    quads(dsg).forEachRemaining(stream::quad);
                    if (description != null) {
                        description.find().forEachRemaining(t -> stream.quad(Quad.create(descriptionName, t)));
                    }
                } else {
                    triples(dsg).forEachRemaining(stream::triple);
                    if (description != null) {
                        description.find().forEachRemaining(stream::triple);
                    }
                }
                stream.finish();
            } else if (format.quads()) {
                DatasetGraph copy = DatasetGraphFactory.createTxnMem();
                quads(dsg).forEachRemaining(copy::add);
                if (description != null) {
                    description.find().forEachRemaining(t -> copy.add(Quad.create(descriptionName, t)));
                }
                copy.prefixes().putAll(Prefixes.map());
                if (format == ExportFormat.JSONLD) {
                    JsonLdWriter.write(copy, contextIri, out);
                } else {
                    RDFDataMgr.write(out, copy, format.format());
                }
            } else {
                Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                triples(dsg).forEachRemaining(copy::add);
                if (description != null) {
                    description.find().forEachRemaining(copy::add);
                }
                copy.getPrefixMapping().setNsPrefixes(Prefixes.map().getMapping());
                RDFDataMgr.write(out, copy, format.format());
            }
        });
    }

    private Iterator<Quad> quads(DatasetGraph dsg) {
        return graph == null
                ? org.apache.jena.atlas.iterator.Iter.filter(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY),
                        q -> !GraphNames.isBookkeeping(q.getGraph()))
                : dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
    }

    private Iterator<Triple> triples(DatasetGraph dsg) {
        return graph == null ? UnionDefaultGraph.of(dsg).find() : dsg.getGraph(graph).find();
    }
}
