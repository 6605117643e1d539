package org.w3id.hpkg.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.hpkg.bench.CorpusGenerator;
import org.w3id.hpkg.bench.CorpusTruth;
import org.w3id.hpkg.cli.HpkgCommand;
import org.w3id.hpkg.store.GraphStore;
import org.w3id.hpkg.store.QueryRunner;
import picocli.CommandLine;

/**
 * The listings that would return every target of a national graph show 100 plans at a time, in file-name
 * order; {@code after} names the last file of a page to get the next. On 130 generated plans: the first
 * page is the first 100 files, the second the other 30, and the two pages together are the whole listing.
 */
class PagedQueriesTest {

    private static final int PLANS = 130;
    private static Path store;
    private static Dataset dataset;
    private static QueryLibrary library;
    private static CorpusTruth truth;

    @BeforeAll
    static void build(@TempDir Path dir) throws Exception {
        truth = new CorpusGenerator(7).write(dir.resolve("corpus"), PLANS, 2);
        store = dir.resolve("store");
        AnalystCorpus.rebuild(dir.resolve("corpus"), store);
        dataset = GraphStore.openCurrent(store);
        library = QueryLibrary.standard();
    }

    private static ResultTable page(String query, String after) {
        return ResultTable.select(dataset, library.get(query).withParameters(Map.of("after", after)));
    }

    private static List<String> files(ResultTable t) {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            files.add(t.text(i, "file"));
        }
        return files;
    }

    @ParameterizedTest
    @ValueSource(strings = {"targets", "target-sources", "indicator-across-documents"})
    void twoPages_areTheFirst100PlansThenTheRest_andTogetherTheWholeListing(String query) {
        TreeSet<String> all = new TreeSet<>(truth.entries().stream().map(CorpusTruth.Entry::file).toList());
        List<String> ordered = new ArrayList<>(all);

        ResultTable first = page(query, "");
        TreeSet<String> firstFiles = new TreeSet<>(files(first));
        assertTrue(firstFiles.size() <= 100 && ordered.subList(0, 100).containsAll(firstFiles), query + ": first page " + firstFiles);
        String last = files(first).stream().max(String::compareTo).orElseThrow();
        ResultTable second = page(query, ordered.get(99));
        assertTrue(files(second).stream().allMatch(f -> f.compareTo(ordered.get(99)) > 0), query + ": second page");
        assertTrue(last.compareTo(ordered.get(99)) <= 0);

        long rows = switch (query) {
            case "indicator-across-documents" -> count("""
                    SELECT (COUNT(*) AS ?n) WHERE { ?t hp:hasTarget ?target ; hp:document ?doc . ?target hp:indicator ?ind .
                      FILTER EXISTS { ?o hp:indicator ?ind ; ^hp:hasTarget/hp:document ?d2 FILTER (?d2 != ?doc) } }""");
            default -> truth.targets();
        };
        assertEquals(rows, first.size() + second.size(), query + ": the two pages hold every row");
        if (query.equals("targets")) {
            // every generated plan sets targets, so each appears on exactly one page
            assertTrue(truth.entries().stream().allMatch(e -> e.targets() > 0));
            assertEquals(new TreeSet<>(ordered.subList(0, 100)), firstFiles);
            assertEquals(new TreeSet<>(ordered.subList(100, PLANS)), new TreeSet<>(files(second)));
        }
    }

    @Test
    void theCommandLine_saysWhereTheNextPageStarts_onlyWhileMorePlansFollow() {
        List<String> ordered = truth.entries().stream().map(CorpusTruth.Entry::file).sorted().toList();
        assertEquals("hpkg query: more plans follow this page; the next page: --param after=" + ordered.get(99),
                stderr("query", "--store", store.toString(), "targets", "--format", "tsv").strip());
        assertEquals("", stderr("query", "--store", store.toString(), "targets", "--param", "after=" + ordered.get(99)));
        assertEquals("", stderr("query", "--store", store.toString(), "documents"), "not a paged listing");
        assertEquals("", stderr("query", "--store", AnalystCorpus.store().toString(), "targets"), "five plans fit on a page");
    }

    /** What an hpkg command writes to standard error (its results are thrown away). */
    private static String stderr(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        System.setOut(discard);
        try {
            CommandLine cli = HpkgCommand.commandLine();
            cli.setOut(new PrintWriter(discard, true));
            cli.setErr(new PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
            assertEquals(0, cli.execute(args), String.join(" ", args));
            return err.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(stdout);
        }
    }

    private static long count(String sparql) {
        return (long) ResultTable.select(dataset, QueryRunner.parse(sparql)).number(0, "n");
    }
}
