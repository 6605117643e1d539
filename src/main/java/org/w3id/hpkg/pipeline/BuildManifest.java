package org.w3id.hpkg.pipeline;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.hpkg.rdf.DocumentMapper;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rdf.PlanTargets;

/**
 * What a database was built from, kept in the database itself (graph {@code <base>graph/manifest}) so
 * that it changes in the same transaction as the graphs it describes: for each corpus file, its content
 * hash and the graph it became; for the build, the fingerprint of the code that extracted it. An
 * incremental rebuild compares the corpus with it to find the files to extract again.
 *
 * <p>The terms live in a bookkeeping namespace of their own ({@code https://w3id.org/hpkg/build#}), not
 * in the ontology, and describe graph IRIs, not documents, so analysts' queries never meet them.
 */
public final class BuildManifest {

    public static final String NS = "https://w3id.org/hpkg/build#";
    static final Node SOURCE_FILE = NodeFactory.createURI(NS + "sourceFile");
    static final Node SHA256 = NodeFactory.createURI(NS + "sha256");
    static final Node PIPELINE = NodeFactory.createURI(NS + "pipeline");
    static final Node STAMP = NodeFactory.createURI(NS + "stamp");
    static final Node TARGETS = NodeFactory.createURI(NS + "targets");

    /**
     * One file of the corpus as last built: its hash, the graph it became, and its size and modification
     * time when it was read ({@link FileStamp}; null in manifests that have none).
     */
    public record Entry(String fileName, String sha256, Node graph, String stamp) {}

    private final Node graphName;
    private final IriMinter iris;

    public BuildManifest(IriMinter iris) {
        this.iris = iris;
        this.graphName = iris.manifestGraph();
    }

    public Node graphName() {
        return graphName;
    }

    /** The graph a file's document graph is named by, also the manifest's subject for the file. */
    public Node documentGraph(String fileName) {
        return iris.graph(DocumentMapper.key(fileName));
    }

    /** The manifest statement of the build itself. */
    public void writeHeader(String fingerprint, StreamRDF out) {
        out.quad(Quad.create(graphName, graphName, PIPELINE, NodeFactory.createLiteralString(fingerprint)));
    }

    /** The manifest statements of one file; {@code targets} may be null. */
    public void writeEntry(String fileName, String sha256, String stamp, PlanTargets targets, StreamRDF out) {
        Node subject = documentGraph(fileName);
        out.quad(Quad.create(graphName, subject, SOURCE_FILE, NodeFactory.createLiteralString(fileName)));
        out.quad(Quad.create(graphName, subject, SHA256, NodeFactory.createLiteralString(sha256)));
        out.quad(Quad.create(graphName, subject, STAMP, NodeFactory.createLiteralString(stamp)));
        if (targets != null) {
            out.quad(Quad.create(graphName, subject, TARGETS, NodeFactory.createLiteralString(targets.encode(iris.base()))));
        }
    }

    /**
     * Every plan's share of the target statistics recorded in a database, by document graph (call inside a
     * transaction). Read apart from {@link #entries}: they are the bulk of the manifest, and only the
     * statistics need them.
     */
    public Map<Node, PlanTargets> targets(DatasetGraph dsg) {
        Map<Node, PlanTargets> targets = new HashMap<>();
        dsg.find(graphName, Node.ANY, TARGETS, Node.ANY).forEachRemaining(q -> targets.put(q.getSubject(),
                PlanTargets.decode(q.getObject().getLiteralLexicalForm(), iris.base())));
        return targets;
    }

    /** The fingerprint recorded in a database, or null when it has no manifest (call inside a transaction). */
    public String fingerprint(DatasetGraph dsg) {
        Iterator<Quad> it = dsg.find(graphName, graphName, PIPELINE, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    /** The files recorded in a database, by file name (call inside a transaction). */
    public Map<String, Entry> entries(DatasetGraph dsg) {
        Map<Node, String> files = values(dsg, SOURCE_FILE);
        Map<Node, String> hashes = values(dsg, SHA256);
        Map<Node, String> stamps = values(dsg, STAMP);
        Map<String, Entry> entries = new HashMap<>();
        files.forEach((graph, file) -> entries.put(file, new Entry(file, hashes.get(graph), graph, stamps.get(graph))));
        return entries;
    }

    private Map<Node, String> values(DatasetGraph dsg, Node predicate) {
        Map<Node, String> values = new HashMap<>();
        dsg.find(graphName, Node.ANY, predicate, Node.ANY)
                .forEachRemaining(q -> values.put(q.getSubject(), q.getObject().getLiteralLexicalForm()));
        return values;
    }

    /** Removes the statements of one file's entry (call inside a write transaction). */
    public void removeEntry(DatasetGraph dsg, Node documentGraph) {
        dsg.deleteAny(graphName, documentGraph, Node.ANY, Node.ANY);
    }

    /** Removes the build statement (call inside a write transaction). */
    public void removeHeader(DatasetGraph dsg) {
        dsg.deleteAny(graphName, graphName, Node.ANY, Node.ANY);
    }
}
