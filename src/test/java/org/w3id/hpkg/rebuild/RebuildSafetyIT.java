package org.w3id.hpkg.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.hpkg.cli.ExitCodes;
import org.w3id.hpkg.cli.HpkgCommand;
import org.w3id.hpkg.library.QueryRunner;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.store.GraphStore;
import org.w3id.hpkg.store.RebuildLock;
import picocli.CommandLine;

/**
 * A rebuild that is killed, fails, produces an invalid graph or meets another rebuild never costs the
 * previous graph; readers see the old graph or the new one, never a mix.
 */
class RebuildSafetyIT {

    @TempDir
    static Path tmp;

    /** Two documents: the "old" graph. */
    static Path small;
    /** Five documents: the "new" graph. */
    static final Path FULL = Path.of("data/corpus");

    @BeforeAll
    static void corpora() throws IOException {
        small = Files.createDirectories(tmp.resolve("small"));
        for (String f : List.of("000_2c24e101aae37e8e.txt", "002_586d2fdbfe293bd4.txt")) {
            Files.copy(FULL.resolve(f), small.resolve(f));
        }
    }

    /** Damages the graph of 001_…: its targets lose their unit, which the shapes require. */
    private static final java.util.function.Consumer<DocumentGraph> WITHOUT_UNITS_IN_001 =
            graph -> graph.removeIf(q -> q.getPredicate().equals(HP.unit) && q.getSubject().getURI().contains("001_"));

    private static RebuildResult rebuild(Path corpus, Path store) throws Exception {
        return new RebuildJob(RebuildOptions.builder().corpus(corpus).store(store).full(true).build(), System.err).run();
    }

    private static long documents(Path store) throws IOException {
        Dataset ds = GraphStore.openCurrent(store);
        try {
            return Txn.calculateRead(ds, () -> {
                try (QueryExecution q = QueryExecution.create(
                        QueryRunner.parse("SELECT (COUNT(?d) AS ?n) WHERE { ?d a hp:PolicyDocument }"), ds)) {
                    return q.execSelect().next().getLiteral("n").getLong();
                }
            });
        } finally {
            // released, so that a rebuild in another process may update the database in place
            org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    private static long databases(Path store) throws IOException {
        try (Stream<Path> s = Files.list(store)) {
            return s.filter(p -> p.getFileName().toString().startsWith("db-")).count();
        }
    }

    /** kill -9 of a full rebuild subprocess at five points: the old graph keeps answering, the next rebuild works. */
    @ParameterizedTest
    @ValueSource(strings = {"locked", "created", "loading", "loaded", "switching"})
    void killedRebuildLeavesThePreviousGraph(String point) throws Exception {
        killAt(point, true);
    }

    /** The same for an incremental rebuild (three added files), killed inside its write transaction. */
    @ParameterizedTest
    @ValueSource(strings = {"updating", "committing"})
    void killedIncrementalRebuildLeavesThePreviousGraph(String point) throws Exception {
        killAt(point, false);
    }

    private void killAt(String point, boolean full) throws Exception {
        Path store = tmp.resolve("killed-" + point);
        assertTrue(rebuild(small, store).switched());
        assertEquals(2, documents(store));

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dhpkg.test.pauseAt=" + point,
                "org.w3id.hpkg.cli.Main", "rebuild", "--corpus", FULL.toString(), "--store", store.toString(), "--no-progress"));
        if (full) {
            command.add("--full");
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean paused = false;
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                output.add(line);
                if (line.equals("hpkg: paused at " + point)) {
                    paused = true;
                    break;
                }
            }
            assertTrue(paused, "the rebuild never reached " + point + ": " + output);
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(137, p.exitValue());

        assertEquals(2, documents(store), "old graph after kill at " + point);
        RebuildResult next = rebuild(FULL, store);
        assertTrue(next.switched());
        assertEquals(5, documents(store));
        assertTrue(databases(store) <= 2, "stale databases left behind");
    }

    @Test
    void aFailureMidLoadLeavesThePreviousGraphAndNoLeftovers() throws Exception {
        Path store = tmp.resolve("disk-full");
        assertTrue(rebuild(small, store).switched());
        System.setProperty(CrashPoints.FAIL_AT, "loading");
        try {
            IOException e = assertThrows(IOException.class, () -> rebuild(FULL, store));
            assertTrue(e.getMessage().contains("No space left on device"));
        } finally {
            System.clearProperty(CrashPoints.FAIL_AT);
        }
        assertEquals(2, documents(store));
        assertEquals(1, databases(store), "the half-built database must be removed");
    }

