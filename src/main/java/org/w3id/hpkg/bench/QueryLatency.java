package org.w3id.hpkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.hpkg.store.GraphStore;
import org.w3id.hpkg.store.QueryRunner;

/**
 * Times the queries of a folder on a store, warm: each query runs once untimed, then {@code runs} times
 * timed, every result read to the end (as {@code hpkg query} does when it prints them). A query slower
 * than {@value #SLOW_MILLIS} ms gets only {@value #SLOW_RUNS} timed runs, so that the benchmark ends in
 * time; the table says how many runs each query had. A query that runs longer than the timeout is
 * stopped and reported as timed out, with no timed runs.
 */
public final class QueryLatency {

    /** Latency of one query; {@code runs} is 0 when it timed out. */
    public record Result(String name, long rows, int runs, double p50Millis, double p95Millis) {
        boolean timedOut() {
            return runs == 0;
        }
    }


    private static final int WARM_UP = 1;
    private static final double SLOW_MILLIS = 2000;
    private static final int SLOW_RUNS = 2;

    private QueryLatency() {}

    static List<Path> queries(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("query folder not found: " + folder);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        }
    }

    static Result time(Dataset dataset, Path file, int runs, int timeoutSeconds) throws IOException {
        Query query = QueryRunner.parse(Files.readString(file, StandardCharsets.UTF_8));
        long rows = 0;
        double slowest = 0;
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        for (int i = 0; i < WARM_UP; i++) {
            long started = System.nanoTime();
            try {
                rows = run(dataset, query, timeoutSeconds);
            } catch (QueryCancelledException e) {
                return new Result(name, -1, 0, Double.NaN, Double.NaN);
            }
            slowest = Math.max(slowest, (System.nanoTime() - started) / 1e6);
        }
        int n = slowest > SLOW_MILLIS ? Math.min(runs, SLOW_RUNS) : runs;
        double[] millis = new double[n];
        for (int i = 0; i < n; i++) {
            long started = System.nanoTime();
            run(dataset, query, timeoutSeconds);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return new Result(name, rows, n, percentile(millis, 50), percentile(millis, 95));
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static long run(Dataset dataset, Query query, int timeoutSeconds) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query)
                    .timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
                if (query.isSelectType()) {
                    ResultSet results = exec.execSelect();
                    long n = 0;
                    while (results.hasNext()) {
                        results.next();
                        n++;
                    }
                    return n;
                }
                if (query.isAskType()) {
                    return exec.execAsk() ? 1L : 0L;
                }
                return query.isConstructType() ? exec.execConstruct().size() : exec.execDescribe().size();
            }
        });
    }

    /**
     * Times every query of {@code folder} on the graph already in {@code store} ({@code hpkg bench
     * --queries-only}): for working on queries without rebuilding a large graph each time.
     */
    public static List<Result> timeStore(Path store, Path folder, int runs, int timeoutSeconds) throws IOException {
        List<Path> files = queries(folder);
        Dataset dataset = GraphStore.openCurrent(store);
        try {
            return timeAll(dataset, files, runs, timeoutSeconds);
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    static List<Result> timeAll(Dataset dataset, List<Path> files, int runs, int timeoutSeconds) throws IOException {
        List<Result> results = new ArrayList<>();
        for (Path f : files) {
            results.add(time(dataset, f, runs, timeoutSeconds));
        }
        return results;
    }
}
