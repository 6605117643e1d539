package org.w3id.hpkg.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.bench.CorpusGenerator;
import org.w3id.hpkg.bench.CorpusTruth;
import org.w3id.hpkg.export.ExportFormat;
import org.w3id.hpkg.export.Exporter;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rebuild.manifest.ManifestFile;
import org.w3id.hpkg.store.GraphStore;
import org.w3id.hpkg.store.StoreLayout;

/** "Identical to a full rebuild" is checked by comparing sorted N-Quads (and N-Triples) exports. */
class IncrementalRebuildIT {

    private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    private Path corpus;
    private Path store;

    @BeforeEach
    void generate() throws Exception {
        corpus = dir.resolve("corpus");
        store = dir.resolve("store");
        new CorpusGenerator(11).write(corpus, 12, 2);
        Files.delete(corpus.resolve(CorpusTruth.FILE_NAME));
    }

    @Test
    void givenChangedAddedAndRemovedFiles_whenRebuiltIncrementally_thenOnlyThoseAreExtracted_andTheGraphEqualsAFullRebuild()
            throws Exception {
        RebuildResult first = rebuild(corpus, store, false);
        assertEquals(RebuildResult.Mode.FULL, first.mode());
        assertEquals("no graph built yet", first.note());

        List<Path> files = CorpusFiles.list(corpus);
        CorpusGenerator other = new CorpusGenerator(12);
        Files.write(files.get(3), other.plan(3).bytes());
        Files.write(files.get(8), other.plan(8).bytes());
        Files.delete(files.get(5));
        Files.write(corpus.resolve(new CorpusGenerator(11).plan(30).fileName()), new CorpusGenerator(11).plan(30).bytes());

        RebuildResult update = rebuild(corpus, store, false);
        assertEquals(RebuildResult.Mode.INCREMENTAL, update.mode());
        assertTrue(update.switched());
        assertEquals(3, update.files().size(), update.files().toString());
        assertEquals(1, update.removed());
        assertEquals(9, update.unchanged());
        assertEquals(List.of(files.get(3).getFileName().toString(), files.get(8).getFileName().toString(),
                new CorpusGenerator(11).plan(30).fileName()),
                update.files().stream().map(FileOutcome::fileName).toList());

        Path fresh = dir.resolve("fresh");
        assertEquals(RebuildResult.Mode.FULL, rebuild(corpus, fresh, false).mode());
        assertSameLines(export(fresh, ExportFormat.NQ), export(store, ExportFormat.NQ));
        assertSameLines(export(fresh, ExportFormat.NT), export(store, ExportFormat.NT));
        assertDefaultGraphIsUnion(store);
    }

    @Test
    void givenAnUnchangedCorpus_whenRebuiltAgain_thenNothingIsExtracted_andTheStoreIsUnchanged() throws Exception {
        rebuild(corpus, store, false);
        Path db = new StoreLayout(store).current();
        List<String> before = export(store, ExportFormat.NQ);

        RebuildResult again = rebuild(corpus, store, false);

        assertEquals(RebuildResult.Mode.INCREMENTAL, again.mode());
        assertEquals(0, again.files().size());
        assertEquals(12, again.unchanged());
        assertEquals(db, new StoreLayout(store).current());
        assertEquals(before, export(store, ExportFormat.NQ));
    }

