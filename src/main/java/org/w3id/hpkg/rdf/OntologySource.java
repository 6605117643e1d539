package org.w3id.hpkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
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
            // Blank nodes (OWL lists and restrictions) get the same labels in every rebuild: same jar, same graph.
            RDFParser.source(in).lang(Lang.TURTLE)
                    .labelToNode(LabelToNode.createScopeByDocumentHash(
                            UUID.nameUUIDFromBytes(resource.getBytes(StandardCharsets.UTF_8))))
                    .parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }
}
