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
 * @param quads the quads the rebuild loaded into named graphs
 * @param storeQuads every quad the rebuilt database holds (the named graphs and the build manifest)
 * @param heap the heap during the large corpus's rebuild, {@code baselineHeap} during the small one's
 * @param jena Jena's bulk loaders alone, in the same run on the same machine
 * @param incrementalMillis {@code hpkg rebuild} after one plan changed, wall time (fresh JVM unless the
 *     benchmark ran it in process)
 * @param mentions tasks that name another region than their plan's, in the generator's truth
 * @param failures checks that did not hold; empty when all did
 */
public record BenchReport(String date, String machine, String loadBefore, String loadAfter, int docs, long seed,
        int threads, long chars, double extractionDocsPerSecond, double extractionCharsPerSecond,
        long rebuildMillis, long quads, long storeQuads, Heap heap, Heap baselineHeap, long maxHeap,
        JenaLoads jena, int baselineDocs, long baselineMillis, long incrementalMillis,
        boolean incrementalInChildJvm, int queryTimeoutSeconds, List<QueryLatency.Result> queries, long tasks, long targets,
        long mentions, List<String> failures) {

    /** The most heap in use at any sample (garbage included), and the most live data a collection left. */
    public record Heap(long peakUsed, long peakLive) {}

    /**
     * Jena's bulk loaders, each into a new database: the phased loader (the one {@code tdb2.tdbloader}
     * picks, and the rebuild's) on the dump of every quad the rebuilt database holds ({@code storeMillis},
     * the reference until now; {@code storeQuads} quads), and on the exported N-Quads a partner receives
     * ({@code hpkg export}), with the phased and the parallel loader ({@code exportQuads} quads).
     */
    public record JenaLoads(long storeQuads, long storeMillis, long exportQuads, long exportPhasedMillis, long exportParallelMillis) {

        /** The faster of Jena's loaders on the exported N-Quads. */
        public long exportFastestMillis() {
            return Math.min(exportPhasedMillis, exportParallelMillis);
        }

        String fastest() {
            return exportPhasedMillis <= exportParallelMillis ? "phased" : "parallel";
        }
    }

    public BenchReport {
        queries = List.copyOf(queries);
        failures = List.copyOf(failures);
    }

    /**
     * Rebuild time over Jena's fastest bulk load of the exported N-Quads: what an operator would do instead
     * of {@code hpkg rebuild} is load the published dataset. The headline figure.
     */
    public double ratio() {
        return (double) rebuildMillis / jena.exportFastestMillis();
    }

    /** Rebuild time over Jena's phased load of every quad the rebuilt database holds (the reference until now). */
    public double storeRatio() {
        return (double) rebuildMillis / jena.storeMillis();
    }

    /** Peak heap in use while rebuilding the large corpus over the same while rebuilding the small one. */
    public double heapGrowth() {
        return (double) heap.peakUsed() / baselineHeap.peakUsed();
    }

    /**
     * Peak live data (heap after a collection) rebuilding the large corpus over the small one's: what the
     * rebuild keeps, where the heap in use also counts garbage the collector had no reason to reclaim yet.
     */
    public double liveGrowth() {
        return (double) heap.peakLive() / baselineHeap.peakLive();
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
        out.printf("%-62s %16s%n", "measure", "value");
        row(out, "extraction alone (normalize+parse+extract), " + threads + " threads", "");
        row(out, "  documents per second", String.format("%,.0f", extractionDocsPerSecond));
        row(out, "  characters per second", String.format("%,.0f", extractionCharsPerSecond));
        row(out, String.format("full rebuild of %,d plans (%,d characters)", docs, chars), "");
        row(out, "  wall time", seconds(rebuildMillis));
        row(out, "  quads in named graphs (in the database)", String.format("%,d (%,d)", quads, storeQuads));
        row(out, "  quads stored per second", String.format("%,.0f", storeQuads / (rebuildMillis / 1000.0)));
        row(out, "Jena bulk load of the exported N-Quads (" + String.format("%,d", jena.exportQuads()) + ")", "");
        row(out, "  phased loader", seconds(jena.exportPhasedMillis()));
        row(out, "  parallel loader", seconds(jena.exportParallelMillis()));
        row(out, "RATIO rebuild / Jena's fastest (" + jena.fastest() + ", target <= 1.5)", String.format("%.2f", ratio()));
        row(out, "Jena bulk load of the database's quads (phased loader)", seconds(jena.storeMillis()));
        row(out, "  ratio rebuild / that load (the reference until now)", String.format("%.2f", storeRatio()));
        if (baselineDocs > 0) {
            row(out, "linearity: rebuild time per plan", "");
            row(out, String.format("  at %,d plans", baselineDocs), perPlan(baselineMillis, baselineDocs));
            row(out, String.format("  at %,d plans", docs), perPlan(rebuildMillis, docs));
            row(out, "  ratio (target <= 1.2)", String.format("%.2f", linearity()));
        }
        row(out, String.format("peak heap in use / live after GC, of %,d MiB", maxHeap >> 20), "");
        if (baselineDocs > 0) {
            row(out, String.format("  rebuilding %,d plans", baselineDocs), mib(baselineHeap));
        }
        row(out, String.format("  rebuilding %,d plans", docs), mib(heap));
        if (baselineDocs > 0) {
            row(out, "  in use, large over small (target <= 1.1)", String.format("%.2f", heapGrowth()));
            row(out, "  live after GC, large over small", String.format("%.2f", liveGrowth()));
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
                    + "holds and as the export; the incremental rebuild replaced exactly the changed plan)%n", tasks, targets, mentions);
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
                out.printf("  %s ran with %s: %s%n", q.name(), q.params().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey()).map(e -> "--param " + e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(" ")), q.params().containsKey(QueryLatency.FILE)
                        ? "its default plan is not in this store, so the bench took the first plan (a county's if any) "
                                + "whose region lies inside one with a plan of the same year"
                        : "its default dates lie after every plan of this store, so the bench moved them into the "
                                + "last plan year");
            }
        }
        out.flush();
    }

    private static void row(PrintWriter out, String name, String value) {
        out.printf("%-62s %16s%n", name, value);
    }

    private static String mib(Heap heap) {
        return String.format("%,d / %,d MiB", heap.peakUsed() >> 20, heap.peakLive() >> 20);
    }

    private static String seconds(long millis) {
        return String.format("%.1f s", millis / 1000.0);
    }

    private static String perPlan(long millis, int plans) {
        return String.format("%.1f ms", (double) millis / plans);
    }
}
