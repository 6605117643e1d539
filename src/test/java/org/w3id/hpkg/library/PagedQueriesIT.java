package org.w3id.hpkg.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.hpkg.bench.CorpusGenerator;
import org.w3id.hpkg.bench.CorpusTruth;
import org.w3id.hpkg.cli.HpkgCommand;
import org.w3id.hpkg.report.Report;
import org.w3id.hpkg.store.GraphStore;
import picocli.CommandLine;

/**
 * The listings that would return every target of a national graph show 100 plans at a time, in file-name
 * order; {@code after} names the last file of a page to get the next. On 130 generated plans: the first
 * page is the first 100 files, the second the other 30, and the two pages together are the whole listing.
 * The listings paged later (deadlines, overdue-tasks, tasks-per-lead-body, tasks-mentioning-other-regions)
 * are compared with their text from before, which listed every plan at once (src/test/resources/unpaged).
 */
class PagedQueriesIT {

    private static final int PLANS = 130;
    /**
     * 福建省's plans (region codes 35…): the generator spreads plans over the whole country, province by
     * province, so the province's own plan and its first prefectures' fall on both pages of 100.
     */
    private static final String FUJIAN = "福建省";
    /** Plans per page in the test of pages within a region: small, so that its few plans make several pages. */
    private static final int PAGE = 2;
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

    @ParameterizedTest
    @ValueSource(strings = {"deadlines", "overdue-tasks", "tasks-per-lead-body", "tasks-mentioning-other-regions", "tasks-due-before",
            "documents", "data-quality-notes"})
    void twoPages_areTheUnpagedRowsOfTheFirst100PlansThenOfTheRest(String query) throws IOException {
        String hundredth = orderedFiles().get(99);
        ResultTable whole = unpaged(query, Map.of());
        List<String> upTo100 = rows(whole, file -> file.compareTo(hundredth) <= 0);
        List<String> rest = rows(whole, file -> file.compareTo(hundredth) > 0);
        assertTrue(!upTo100.isEmpty() && !rest.isEmpty(), query + ": the unpaged answer has rows on both sides of the 100th plan");

        ResultTable first = page(query, "");
        ResultTable second = page(query, hundredth);
        assertEquals(whole.columns(), first.columns(), query + ": the same columns");
        assertEquals(upTo100, rows(first, file -> true), query + ": the first page is the unpaged rows of the first 100 plans");
        assertEquals(rest, rows(second, file -> true), query + ": the second page is the unpaged rows of the other 30");
    }

