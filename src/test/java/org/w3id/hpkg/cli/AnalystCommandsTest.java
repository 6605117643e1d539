package org.w3id.hpkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.library.AnalystCorpus;
import org.w3id.hpkg.library.LibraryQuery;
import picocli.CommandLine;

/** hpkg query NAME, hpkg queries, hpkg search and hpkg report, run as an analyst would. */
class AnalystCommandsTest {

    /** Exit code, standard output and error of one hpkg command. */
    record Run(int code, String out, String err) {}

    private static Run hpkg(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8);
        // hpkg query writes results to System.out; swap it before the command line is made, since
        // picocli's execute() re-targets its writers when System.out differs from what it saw then
        System.setOut(capture);
        try {
            CommandLine cli = HpkgCommand.commandLine();
            cli.setOut(new PrintWriter(capture, true));
            cli.setErr(new PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
            int code = cli.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
        }
    }

    private static String store() {
        return AnalystCorpus.store().toString();
    }

    @Test
    void givenALibraryName_whenQuerying_thenItRunsLikeTheFileAndTakesParameters() {
        Run byName = hpkg("query", "--store", store(), "overdue-tasks", "--param", "asOf=2020-06-01", "--format", "csv");
        Run byFile = hpkg("query", "--store", store(), "queries/overdue-tasks.rq", "--param", "asOf=2020-06-01", "--format", "csv");
        assertEquals(0, byName.code(), byName.err());
        assertEquals(byFile.out(), byName.out());
        assertEquals(2, byName.out().strip().split("\\R").length, "header and the one task due before June 2020");
        assertTrue(byName.out().contains("002_586d2fdbfe293bd4.txt,45,"), byName.out());
        Run inline = hpkg("query", "--store", store(), "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?d a hp:PolicyDocument }",
                "--format", "csv");
        assertEquals("n\r\n5\r\n", inline.out());
    }

    @Test
    void givenAStore_whenBenchmarkingOnlyTheQueries_thenEveryLibraryQueryIsTimedWithItsRowCount() {
        Run run = hpkg("bench", "--queries-only", "--store", store(), "--query-runs", "2");
        assertEquals(0, run.code(), run.err());
        String[] lines = run.out().strip().split("\\R");
        assertTrue(lines[0].startsWith("queries on ") && lines[1].contains("p95 ms"), run.out());
        assertEquals(AnalystCorpus.library().queries().size(), lines.length - 2, run.out());
        for (LibraryQuery q : AnalystCorpus.library().queries()) {
            assertTrue(run.out().contains("  " + q.name() + " "), q.name() + " in [" + run.out() + "]");
        }
        // the documents query answers one row per plan of the analyst corpus, with two timed runs
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+documents\\s+5\\s+2\\s+.*")), run.out());
    }

    @Test
    void givenAnUnknownName_whenQuerying_thenTheErrorListsTheLibrary() {
        Run run = hpkg("query", "--store", store(), "overdue");
        assertEquals(ExitCodes.FAILED, run.code());
        assertTrue(run.err().contains("no query named 'overdue'") && run.err().contains("overdue-tasks"), run.err());
    }

    @Test
    void givenTheLibrary_whenListingQueries_thenEveryQueryIsShownWithItsParameters() {
        Run run = hpkg("queries");
        assertEquals(0, run.code(), run.err());
        for (LibraryQuery q : AnalystCorpus.library().queries()) {
            assertTrue(run.out().contains(q.name() + " "), q.name() + " in [" + run.out() + "]");
            assertTrue(run.out().contains(q.header().title()), q.header().title());
            q.header().params().forEach(p -> assertTrue(run.out().contains("--param " + p.name() + "="), p.name()));
        }
        Run one = hpkg("queries", "search-tasks");
        assertTrue(one.out().contains("问题") || one.out().contains("在某地区的文件中"), one.out());
        assertTrue(one.out().contains("--param year=VALUE") && one.out().contains("example output:")
                && one.out().contains("text:query"), one.out());
    }

    @Test
    void givenWords_whenSearching_thenHitsAreRankedWithTheMatchMarked() {
        Run run = hpkg("search", "--store", store(), "家庭医生签约", "--region", "宁夏回族自治区");
        assertEquals(0, run.code(), run.err());
        String[] lines = run.out().split("\\R");
        assertTrue(lines[0].matches("\\d+ task\\(s\\) found"), lines[0]);
        assertTrue(run.out().contains(" 1. [") && run.out().contains("同心县  002_586d2fdbfe293bd4.txt task 12: 做实做细家庭医生签约服务"),
                run.out());
        assertTrue(run.out().contains("«家庭医生签约»"), run.out());
        assertTrue(!run.out().contains("荆门市"), "only plans in 宁夏");
        Run targets = hpkg("search", "--store", store(), "--targets", "接种率");
        assertTrue(targets.out().contains("儿童疫苗接种率 AtLeast 95"), targets.out());
    }

    @Test
    void givenAnOutputFile_whenReporting_thenTheReportIsWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/report.html");
        Run run = hpkg("report", "--store", store(), "--out", file.toString(), "--region", "湖北省");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Wrote " + file), run.out());
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.contains("plans of 湖北省") && html.contains("--param within=湖北省"));
    }
}
