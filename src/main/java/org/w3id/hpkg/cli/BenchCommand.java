package org.w3id.hpkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.hpkg.bench.BenchOptions;
import org.w3id.hpkg.bench.BenchReport;
import org.w3id.hpkg.bench.Benchmark;
import org.w3id.hpkg.bench.QueryLatency;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hpkg bench}: the documented benchmark (README, section Performance). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark extraction, full and incremental rebuilds, Jena's bulk load of the same quads and "
                + "the queries, on a generated corpus, in one run; prints one table and checks every result against "
                + "the generator's ground truth (exit code 1 if a check fails).",
                "Needs about 1.2 MB of disk per plan in the work folder while it runs."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", paramLabel = "N", defaultValue = "10000",
            description = "Plans in the large corpus (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--baseline-docs", paramLabel = "N",
            description = "Plans in the small corpus the time per plan is compared with (default: a tenth of --docs; 0: none).")
    Integer baselineDocs;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "bench-work",
            description = "Folder for corpora (kept and reused), databases and the dump (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "Folder of the queries to time (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--query-runs", paramLabel = "N", defaultValue = "20",
            description = "Timed runs per query after one warm-up run; 2 for queries slower than 2 s (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--query-timeout", paramLabel = "S", defaultValue = "60",
            description = "Stop a query after this many seconds and report it as timed out (default: ${DEFAULT-VALUE}).")
    int queryTimeout;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    @Option(names = "--keep", description = "Keep the databases and the N-Quads dump in the work folder.")
    boolean keep;

    @Option(names = "--queries-only", description = "Only time the queries, on the graph already in --store "
            + "(no corpus, no rebuild): for working on queries against a large graph built once.")
    boolean queriesOnly;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws Exception {
        if (queriesOnly) {
            List<QueryLatency.Result> results = QueryLatency.timeStore(store.store(), queries, queryRuns, queryTimeout);
            BenchReport.printQueries(spec.commandLine().getOut(),
                    "queries on " + store.store() + ", warm (target p95 < 1000 ms)", results, queryTimeout);
            return ExitCodes.OK;
        }
        BenchOptions.Builder options = BenchOptions.builder().docs(docs).seed(seed).work(work).queries(queries)
                .queryRuns(queryRuns).keep(keep).queryTimeoutSeconds(queryTimeout);
        if (baselineDocs != null) {
            options.baselineDocs(baselineDocs);
        }
        if (threads != null) {
            options.threads(threads);
        }
        BenchReport report = new Benchmark(options.build(), System.err).run();
        PrintWriter out = spec.commandLine().getOut();
        report.print(out);
        return report.failures().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
