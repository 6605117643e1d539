package org.w3id.hpkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.extract.region.Region;

/**
 * The small form of {@code hpkg bench} that CI runs: correctness only, never time. 200 plans go through
 * every phase; the run must pass all its checks against the generator's ground truth and produce every
 * figure of the table.
 */
class BenchSmokeIT {

    @Test
    void given200Plans_whenTheBenchmarkRuns_thenEveryCheckPasses_andTheTableHasEveryFigure(@TempDir Path work)
            throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        BenchOptions options = BenchOptions.builder().docs(200).baselineDocs(20).work(work).queries(Path.of("queries"))
                .queryRuns(2).threads(2).queryTimeoutSeconds(10).build();

        BenchReport report = new Benchmark(options, new PrintStream(log, true, StandardCharsets.UTF_8)).run();

        assertEquals(java.util.List.of(), report.failures(), log.toString(StandardCharsets.UTF_8));
        CorpusTruth truth = CorpusTruth.read(work.resolve("corpus-200"));
        assertEquals(truth.tasks(), report.tasks());
        assertEquals(truth.targets(), report.targets());
        assertTrue(report.ratio() > 0 && Double.isFinite(report.ratio()));
        assertTrue(report.storeRatio() > 0 && Double.isFinite(report.storeRatio()));
        assertTrue(Double.isFinite(report.linearity()));
        // the database holds the named graphs the rebuild loaded and the two statements of its manifest;
        // the export is the named graphs
        assertEquals(report.quads() + 2, report.storeQuads());
        assertEquals(report.quads(), report.jena().exportQuads());
        assertTrue(report.heap().peakUsed() > 0 && report.baselineHeap().peakUsed() > 0 && Double.isFinite(report.heapGrowth())
                && report.heap().peakLive() > 0 && Double.isFinite(report.liveGrowth()));
        assertTrue(report.incrementalMillis() > 0);
        long rq;
        try (var files = Files.list(Path.of("queries"))) {
            rq = files.filter(p -> p.toString().endsWith(".rq")).count();
        }
        assertEquals(rq, report.queries().size());
        // correctness only: a query may time out on this machine, but every query ran, and timed ones have both figures
        assertTrue(report.queries().stream().allMatch(q -> q.timedOut() || q.runs() == 2 && q.p95Millis() >= q.p50Millis()));

        // the two queries about other regions have work: generated tasks name other regions, and the plan
        // compared with its parent plans is a generated one (the query's default is a file of data/corpus)
        QueryLatency.Result mentions = result(report, "tasks-mentioning-other-regions");
        assertTrue(mentions.rows() > 0 && mentions.params().isEmpty(), mentions.toString());
        assertTrue(report.mentions() > 0);
        QueryLatency.Result parent = result(report, "targets-vs-parent-plan");
        String file = parent.params().get("file");
        assertTrue(file != null && truth.entries().stream().anyMatch(e -> e.file().equals(file)), parent.toString());
        assertTrue(parent.rows() > 0, parent.toString());
        CorpusTruth.Entry compared = truth.entries().stream().filter(e -> e.file().equals(file)).findFirst().orElseThrow();
        Gazetteer gazetteer = new Gazetteer();
        Region prefecture = gazetteer.parent(gazetteer.byCode(compared.region()));
        assertTrue(prefecture != null && gazetteer.parent(prefecture) != null, "a county's plan: " + file);
        assertTrue(truth.entries().stream().anyMatch(e -> e.region().equals(prefecture.code()) && e.year() == compared.year()),
                "its prefecture has a plan of the same year");

        // the default date window (2020) lies after every generated plan: moved into their last year, it has work
        QueryLatency.Result window = result(report, "tasks-due-between");
        assertTrue(window.rows() > 0 && window.params().get("to").endsWith("-12-31")
                && !window.params().get("to").startsWith("2020"), window.toString());

        StringWriter table = new StringWriter();
        report.print(new PrintWriter(table));
        assertTrue(table.toString().contains("targets-vs-parent-plan ran with --param file=" + file), table.toString());
        assertTrue(table.toString().contains("tasks-due-between ran with --param from="), table.toString());
        assertTrue(table.toString().contains("RATIO rebuild / Jena's fastest"), table.toString());
        assertTrue(table.toString().contains("ratio rebuild / that load (the reference until now)"), table.toString());
        assertTrue(table.toString().contains("checks: passed"), table.toString());
        // Databases and the dump are removed unless --keep; the corpora stay for the next run.
        assertFalse(Files.exists(work.resolve("store-200")));
        assertFalse(Files.exists(work.resolve("store-200.nq")));
        assertFalse(Files.exists(work.resolve("export-200.nq")));
        assertTrue(Files.exists(work.resolve("corpus-200").resolve(CorpusTruth.FILE_NAME)));
    }

    private static QueryLatency.Result result(BenchReport report, String query) {
        return report.queries().stream().filter(q -> q.name().equals(query)).findFirst().orElseThrow();
    }
}
