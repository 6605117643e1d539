package org.w3id.hpkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.cli.HpkgCommand;
import org.w3id.hpkg.library.AnalystCorpus;
import org.w3id.hpkg.library.ResultTable;
import org.w3id.hpkg.library.TextSearch;
import org.w3id.hpkg.store.GraphStore;
import org.w3id.hpkg.store.StoreLayout;
import picocli.CommandLine;

/** The text index lives in the database folder it indexes, so it is switched with the graph and never stale. */
class TextIndexSwitchIT {

    private static final String ONLY_IN_PROVINCE_PLAN = "服务能力达标率";

    @TempDir
    Path dir;

    private Path corpus(String name, boolean withProvincePlan) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve(name));
        Files.copy(AnalystCorpus.CORPUS.resolve("001_6b944289bbc3a505.txt"), corpus.resolve("001_6b944289bbc3a505.txt"));
        if (withProvincePlan) {
            Files.copy(Path.of("src/test/resources/analyst/parent-plan/hubei-2020.txt"), corpus.resolve("hubei-2020.txt"));
        }
        return corpus;
    }

    private static ResultTable search(Path store, String words) throws IOException {
        return new TextSearch(AnalystCorpus.library(), GraphStore.openCurrent(store)).search(words, null, null, false);
    }

    /** File name → size and modification time of every file of a folder. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return files;
    }

    @Test
    void givenARebuildOfAnotherCorpus_thenSearchAnswersFromTheNewGraphsIndexOnly() throws Exception {
        Path store = dir.resolve("store");
        AnalystCorpus.rebuild(corpus("a", true), store);
        StoreLayout layout = new StoreLayout(store);
        Path first = layout.current();
        assertTrue(Files.isDirectory(first.resolve(TextIndexes.FOLDER)), "the index is inside the database folder");
        assertFalse(Files.exists(first.resolve(TextIndexes.FOLDER + ".tmp")), "no half-built index is left");
        Map<String, String> before = snapshot(first.resolve(TextIndexes.FOLDER));

        ResultTable hits = search(store, ONLY_IN_PROVINCE_PLAN);
        assertEquals("hubei-2020.txt", hits.text(0, "file"), "the exact phrase, in the province's plan only");
        assertEquals(before, snapshot(first.resolve(TextIndexes.FOLDER)), "queries never write to the index");

        AnalystCorpus.rebuild(corpus("b", false), store);
        Path second = layout.current();
        assertNotEquals(first, second);
        assertTrue(Files.isDirectory(first), "the previous database is kept for readers that opened it");
        ResultTable after = search(store, ONLY_IN_PROVINCE_PLAN);
        for (int i = 0; i < after.size(); i++) {
            assertEquals("001_6b944289bbc3a505.txt", after.text(i, "file"), "the removed plan is no longer found");
        }
        ResultTable chronic = search(store, "慢性病");
        Set<String> found = new TreeSet<>();
        for (int i = 0; i < chronic.size(); i++) {
            assertEquals("001_6b944289bbc3a505.txt", chronic.text(i, "file"));
            found.add(chronic.text(i, "task"));
        }
        // the plan's items 3, 10, 16 and 19 name 慢性病 (grep the file)
        assertEquals(new TreeSet<>(Set.of("3", "10", "16", "19")), found, "the tasks of the remaining plan");
    }

    @Test
    void givenAStoreWithoutTextIndex_thenSearchSaysToRebuildAndQueriesStillWork() throws Exception {
        Path store = dir.resolve("old-store");
        AnalystCorpus.rebuild(corpus("c", false), store);
        StoreLayout.deleteTree(new StoreLayout(store).current().resolve(TextIndexes.FOLDER));
        assertFalse(GraphStore.hasTextIndex(store));

        CommandLine cli = HpkgCommand.commandLine();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setOut(new PrintWriter(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        int code = cli.execute("search", "--store", store.toString(), "慢性病");
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("has no text index"), err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("hpkg rebuild"));
        assertEquals(1, ResultTable.select(GraphStore.openCurrent(store), AnalystCorpus.library().get("documents").parse())
                .size(), "other queries run without the index");
    }
}