    @Test
    void givenATouchedFile_whenRebuiltAgain_thenItsHashFindsItUnchanged_andASameSizeEditIsFound() throws Exception {
        rebuild(corpus, store, false);
        List<Path> files = CorpusFiles.list(corpus);
        Path touched = files.get(2);
        Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 60_000));
        Path edited = files.get(4);
        byte[] bytes = Files.readAllBytes(edited);
        int digit = 0;
        while (bytes[digit] < '1' || bytes[digit] > '9') { // an ASCII digit: the same byte in every encoding
            digit++;
        }
        bytes[digit] = (byte) (bytes[digit] == '9' ? '8' : bytes[digit] + 1); // same size, other content
        Files.write(edited, bytes);

        RebuildResult again = rebuild(corpus, store, false);

        assertEquals(RebuildResult.Mode.INCREMENTAL, again.mode());
        assertEquals(List.of(edited.getFileName().toString()), again.files().stream().map(FileOutcome::fileName).toList());
        assertEquals(11, again.unchanged());
    }

    @Test
    void givenFull_whenRebuilt_thenEverythingIsExtractedIntoANewDatabase() throws Exception {
        rebuild(corpus, store, false);
        Path db = new StoreLayout(store).current();

        RebuildResult full = rebuild(corpus, store, true);

        assertEquals(RebuildResult.Mode.FULL, full.mode());
        assertEquals(12, full.files().size());
        assertNotEquals(db, new StoreLayout(store).current());
    }

    @Test
    void givenADatabaseWithoutManifest_whenRebuilt_thenTheRebuildIsFullAndSaysWhy() throws Exception {
        rebuild(corpus, store, false);
        Path db = new StoreLayout(store).current();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        Node manifest = new IriMinter(HP.DEFAULT_BASE).manifestGraph();
        Txn.executeWrite(dsg, () -> dsg.deleteAny(manifest, Node.ANY, Node.ANY, Node.ANY));
        TDBInternal.expel(dsg);

        RebuildResult result = rebuild(corpus, store, false);

        assertEquals(RebuildResult.Mode.FULL, result.mode());
        assertEquals("the current graph has no manifest of its files", result.note());
    }

    @Test
    void givenAManifestFileThatIsMissingOrChanged_whenRebuilt_thenTheRebuildIsFullAndSaysWhy() throws Exception {
        rebuild(corpus, store, false);
        Path manifest = manifestFiles(new StoreLayout(store).current()).get(0);
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\t[0-9a-f]{64}\t", "\t" + "0".repeat(64) + "\t"));

        RebuildResult changed = rebuild(corpus, store, false);

        assertEquals(RebuildResult.Mode.FULL, changed.mode());
        assertEquals("the manifest file of the current graph (" + manifest.getFileName() + ") is missing or was changed",
                changed.note());
        assertEquals(12, changed.files().size());
        Files.delete(manifestFiles(new StoreLayout(store).current()).get(0));
        assertEquals(RebuildResult.Mode.FULL, rebuild(corpus, store, false).mode());
    }

    @Test
    void givenAnUpdate_thenTheDatabaseKeepsOneManifestFile_theOneItNames_andAnUnfinishedOneIsIgnored() throws Exception {
        rebuild(corpus, store, false);
        Path db = new StoreLayout(store).current();
        Path before = manifestFiles(db).get(0);
        List<Path> files = CorpusFiles.list(corpus);
        Files.write(files.get(3), new CorpusGenerator(12).plan(3).bytes());
        // what a crash between writing the next manifest file and committing leaves behind
        Files.writeString(db.resolve(ManifestFile.PREFIX + "0".repeat(64) + ManifestFile.SUFFIX), "file\tx\ty\tz\n");

        assertEquals(RebuildResult.Mode.INCREMENTAL, rebuild(corpus, store, false).mode());

        List<Path> after = manifestFiles(db);
        assertEquals(1, after.size(), after.toString());
        assertNotEquals(before, after.get(0));
        RebuildResult again = rebuild(corpus, store, false);
        assertEquals(RebuildResult.Mode.INCREMENTAL, again.mode());
        assertEquals(0, again.files().size(), "the new manifest knows the changed file");
    }

    private static List<Path> manifestFiles(Path db) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(db)) {
            return files.filter(f -> f.getFileName().toString().startsWith(ManifestFile.PREFIX)).sorted().toList();
        }
    }

    @Test
    void givenRemovedAndChangedDocuments_whenRebuiltIncrementally_thenLinksAndTextIndexMatchAFullRebuild()
            throws Exception {
        rebuild(corpus, store, false);
        List<Path> files = CorpusFiles.list(corpus);
        String removedTitle = firstTaskText(store, files.get(0));
        Files.delete(files.get(0));
        Files.delete(files.get(1));
        Files.write(files.get(2), new CorpusGenerator(99).plan(2).bytes());
        assertEquals(RebuildResult.Mode.INCREMENTAL, rebuild(corpus, store, false).mode());

        Path fresh = dir.resolve("fresh");
        rebuild(corpus, fresh, false);
        // the exports hold every named graph, the links graph among them
        assertSameLines(export(fresh, ExportFormat.NQ), export(store, ExportFormat.NQ));
        assertDefaultGraphIsUnion(store);
        assertEquals(textHits(fresh, removedTitle), textHits(store, removedTitle));
        String added = firstTaskText(store, files.get(2));
        assertEquals(textHits(fresh, added), textHits(store, added));
        assertFalse(textHits(store, added).isEmpty());
    }

    @Test
    void givenChangedAndRemovedDocuments_whenRebuiltIncrementally_thenTheStatisticsOfTheirIndicatorsAreThoseOfAFullRebuild()
            throws Exception {
        rebuild(corpus, store, false);
        List<String> before = statistics(store);
        assertTrue(before.size() > 100, "every generated plan sets targets: " + before.size());
        List<Path> files = CorpusFiles.list(corpus);
        Files.delete(files.get(4));
        Files.write(files.get(7), new CorpusGenerator(31).plan(7).bytes());

        assertEquals(RebuildResult.Mode.INCREMENTAL, rebuild(corpus, store, false).mode());
        List<String> after = statistics(store);
        Path fresh = dir.resolve("fresh");
        rebuild(corpus, fresh, false);

        assertNotEquals(before, after, "the change moved some indicator's lowest, highest, count or areas");
        assertSameLines(statistics(fresh), after);
        assertDefaultGraphIsUnion(store);
    }

    /** The statements of the statistics graph, from the N-Quads export. */
    private static List<String> statistics(Path store) throws IOException {
        String graph = "<" + new IriMinter(HP.DEFAULT_BASE).statisticsGraph().getURI() + ">";
        return export(store, ExportFormat.NQ).stream().filter(line -> line.endsWith(graph + " .")).toList();
    }

    @Test
    void givenAFileThatBecameUnreadable_whenRebuiltIncrementally_thenItsGraphIsDropped_andMatchesAFullRebuild()
            throws Exception {
        rebuild(corpus, store, false);
        List<Path> files = CorpusFiles.list(corpus);
        Files.write(files.get(5), new byte[0]);

        RebuildResult update = rebuild(corpus, store, false);

        assertEquals(RebuildResult.Mode.INCREMENTAL, update.mode());
        assertEquals(FileOutcome.Status.SKIPPED, update.files().get(0).status());
        Path fresh = dir.resolve("fresh");
        rebuild(corpus, fresh, false);
        assertSameLines(export(fresh, ExportFormat.NQ), export(store, ExportFormat.NQ));
        assertDefaultGraphIsUnion(store);
        // A skipped file has no manifest entry: the next rebuild reads it again and reports it again.
        assertEquals(FileOutcome.Status.SKIPPED, rebuild(corpus, store, false).files().get(0).status());
    }

    @Test
    void givenFilesWhoseNamesGiveOneGraph_whenRebuilt_thenAllOfThemAreRefused_incrementallyAsInFull() throws Exception {
        rebuild(corpus, store, false);
        List<String> before = export(store, ExportFormat.NQ);
        List<Path> files = CorpusFiles.list(corpus);
        String name = files.get(3).getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        Path twin = Files.copy(files.get(4), corpus.resolve(stem + ".html"));
        Path manifest = Files.copy(files.get(5), corpus.resolve("manifest.txt"));

        RebuildResult update = rebuild(corpus, store, false);

        assertEquals(RebuildResult.Mode.INCREMENTAL, update.mode());
        Map<String, FileOutcome> outcomes = new java.util.HashMap<>();
        update.files().forEach(o -> outcomes.put(o.fileName(), o));
        for (String refused : List.of(name, stem + ".html", "manifest.txt")) {
            assertEquals(FileOutcome.Status.SKIPPED, outcomes.get(refused).status(), refused);
        }
        assertTrue(outcomes.get(name).detail().contains(stem + ".html would be the same document"), outcomes.get(name).detail());
        assertTrue(outcomes.get("manifest.txt").detail().contains("graph/manifest, which holds the build manifest"),
                outcomes.get("manifest.txt").detail());
        // the plan whose name is now shared left the graph, as a full rebuild leaves it out
        String doc = "<" + new IriMinter(HP.DEFAULT_BASE).document(stem).getURI() + ">";
        List<String> after = export(store, ExportFormat.NQ);
        assertTrue(before.stream().anyMatch(l -> l.startsWith(doc)) && after.stream().noneMatch(l -> l.startsWith(doc)));
        Path fresh = dir.resolve("fresh");
        rebuild(corpus, fresh, true);
        assertSameLines(export(fresh, ExportFormat.NQ), after);
        assertDefaultGraphIsUnion(store);
        // nothing to do on the next run: refused files stay refused, the manifest is intact
        RebuildResult again = rebuild(corpus, store, false);
        assertEquals(0, again.files().stream().filter(o -> o.status() != FileOutcome.Status.SKIPPED).count());
        assertSameLines(after, export(store, ExportFormat.NQ));
        // renamed apart, both are documents again; without the file named manifest, the graph is as before
        Files.move(twin, corpus.resolve(stem + "-b.txt"));
        Files.delete(manifest);
        rebuild(corpus, store, false);
        Files.delete(corpus.resolve(stem + "-b.txt"));
        rebuild(corpus, store, false);
        assertSameLines(before, export(store, ExportFormat.NQ));
    }

    @Test
    void givenTheShareOfChangedFiles_thenOnlySmallChangesAreAppliedInPlace() {
        assertTrue(IncrementalUpdate.worthIt(changes(50), 60));
        assertTrue(IncrementalUpdate.worthIt(changes(2500), 10_000));
        assertFalse(IncrementalUpdate.worthIt(changes(51), 60));
        assertFalse(IncrementalUpdate.worthIt(changes(2501), 10_000));
    }

    private static IncrementalUpdate.Changes changes(int changed) {
        return new IncrementalUpdate.Changes(List.of(), List.of(), 0, changed, 0, 0);
    }

    private static RebuildResult rebuild(Path corpus, Path store, boolean full)
            throws IOException, InterruptedException {
        RebuildOptions.Builder options = RebuildOptions.builder().corpus(corpus).store(store).full(full).threads(2);
        RebuildResult result = new RebuildJob(options.build(), QUIET).run();
        assertTrue(result.switched(), result.violations().toString());
        return result;
    }

    /** The text of the first task of a file's document, as the store holds it. */
    private static String firstTaskText(Path store, Path file) throws IOException {
        String doc = new IriMinter(HP.DEFAULT_BASE).document(org.w3id.hpkg.rdf.DocumentMapper.key(
                file.getFileName().toString())).getURI();
        return select(store, "SELECT ?text WHERE { ?t hp:document <" + doc + ">; hp:ordinal 1; hp:text ?text }").get(0);
    }

    /** The subjects the text index finds for a phrase (the first ten characters of a text). */
    private static List<String> textHits(Path store, String text) throws IOException {
        String phrase = text.substring(0, Math.min(10, text.length())).replace("\"", "");
        return select(store, "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query \"\\\""
                + phrase + "\\\"\" } ORDER BY ?s");
    }

    private static List<String> select(Path store, String query) throws IOException {
        Dataset dataset = GraphStore.openCurrent(store);
        try {
            return Txn.calculateRead(dataset, () -> {
                List<String> values = new java.util.ArrayList<>();
                try (var exec = org.apache.jena.query.QueryExecution.create(
                        org.w3id.hpkg.library.QueryRunner.parse(query), dataset)) {
                    exec.execSelect().forEachRemaining(row -> values.add(row.get(row.varNames().next()).toString()));
                }
                return values;
            });
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    /** Fails with the lines found on one side only, a few of each, rather than two whole exports. */
    static void assertSameLines(List<String> expected, List<String> actual) {
        TreeSet<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        TreeSet<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            throw new AssertionError(missing.size() + " line(s) missing, e.g. " + missing.stream().limit(5).toList()
                    + "; " + extra.size() + " line(s) extra, e.g. " + extra.stream().limit(5).toList());
        }
        assertEquals(expected.size(), actual.size());
    }

    /** The store exported in a line format, lines sorted. */
    static List<String> export(Path store, ExportFormat format) throws IOException {
        Dataset dataset = GraphStore.openCurrent(store);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new Exporter(dataset).export(format, out);
            return List.copyOf(new TreeSet<>(Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n"))));
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    /** The stored default graph holds exactly the triples of the named graphs. */
    static void assertDefaultGraphIsUnion(Path store) throws IOException {
        Dataset dataset = GraphStore.openCurrent(store);
        try {
            Txn.executeRead(dataset, () -> {
                DatasetGraph dsg = dataset.asDatasetGraph();
                TreeSet<String> union = new TreeSet<>();
                Node manifest = new IriMinter(HP.DEFAULT_BASE).manifestGraph(); // bookkeeping, kept out of the union
                dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (!q.getGraph().equals(manifest)) {
                        union.add(q.asTriple().toString());
                    }
                });
                TreeSet<String> stored = new TreeSet<>();
                dsg.getDefaultGraph().find().forEachRemaining(t -> stored.add(t.toString()));
                assertEquals(union, stored);
            });
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }
}
