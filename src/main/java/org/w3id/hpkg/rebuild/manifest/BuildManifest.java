package org.w3id.hpkg.rebuild.manifest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.hpkg.rdf.DocumentMapper;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rdf.PlanTargets;

/**
 * What a database was built from: the fingerprint of the code that extracted it, and for each corpus file
 * its content hash, {@link FileStamp} and its plan's share of the target statistics (the graph it became
 * follows from its name, {@link #documentGraph}).
 * The fingerprint and the digest of the per-file entries are statements about {@code <base>graph/manifest}
 * in the database's own default graph, which no query sees (the default graph of queries is the union of
 * the named graphs), nor exports and pushes (they send named graphs); the entries themselves are a
 * {@link ManifestFile} of the database folder, named by that digest. Both change in the write transaction that changes the graphs (the file is
 * written before the commit, under its new name), so the manifest always describes the graphs in place.
 * An incremental rebuild compares the corpus with it to find the files to extract again.
 *
 * <p>The terms live in a bookkeeping namespace of their own ({@code https://w3id.org/hpkg/build#}), not
 * in the ontology, and describe graph IRIs, not documents, so analysts' queries never meet them.
 */
public final class BuildManifest {

    public static final String NS = "https://w3id.org/hpkg/build#";
    static final Node PIPELINE = NodeFactory.createURI(NS + "pipeline");
    static final Node FILES = NodeFactory.createURI(NS + "files");

    /**
     * One file of the corpus as last built: its hash, its size and modification time when it was read
     * ({@link FileStamp}), and its plan's share of the statistics (null when it has no targets).
     */
    public record Entry(String fileName, String sha256, String stamp, PlanShare share) {}

    private final Node graphName;
    private final IriMinter iris;

    public BuildManifest(IriMinter iris) {
        this.iris = iris;
        this.graphName = iris.manifestGraph();
    }

    public Node graphName() {
        return graphName;
    }

    /** The graph a file's document graph is named by. */
    public Node documentGraph(String fileName) {
        return iris.graph(DocumentMapper.key(fileName));
    }

    /** The entry of a file just read ({@code targets} null when its plan has none). */
    public Entry entry(String fileName, String sha256, String stamp, PlanTargets targets) {
        return new Entry(fileName, sha256, stamp, targets == null ? null : PlanShare.of(targets, iris.base()));
    }

    /** An entry's whole share of the statistics, or null. */
    public PlanTargets targets(Entry entry) {
        return entry.share() == null ? null : entry.share().targets(iris.base());
    }

    /** The entries' shares of the statistics, of {@code indicators} only (none for an entry without targets). */
    public List<PlanTargets> targets(Collection<Entry> entries, Set<Node> indicators) {
        return PlanShare.targets(entries.stream().map(Entry::share).filter(Objects::nonNull).toList(), iris.base(),
                indicators);
    }

    /**
     * The whole shares of the entries whose plan's area is one of {@code areas}, by area: the area of each
     * entry is read from its share's first line, and only the shares of those areas are decoded.
     */
    public Map<Node, List<PlanTargets>> targetsOfAreas(Collection<Entry> entries, Set<Node> areas) {
        Set<String> written = new HashSet<>();
        areas.forEach(a -> written.add(PlanTargets.relative(a, iris.base())));
        List<PlanShare> shares = entries.stream().map(Entry::share)
                .filter(s -> s != null && written.contains(s.area())).toList();
        Map<Node, List<PlanTargets>> byArea = new HashMap<>();
        for (PlanShare share : shares) {
            PlanTargets plan = share.targets(iris.base());
            byArea.computeIfAbsent(plan.area(), a -> new ArrayList<>()).add(plan);
        }
        return byArea;
    }

    /** The manifest statement of the build itself. */
    public void writeHeader(String fingerprint, StreamRDF out) {
        out.quad(Quad.create(Quad.defaultGraphIRI, graphName, PIPELINE, NodeFactory.createLiteralString(fingerprint)));
    }

    /**
     * A writer of the entries' {@link ManifestFile} into database folder {@code db}, entry by entry in
     * file-name order (a full rebuild's, as the corpus streams past); {@link #nameEntries} then names it.
     */
    public ManifestFile.Writer entryWriter(Path db) throws IOException {
        return new ManifestFile.Writer(db);
    }

    /** Sends the statement that names the manifest file of {@code digest} (a full rebuild's, into the new database). */
    public void nameEntries(String digest, StreamRDF out) {
        out.quad(Quad.create(Quad.defaultGraphIRI, graphName, FILES, NodeFactory.createLiteralString(digest)));
    }

    /**
     * Writes the entries' {@link ManifestFile} into database folder {@code db} and replaces the statement
     * that names it (call inside the update's write transaction, before the commit); returns the digest.
     */
    public String replaceEntries(Path db, Collection<Entry> entries, DatasetGraph dsg) throws IOException {
        String digest = ManifestFile.write(db, entries);
        dsg.deleteAny(Quad.defaultGraphIRI, graphName, FILES, Node.ANY);
        dsg.add(Quad.defaultGraphIRI, graphName, FILES, NodeFactory.createLiteralString(digest));
        return digest;
    }

    /** The fingerprint recorded in a database, or null when it has no manifest (call inside a transaction). */
    public String fingerprint(DatasetGraph dsg) {
        return value(dsg, PIPELINE);
    }

    /** The digest naming the manifest file of a database, or null when it has none (call inside a transaction). */
    public String digest(DatasetGraph dsg) {
        return value(dsg, FILES);
    }

    /**
     * The files recorded for database folder {@code db} under {@code digest}, by file name; null when its
     * manifest file is missing or no longer the one the database names.
     */
    public Map<String, Entry> entries(Path db, String digest) throws IOException {
        return ManifestFile.read(db, digest);
    }

    private String value(DatasetGraph dsg, Node predicate) {
        Iterator<Quad> it = dsg.find(Quad.defaultGraphIRI, graphName, predicate, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }
}