    @Test
    void withOnInvalidFail_anInvalidGraphIsNotSwitchedInAndTheViolationsNameFileAndText() throws Exception {
        Path store = tmp.resolve("invalid");
        assertTrue(rebuild(small, store).switched());
        RebuildResult bad = new RebuildJob(RebuildOptions.builder().corpus(FULL).store(store)
                .onInvalid(RebuildOptions.OnInvalid.FAIL).build(), System.err, WITHOUT_UNITS_IN_001).run();
        assertFalse(bad.switched());
        assertTrue(bad.violations().size() >= 30, bad.violations().toString());
        String first = bad.violations().get(0);
        assertTrue(first.startsWith("001_6b944289bbc3a505.txt: https://w3id.org/hpkg/id/doc/001_6b944289bbc3a505/task/"), first);
        assertTrue(first.matches(".*\\(text \\d+-\\d+ “.+”\\)$"), first);
        assertEquals(2, documents(store));
    }

    @Test
    void byDefault_anInvalidDocumentIsQuarantinedListedAndLoadedOnceItConforms() throws Exception {
        Path store = tmp.resolve("quarantine");
        RebuildResult quarantined = new RebuildJob(RebuildOptions.builder().corpus(FULL).store(store).full(true).build(),
                System.err, WITHOUT_UNITS_IN_001).run();
        assertTrue(quarantined.switched(), "the other documents switch in");
        assertEquals(List.of(), quarantined.violations());
        assertEquals(1, quarantined.count(FileOutcome.Status.QUARANTINED));
        FileOutcome left = quarantined.files().stream().filter(f -> f.status() == FileOutcome.Status.QUARANTINED)
                .findFirst().orElseThrow();
        assertEquals("001_6b944289bbc3a505.txt", left.fileName());
        assertTrue(left.detail().startsWith("https://w3id.org/hpkg/id/doc/001_6b944289bbc3a505/task/"), left.detail());
        assertEquals(4, documents(store));
        Dataset ds = GraphStore.openCurrent(store);
        try {
            org.w3id.hpkg.library.LibraryQuery query = org.w3id.hpkg.library.QueryLibrary.inFolder(Path.of("queries"))
                    .get("quarantined-files");
            Txn.executeRead(ds, () -> org.w3id.hpkg.library.QueryLibraryTest.assertAnswersAsItsExample(query, ds));
            long reasons = Txn.calculateRead(ds, () -> org.w3id.hpkg.library.ResultTable.select(ds, query.parse()).size());
            assertEquals(new java.util.HashSet<>(List.of(left.detail().split("\n"))).size(), reasons, "one row per violation");
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
        }
        // the file is read again by the next (incremental) rebuild and, now conforming, loaded
        RebuildResult fixed = new RebuildJob(RebuildOptions.builder().corpus(FULL).store(store).build(), System.err).run();
        assertEquals(RebuildResult.Mode.INCREMENTAL, fixed.mode());
        assertEquals(0, fixed.count(FileOutcome.Status.QUARANTINED));
        assertEquals(5, documents(store));
        Dataset after = GraphStore.openCurrent(store);
        try {
            assertEquals(0L, (long) Txn.calculateRead(after, () -> org.w3id.hpkg.library.ResultTable.select(after,
                    QueryRunner.parse("SELECT ?f WHERE { ?f a hp:QuarantinedFile }")).size()));
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(after.asDatasetGraph());
        }
    }

    @Test
    @SuppressWarnings("try") // the lock is only held, as another rebuild would hold it
    void aSecondRebuildIsTurnedAwayWithAClearMessage() throws Exception {
        Path store = tmp.resolve("locked");
        assertTrue(rebuild(small, store).switched());
        try (RebuildLock held = RebuildLock.acquire(store)) {
            CommandLine cli = HpkgCommand.commandLine();
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(new StringWriter(), true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute("rebuild", "--corpus", FULL.toString(), "--store", store.toString(), "--no-progress");
            assertEquals(ExitCodes.STORE_BUSY, code);
            assertTrue(err.toString().contains("another rebuild is writing the store"), err.toString());
        }
        assertEquals(2, documents(store));
    }

    @Test
    void readersSeeTheOldGraphOrTheNewOneNeverAMix() throws Exception {
        Path store = tmp.resolve("readers");
        assertTrue(rebuild(small, store).switched());
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        List<Throwable> errors = new ArrayList<>();
        AtomicBoolean done = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                try {
                    seen.add(documents(store));
                } catch (Throwable t) {
                    synchronized (errors) {
                        errors.add(t);
                    }
                }
            }
        });
        reader.start();
        for (Path corpus : List.of(FULL, small, FULL)) {
            assertTrue(rebuild(corpus, store).switched());
        }
        done.set(true);
        reader.join();
        assertEquals(List.of(), errors);
        assertTrue(Set.of(2L, 5L).containsAll(seen), "saw " + seen);
        assertEquals(5, documents(store));
    }
}
