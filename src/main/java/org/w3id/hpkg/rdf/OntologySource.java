package org.w3id.hpkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.sparql.graph.GraphFactory;

/** The ontology and the SHACL shapes, packaged in the jar from {@code ontology/}. */
public final class OntologySource {

    private OntologySource() {}

    public static Node graphName() {
        return NodeFactory.createURI(HP.ONTOLOGY);
    }

    public static Graph ontology() {
        return read("/hpkg/ontology/hpkg.ttl");
    }

    public static Graph shapes() {
        return read("/hpkg/ontology/shapes.ttl");
    }

    private static Graph read(String resource) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = OntologySource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource + " in the jar");
            }
            // Blank nodes (OWL class expressions, lists) get labels by parse order, so that the same
            // file always yields the same labels and exports stay byte-identical across rebuilds.
            RDFParser.source(in).lang(Lang.TURTLE).labelToNode(LabelToNode.createIncremental()).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }
}