    @ParameterizedTest
    @ValueSource(strings = {"deadlines", "tasks-per-lead-body", "documents", "data-quality-notes"})
    void withinARegion_thePagesAreMadeOfThePlansInScope(String query) throws IOException {
        // the plans in scope: of 福建省 or of a region inside it (a plan whose header names no region is not)
        List<String> inScope = new ArrayList<>();
        ResultTable scope = ResultTable.select(dataset, QueryRunner.parse("""
                SELECT DISTINCT ?file WHERE { ?doc hp:sourceFile ?file ; hp:jurisdiction ?j .
                  ?j rdfs:label ?r ; hp:within* ?w . ?w rdfs:label "%s" } ORDER BY ?file""".formatted(FUJIAN)));
        for (int i = 0; i < scope.size(); i++) {
            inScope.add(scope.text(i, "file"));
        }
        String hundredth = orderedFiles().get(99);
        assertTrue(inScope.size() > 2 * PAGE && inScope.size() < 100 && inScope.get(0).compareTo(hundredth) < 0
                && inScope.get(inScope.size() - 1).compareTo(hundredth) > 0, "福建省's plans are on both pages: " + inScope);
        ResultTable whole = unpaged(query, Map.of("within", FUJIAN));
        assertTrue(files(whole).stream().anyMatch(f -> f.compareTo(hundredth) > 0), query + ": 福建省 has rows after the 100th plan");

        // fewer than 100 plans in scope: one page
        Query onePage = library.get(query).withParameters(Map.of("within", FUJIAN, "after", ""));
        assertEquals(rows(whole, f -> true), rows(ResultTable.select(dataset, onePage), f -> true), query);
        assertEquals(Optional.empty(), PlanPage.of(onePage).orElseThrow().nextAfter(dataset), query + ": no next page");

        // PAGE plans a page: each page the next PAGE plans in scope, together the unpaged answer
        List<String> rows = new ArrayList<>();
        String after = "";
        int pages = 0;
        while (after != null) {
            Query q = withPageSize(library.get(query).withParameters(Map.of("within", FUJIAN, "after", after)), PAGE);
            ResultTable t = ResultTable.select(dataset, q);
            List<String> plans = inScope.subList(PAGE * pages, Math.min(inScope.size(), PAGE * pages + PAGE));
            assertTrue(plans.containsAll(files(t)), query + ": page " + pages + " " + files(t));
            rows.addAll(rows(t, f -> true));
            after = PlanPage.of(q).orElseThrow().nextAfter(dataset).orElse(null);
            assertEquals(PAGE * pages + PAGE < inScope.size() ? plans.get(PAGE - 1) : null, after, query + ": after page " + pages);
            pages++;
        }
        assertEquals((inScope.size() + PAGE - 1) / PAGE, pages, query);
        assertEquals(rows(whole, f -> true), rows.stream().sorted().toList(), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"deadlines", "overdue-tasks", "tasks-per-lead-body", "tasks-mentioning-other-regions", "tasks-due-before",
            "documents", "data-quality-notes"})
    void theCommandLine_saysWhereTheNextPageOfTheseListingsStarts(String query) {
        String hundredth = orderedFiles().get(99);
        assertEquals("hpkg query: more plans follow this page; the next page: --param after=" + hundredth,
                stderr("query", "--store", store.toString(), query, "--format", "tsv").strip());
        assertEquals("", stderr("query", "--store", store.toString(), query, "--param", "after=" + hundredth));
        if (library.get(query).parameterNames().contains("within") && !query.equals("overdue-tasks")) {
            assertEquals("", stderr("query", "--store", store.toString(), query, "--param", "within=" + FUJIAN),
                    "16 plans in scope fit on a page");
        }
    }

    /**
     * The generated plans name other regions in some tasks (the truth counts them): the pages of
     * tasks-mentioning-other-regions, joined, are the unpaged answer, which lists exactly those tasks.
     */
    @Test
    void tasksMentioningOtherRegions_pagesJoinedAreTheUnpagedAnswer_theTasksTheGeneratorWrote() throws IOException {
        String query = "tasks-mentioning-other-regions";
        ResultTable whole = unpaged(query, Map.of());
        assertTrue(whole.size() > 0, "the generated plans name other regions");
        List<String> joined = new ArrayList<>();
        String after = "";
        int pages = 0;
        while (after != null) {
            Query q = library.get(query).withParameters(Map.of("after", after));
            joined.addAll(rows(ResultTable.select(dataset, q), f -> true));
            after = PlanPage.of(q).orElseThrow().nextAfter(dataset).orElse(null);
            pages++;
        }
        assertEquals(2, pages);
        assertEquals(rows(whole, f -> true), joined.stream().sorted().toList());

        TreeSet<String> tasks = new TreeSet<>();
        TreeSet<String> relations = new TreeSet<>();
        for (int i = 0; i < whole.size(); i++) {
            tasks.add(whole.text(i, "file") + " " + whole.text(i, "task"));
            relations.add(whole.text(i, "relation"));
        }
        assertEquals(truth.mentions(), tasks.size(), "one task listed for each task the generator made name another region");
        assertTrue(relations.containsAll(List.of("above", "elsewhere", "inside")), relations.toString());
    }

