package org.w3id.hpkg.rebuild;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.IriMinter;

/**
 * The files a rebuild left out because their graphs violate the shapes ({@code graph/quarantine}), each an
 * {@code hp:QuarantinedFile} with its file name and one {@code hp:reason} per violation, so that a query
 * ({@code queries/quarantined-files.rq}) lists them beside the graph they are missing from. A quarantined
 * file is never in the build manifest, so every rebuild reads it again and the graph is written whole.
 */
final class QuarantineGraph {

    private final IriMinter iris;

    QuarantineGraph(IriMinter iris) {
        this.iris = iris;
    }

    /** The quads listing the quarantined files among {@code outcomes}. */
    List<Quad> quads(List<FileOutcome> outcomes) {
        Node graph = iris.quarantineGraph();
        List<Quad> quads = new ArrayList<>();
        for (FileOutcome f : outcomes) {
            if (f.status() != FileOutcome.Status.QUARANTINED) {
                continue;
            }
            Node file = iris.quarantinedFile(f.fileName());
            quads.add(Quad.create(graph, file, RDF.Nodes.type, HP.QuarantinedFile));
            quads.add(Quad.create(graph, file, HP.sourceFile, NodeFactory.createLiteralString(f.fileName())));
            quads.add(Quad.create(graph, file, RDFS.Nodes.label, NodeFactory.createLiteralString(f.fileName())));
            for (String reason : f.detail().split("\n")) {
                quads.add(Quad.create(graph, file, HP.reason, NodeFactory.createLiteralString(reason)));
            }
        }
        return quads;
    }

    /** A full rebuild: the list goes to the new database with everything else. */
    long sendTo(List<FileOutcome> outcomes, StreamRDF sink) {
        List<Quad> quads = quads(outcomes);
        quads.forEach(sink::quad);
        return quads.size();
    }

    /** An incremental rebuild: the list replaces the previous one (the union of the named graphs sees it at once). */
    long replace(DatasetGraph dsg, List<FileOutcome> outcomes) {
        Node name = iris.quarantineGraph();
        dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        List<Quad> quads = quads(outcomes);
        quads.forEach(dsg::add);
        return quads.size();
    }
}
