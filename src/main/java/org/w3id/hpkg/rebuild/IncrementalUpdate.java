package org.w3id.hpkg.rebuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rdf.PlanTargets;
import org.w3id.hpkg.rebuild.manifest.BuildManifest;
import org.w3id.hpkg.rebuild.manifest.CodeFingerprint;
import org.w3id.hpkg.rebuild.manifest.FileStamp;
import org.w3id.hpkg.rebuild.manifest.ManifestFile;
import org.w3id.hpkg.store.StoreLayout;
import org.w3id.hpkg.text.TextIndexUpdate;

/**
 * Brings the current database up to date with the corpus in place: the files whose content hash differs
 * from the manifest's are extracted again, and in ONE write transaction the graphs of changed and removed
 * files are replaced or dropped, the descriptions of the shared resources they name added or, when no
 * document names a resource any more, dropped ({@link SharedDescriptions}), the manifest updated
 * ({@link BuildManifest}), the links graph and the touched indicators' statistics ({@link StatisticsGraph})
 * recomputed; the text index follows right after the commit ({@link TextIndexUpdate}). Queries see the
 * union of the named graphs, which TDB2 computes, so nothing else is kept up to date.
 * TDB2 transactions are atomic and survive crashes, so readers see the old or the new graph, never a
 * mixture; when a new graph violates the shapes the transaction is aborted and nothing changes. The
 * ontology and gazetteer graphs are left as they are: they come from the jar, and a database built by
 * another jar (another fingerprint) is never updated in place.
 *
 * <p>Use: {@link #open} (null with a reason when only a full rebuild will do), {@link #changes}, then
 * {@link #begin}, {@link #add} per extracted file, and {@link #commit} or {@link #abort}; always close.
 */
final class IncrementalUpdate implements AutoCloseable {

    /**
     * Above this share of the corpus changed, a full rebuild with the bulk loader is faster than updating
     * the indexes in place.
     */
    static final double MAX_CHANGED_SHARE = 0.25;
    /** Below this many changed files, an incremental update is always used. */
    static final int ALWAYS_INCREMENTAL = 50;
    /**
     * The file by which databases of an older hpkg said their default graph stored the union of their named
     * graphs; such a database describes shared resources in every document graph, so it is rebuilt in full.
     */
    static final String OLDER_UNION_MARKER = "hpkg-default-graph-is-union";

    /** What differs between the corpus and the manifest. */
    record Changes(List<Path> extract, List<BuildManifest.Entry> drop, int added, int changed, int removed,
            int unchanged) {

        boolean none() {
            return extract.isEmpty() && drop.isEmpty();
        }

        int total() {
            return added + changed + removed;
        }
    }

    /** Whether an incremental update can be made, and if not why. */
    record Opening(IncrementalUpdate update, String reason) {}

    private final DatasetGraph dsg;
    private final Path db;
    private final TextIndexUpdate textIndex;
    private final BuildManifest manifest;
    /** The manifest's entries as committed, and as this update leaves them. */
    private final Map<String, BuildManifest.Entry> entries;
    private final Map<String, BuildManifest.Entry> updated;
    private final Set<String> removedFiles = new HashSet<>();
    private final SharedDescriptions descriptions;
    /** The files whose entries this update replaced or removed, and the plans' shares of the new ones. */
    private final Set<String> replacedFiles = new HashSet<>();
    private final List<PlanTargets> newTargets = new ArrayList<>();
    private long quads;

    private IncrementalUpdate(DatasetGraph dsg, Path db, BuildManifest manifest, Map<String, BuildManifest.Entry> entries,
            IriMinter iris) {
        this.dsg = dsg;
        this.descriptions = new SharedDescriptions(iris);
        this.db = db;
        this.textIndex = new TextIndexUpdate(db);
        this.manifest = manifest;
        this.entries = Map.copyOf(entries);
        this.updated = new HashMap<>(entries);
    }