    @Test
    void theReport_drawsEveryPageOfThePagedListings() throws IOException {
        String html = Report.builder().library(library).dataset(dataset).build().html();
        for (String query : List.of("deadlines", "tasks-per-lead-body", "documents", "data-quality-notes")) {
            int rows = unpaged(query, Map.of()).size();
            assertTrue(html.contains("data-query=\"" + query + "\" data-rows=\"" + rows + "\""), query + ": all " + rows + " rows");
        }
        assertTrue(html.contains("2 pages of 100 plans together"), "the report says it joined the pages");
    }

    @Test
    void rankPages_joinedAreTheUnpagedRanking_andTheReportDrawsThemAll() throws IOException {
        Map<String, String> rates = Map.of("keyword", "", "inUnit", "%");
        List<String> whole = rows(unpaged("indicator-targets-by-region", rates), file -> true);
        List<String> joined = new ArrayList<>();
        long from = 1;
        int pages = 0;
        while (true) {
            Map<String, String> params = new java.util.HashMap<>(rates);
            params.put("fromRank", Long.toString(from));
            ResultTable page = ResultTable.select(dataset, library.get("indicator-targets-by-region").withParameters(params));
            pages++;
            for (int i = 0; i < page.size(); i++) {
                long rank = (long) page.number(i, "rank");
                assertTrue(rank >= from && rank < from + 100, "rank " + rank + " on the page from " + from);
            }
            joined.addAll(rows(page, file -> true));
            if (page.size() == 0) {
                break;
            }
            // one unit: the next rank is the last one plus the rows that share it
            long last = (long) page.number(page.size() - 1, "rank");
            long next = last + java.util.stream.IntStream.range(0, page.size()).filter(i -> (long) page.number(i, "rank") == last).count();
            if (next < from + 100) {
                break;
            }
            from = next;
        }
        assertTrue(pages > 2, "the 130 plans rank more than 200 targets: " + pages + " pages");
        assertEquals(whole, joined.stream().sorted().toList());
        String html = Report.builder().library(library).dataset(dataset).build().html();
        assertTrue(html.contains("data-query=\"indicator-targets-by-region\" data-rows=\"" + whole.size() + "\""),
                "the report draws all " + whole.size() + " ranked targets");
        assertTrue(html.contains(pages + " pages of 100 ranks together"), "the report says it joined " + pages + " pages");
    }

    @Test
    void searchTasks_answersWithTheBestHundredOfAllMatches_withTheirWordsMarked() throws IOException {
        String query = "search-tasks";
        Map<String, String> everywhere = Map.of("query", "健康", "within", "", "year", "");
        ResultTable all = unpaged(query, everywhere);
        ResultTable best = ResultTable.select(dataset, library.get(query).withParameters(everywhere));
        // the whole answer (the query before it answered with the best 100), a row per task and its score
        Map<String, Double> score = new java.util.HashMap<>();
        List<String> keys = rowsWithout(all, "score");
        for (int i = 0; i < all.size(); i++) {
            score.put(keys.get(i), all.number(i, "score"));
        }
        assertEquals(all.size(), score.size(), "a row per task");
        assertTrue(score.size() > TextSearch.BEST, query + ": more matches than one answer holds: " + score.size());
        assertEquals(TextSearch.BEST, best.size());
        // the best scores of all matches, in order (which of several rows tied at the last score is shown may differ)
        assertEquals(score.values().stream().sorted(java.util.Comparator.reverseOrder()).limit(TextSearch.BEST).toList(),
                IntStream.range(0, best.size()).mapToObj(i -> best.number(i, "score")).toList());
        // every row shown is one of the whole answer, with its score, and shows its text with the words
        // marked (that the marks are jena-text's: HighlightFunctionTest)
        List<String> shown = rowsWithout(best, "match", "score");
        for (int i = 0; i < best.size(); i++) {
            String key = shown.get(i);
            assertEquals(score.get(key), best.number(i, "score"), query + ": " + key);
            assertTrue(best.text(i, "match").contains("«"), query + ": " + best.text(i, "match"));
        }
    }

