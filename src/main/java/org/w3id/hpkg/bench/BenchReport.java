package org.w3id.hpkg.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@code hpkg bench} measured, and the checks it made; {@link #print} writes the table.
 *
 * @param extractionDocsPerSecond normalize + parse + extract alone, on all worker threads
 * @param rebuildMillis the full rebuild of the large corpus, end to end (lock, extraction, validation,
 *     bulk load, switch)
 * @param jenaLoadMillis Jena's bulk loader alone, loading the N-Quads dump of the rebuilt database into a
 *     new database, in the same run on the same machine
 * @param incrementalMillis {@code hpkg rebuild} after one plan changed, wall time (fresh JVM unless the
 *     benchmark ran it in process)
 * @param mentions tasks that name another region than their plan's, in the generator's truth
 * @param failures checks that did not hold; empty when all did
 */
public record BenchReport(String date, String machine, String loadBefore, String loadAfter, int docs, long seed,
        int threads, long chars, double extractionDocsPerSecond, double extractionCharsPerSecond,
        long rebuildMillis, long quads, long storeQuads, long peakHeapUsed, long peakHeapLive, long maxHeap,
        long jenaLoadMillis, String jenaLoader, int baselineDocs, long baselineMillis, long incrementalMillis,
        boolean incrementalInChildJvm, int queryTimeoutSeconds, List<QueryLatency.Result> queries, long tasks, long targets,
        long mentions, List<String> failures) {

    public BenchReport {
        queries = List.copyOf(queries);
        failures = List.copyOf(failures);
    }

    /** Rebuild time over Jena's bulk load of the same quads: the headline figure. */
    public double ratio() {
        return (double) rebuildMillis / jenaLoadMillis;
    }

    /** Rebuild time per plan at {@code docs} over the same at {@code baselineDocs}. */
    public double linearity() {
        return baselineDocs == 0 ? Double.NaN
                : ((double) rebuildMillis / docs) / ((double) baselineMillis / baselineDocs);
    }

    public double worstQueryP95Millis() {
        return queries.stream().mapToDouble(q -> q.timedOut() ? Double.POSITIVE_INFINITY : q.p95Millis()).max()
                .orElse(0);
    }

    public void print(PrintWriter out) {
        out.printf("hpkg bench, %s: %,d generated plans (seed %d)%n", date, docs, seed);
        out.printf("machine: %s; load average (1 min) %s before, %s after%n", machine, loadBefore, loadAfter);
        out.println();
        out.printf("%-52s %14s%n", "measure", "value");
        row(out, "extraction alone (normalize+parse+extract), " + threads + " threads", "");
        row(out, "  documents per second", String.format("%,.0f", extractionDocsPerSecond));
        row(out, "  characters per second", String.format("%,.0f", extractionCharsPerSecond));
        row(out, String.format("full rebuild of %,d plans (%,d characters)", docs, chars), "");
        row(out, "  wall time", seconds(rebuildMillis));
        row(out, "  quads in named graphs (stored, with the union)", String.format("%,d (%,d)", quads, storeQuads));
        row(out, "  quads stored per second", String.format("%,.0f", storeQuads / (rebuildMillis / 1000.0)));
        row(out, "  peak heap in use / live after GC (max heap)", String.format("%,d / %,d MiB (%,d)",
                peakHeapUsed >> 20, peakHeapLive >> 20, maxHeap >> 20));
        row(out, "Jena bulk load of the same N-Quads (" + jenaLoader + " loader)", "");
        row(out, "  wall time", seconds(jenaLoadMillis));
        row(out, "RATIO rebuild / Jena bulk load (target <= 1.5)", String.format("%.2f", ratio()));
        if (baselineDocs > 0) {
            row(out, "linearity: rebuild time per plan", "");
            row(out, String.format("  at %,d plans", baselineDocs), perPlan(baselineMillis, baselineDocs));
            row(out, String.format("  at %,d plans", docs), perPlan(rebuildMillis, docs));
            row(out, "  ratio (target <= 1.2)", String.format("%.2f", linearity()));
        }
        row(out, "incremental rebuild after changing 1 plan (target < 10 s)", seconds(incrementalMillis));
        row(out, incrementalInChildJvm ? "  (hpkg rebuild in a fresh JVM, start-up included)" : "  (in process)", "");
        out.println();
        printQueries(out, String.format("queries on the %,d-plan graph, warm (target p95 < 1000 ms)", docs), queries,
                queryTimeoutSeconds);
        out.println();
        if (failures.isEmpty()) {
            out.printf("checks: passed (tasks %,d, targets %,d and tasks naming another region %,d equal the "
                    + "generator's truth; no file skipped; no shape violated; Jena loaded as many quads as the store "
                    + "holds; the incremental rebuild replaced exactly the changed plan)%n", tasks, targets, mentions);
        } else {
            out.println("checks FAILED:");
            failures.forEach(f -> out.println("  " + f));
        }
        out.flush();
    }

    /** The table of query latencies, under a title line. */
    public static void printQueries(PrintWriter out, String title, List<QueryLatency.Result> queries,
            int queryTimeoutSeconds) {
        out.println(title);
        out.printf("  %-36s %10s %6s %10s %10s%n", "query", "rows", "runs", "p50 ms", "p95 ms");
        for (QueryLatency.Result q : queries) {
            if (q.timedOut()) {
                out.printf("  %-36s %10s %6d %21s%n", q.name(), "?", 0,
                        "timed out (> " + queryTimeoutSeconds + " s)");
            } else {
                out.printf("  %-36s %,10d %6d %10.1f %10.1f%n", q.name(), q.rows(), q.runs(), q.p50Millis(),
                        q.p95Millis());
            }
        }
        for (QueryLatency.Result q : queries) {
            if (!q.params().isEmpty()) {
                out.printf("  %s ran with %s: its default plan is not in this store, so the bench took the first "
                        + "plan (a county's if any) whose region lies inside one with a plan of the same year%n", q.name(),
                        q.params().entrySet().stream().sorted(Map.Entry.comparingByKey())
                                .map(e -> "--param " + e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining(" ")));
            }
        }
        out.flush();
    }

    private static void row(PrintWriter out, String name, String value) {
        out.printf("%-52s %14s%n", name, value);
    }

    private static String seconds(long millis) {
        return String.format("%.1f s", millis / 1000.0);
    }

    private static String perPlan(long millis, int plans) {
        return String.format("%.1f ms", (double) millis / plans);
    }
}