    /** Opens the current database for an update, unless there is none or other code built it. */
    static Opening open(StoreLayout layout, BuildManifest manifest, String fingerprint, IriMinter iris)
            throws IOException {
        Path current = layout.current();
        if (current == null) {
            return new Opening(null, "no graph built yet");
        }
        if (Files.exists(current.resolve(OLDER_UNION_MARKER))) {
            return new Opening(null, "the current graph was built by an older hpkg");
        }
        if (TextIndexUpdate.interrupted(current)) {
            return new Opening(null, "the last incremental rebuild was interrupted before its text index was updated");
        }
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(current.toString());
        } catch (RuntimeException e) {
            // another process (a running 'hpkg serve') holds the database: build a new one beside it
            return new Opening(null, "the current graph is open in another process");
        }
        record Recorded(String fingerprint, String digest) {}
        Recorded recorded = Txn.calculateRead(dsg, () -> new Recorded(manifest.fingerprint(dsg), manifest.digest(dsg)));
        String built = recorded.fingerprint();
        String digest = recorded.digest();
        String reason = built == null ? "the current graph has no manifest of its files"
                : !built.equals(fingerprint) ? "the current graph was built by another version of hpkg or its tables"
                : digest == null ? "the current graph has no manifest of its files"
                : null;
        Map<String, BuildManifest.Entry> entries = null;
        if (reason == null) {
            try {
                entries = manifest.entries(current, digest);
                if (entries == null) {
                    reason = "the manifest file of the current graph ("
                            + ManifestFile.path(current, digest).getFileName() + ") is missing or was changed";
                }
            } catch (IOException e) {
                reason = "the manifest file of the current graph cannot be read: " + e.getMessage();
            }
        }
        if (reason != null) {
            TDBInternal.expel(dsg);
            return new Opening(null, reason);
        }
        return new Opening(new IncrementalUpdate(dsg, current, manifest, entries, iris), null);
    }

    /** Compares the corpus with the manifest: by {@link FileStamp}, then by content hash where stamps differ. */
    Changes changes(List<Path> files) throws IOException {
        List<Path> extract = new ArrayList<>();
        List<BuildManifest.Entry> drop = new ArrayList<>();
        Set<String> present = new HashSet<>();
        int added = 0;
        int changed = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            present.add(name);
            BuildManifest.Entry entry = entries.get(name);
            if (entry == null) {
                extract.add(file);
                added++;
            } else if (!FileStamp.of(file).equals(entry.stamp())
                    && !entry.sha256().equals(CodeFingerprint.sha256(Files.readAllBytes(file)))) {
                extract.add(file);
                drop.add(entry);
                changed++;
            }
        }
        int removed = 0;
        for (BuildManifest.Entry entry : entries.values()) {
            if (!present.contains(entry.fileName())) {
                drop.add(entry);
                removedFiles.add(entry.fileName());
                removed++;
            }
        }
        return new Changes(extract, drop, added, changed, removed, files.size() - added - changed);
    }

    /** Whether the change is small enough to be applied in place. */
    static boolean worthIt(Changes changes, int corpusSize) {
        return changes.total() <= Math.max(ALWAYS_INCREMENTAL, corpusSize * MAX_CHANGED_SHARE);
    }

    /** Starts the write transaction and drops the graphs of removed files. */
    void begin(List<BuildManifest.Entry> drop) {
        dsg.begin(TxnType.WRITE);
        for (BuildManifest.Entry entry : drop) {
            if (removedFiles.contains(entry.fileName())) {
                replacedFiles.add(entry.fileName());
                replace(manifest.documentGraph(entry.fileName()), List.of());
                updated.remove(entry.fileName());
            }
        }
    }

    /** Replaces one extracted file's graph (dropping it if the file is now skipped) and manifest entry. */
    void add(ProcessedFile done) {
        String file = done.outcome().fileName();
        BuildManifest.Entry old = entries.get(file);
        if (done.targets() != null) {
            newTargets.add(done.targets());
        }
        if (old != null) {
            replacedFiles.add(file);
        }
        if (done.graph() != null) {
            quads += replace(manifest.documentGraph(file), done.graph().quads());
            quads += descriptions.add(dsg, done.graph().descriptions());
            updated.put(file, manifest.entry(file, done.sha256(), done.stamp(), done.targets()));
        } else if (old != null) {
            replace(manifest.documentGraph(file), List.of());
            updated.remove(file);
        }
    }

    /**
     * Replaces a graph, noting what the text index must forget and learn, and which shared resources the
     * old graph named (their descriptions may have to go, {@link #pruneDescriptions}).
     */
    private long replace(Node graph, List<Quad> quads) {
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            textIndex.removed(q);
            descriptions.leaving(q);
        });
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        if (dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
            throw new IllegalStateException("the database could not delete " + dsg.find(graph, Node.ANY, Node.ANY,
                    Node.ANY).next() + ": a literal not in canonical form was stored; rebuild with --full");
        }
        quads.forEach(dsg::add);
        textIndex.added(dsg, quads);
        return quads.size();
    }

    /**
     * Drops the descriptions of the shared resources that the replaced and removed graphs named and no
     * graph names any more; call once every graph is replaced. Returns how many resources went.
     */
    int pruneDescriptions() {
        return descriptions.prune(dsg);
    }

    /**
     * What the statistics of this update need ({@link StatisticsUpdate}): the replaced plans' old shares,
     * the new plans' shares and the shares of the other plans of their areas, decoded from the manifest
     * only for those areas; every plan's share of an indicator only for the rows that cannot be edited
     * from these alone.
     */
    final class Shares implements StatisticsUpdate.Change {
        private final List<PlanTargets> removed = new ArrayList<>();
        private final List<BuildManifest.Entry> unchanged;

        private Shares() {
            for (String file : replacedFiles) {
                PlanTargets old = manifest.targets(entries.get(file));
                if (old != null) {
                    removed.add(old);
                }
            }
            unchanged = updated.values().stream()
                    .filter(e -> !replacedFiles.contains(e.fileName()) && entries.containsKey(e.fileName())).toList();
        }

        @Override
        public List<PlanTargets> removed() {
            return removed;
        }

        @Override
        public List<PlanTargets> added() {
            return newTargets;
        }

        @Override
        public Map<Node, List<PlanTargets>> unchangedOfAreas() {
            Set<Node> areas = new HashSet<>();
            removed.forEach(p -> areas.add(p.area()));
            newTargets.forEach(p -> areas.add(p.area()));
            return manifest.targetsOfAreas(unchanged, areas);
        }

        @Override
        public List<PlanTargets> everyPlan(Set<Node> indicators) {
            List<PlanTargets> plans = new ArrayList<>(newTargets);
            plans.addAll(manifest.targets(unchanged, indicators));
            return plans;
        }
    }

    Shares shares() {
        return new Shares();
    }

    /** The database inside the update's write transaction, for the links and statistics graphs. */
    DatasetGraph dataset() {
        return dsg;
    }

    /**
     * Writes the new manifest file and names it in the database, commits, deletes the manifest files of
     * earlier states, then brings the text index up to date; returns the quads written.
     */
    long commit() throws IOException {
        String digest = manifest.replaceEntries(db, updated.values(), dsg);
        textIndex.begin();
        CrashPoints.reach("committing");
        dsg.commit();
        dsg.end();
        ManifestFile.deleteOthers(db, digest);
        textIndex.apply();
        return quads;
    }

    void abort() {
        if (dsg.isInTransaction()) {
            dsg.abort();
        }
    }

    /** Ends any transaction left open (aborting it) and releases the database. */
    @Override
    public void close() {
        if (dsg.isInTransaction()) {
            dsg.abort();
            dsg.end();
        }
        TDBInternal.expel(dsg);
    }
}