    @Test
    void searchTargets_answersWithTheBestHundredOfAllMatches() throws IOException {
        Map<String, String> everywhere = Map.of("query", "率", "within", "");
        LibraryQuery q = library.get("search-targets");
        assertTrue(q.text().contains("LIMIT " + TextSearch.BEST));
        Query whole = QueryRunner.parse(q.text().replace("LIMIT " + TextSearch.BEST, "LIMIT 1000000"));
        QueryParameters.apply(whole, new HashMap<>(everywhere));
        ResultTable all = ResultTable.select(dataset, whole);
        ResultTable best = ResultTable.select(dataset, q.withParameters(everywhere));
        assertTrue(all.size() > TextSearch.BEST, "more matches than one answer holds: " + all.size());
        assertEquals(TextSearch.BEST, best.size());
        assertEquals(IntStream.range(0, all.size()).mapToObj(i -> all.number(i, "score")).limit(TextSearch.BEST).toList(),
                IntStream.range(0, best.size()).mapToObj(i -> best.number(i, "score")).toList(), "the best scores, in order");
        assertTrue(new java.util.HashSet<>(rowsWithout(all)).containsAll(rowsWithout(best)), "rows of the whole answer");
    }

    /** Each row of a table as its values in column order, some columns left out. */
    private static List<String> rowsWithout(ResultTable t, String... left) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            StringBuilder row = new StringBuilder();
            for (String c : t.columns()) {
                if (!List.of(left).contains(c)) {
                    row.append(t.text(i, c)).append('\t');
                }
            }
            rows.add(row.toString());
        }
        return rows;
    }

    @Test
    void theCommandLine_saysWhereTheNextPageStarts_onlyWhileMorePlansFollow() {
        List<String> ordered = truth.entries().stream().map(CorpusTruth.Entry::file).sorted().toList();
        assertEquals("hpkg query: more plans follow this page; the next page: --param after=" + ordered.get(99),
                stderr("query", "--store", store.toString(), "targets", "--format", "tsv").strip());
        assertEquals("", stderr("query", "--store", store.toString(), "targets", "--param", "after=" + ordered.get(99)));
        assertEquals("", stderr("query", "--store", store.toString(), "tasks-due-between"), "not a paged listing");
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

    private static List<String> orderedFiles() {
        return truth.entries().stream().map(CorpusTruth.Entry::file).sorted().toList();
    }

    /** The answer of a query as it was before it was paged, with the given parameters. */
    private static ResultTable unpaged(String query, Map<String, String> params) throws IOException {
        Query q = QueryRunner.parse(Files.readString(Path.of("src/test/resources/unpaged/" + query + ".rq"), StandardCharsets.UTF_8));
        QueryParameters.apply(q, new HashMap<>(params));
        return ResultTable.select(dataset, q);
    }

    /** The rows of a table whose file passes, each as its values in column order, sorted. */
    private static List<String> rows(ResultTable t, Predicate<String> file) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (file.test(t.text(i, "file"))) {
                Map<String, Node> row = t.rows().get(i);
                rows.add(String.join("\t", t.columns().stream().map(c -> String.valueOf(row.get(c))).toList()));
            }
        }
        return rows.stream().sorted().toList();
    }

    /** The query with its page subquery set to choose {@code plans} plans instead of 100. */
    private static Query withPageSize(Query query, int plans) {
        int[] set = new int[1];
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) {
                if (el.getQuery().hasLimit()) {
                    el.getQuery().setLimit(plans);
                    set[0]++;
                }
            }
        });
        assertEquals(1, set[0], "one page subquery");
        return query;
    }

    private static long count(String sparql) {
        return (long) ResultTable.select(dataset, QueryRunner.parse(sparql)).number(0, "n");
    }
}
