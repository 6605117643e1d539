package org.w3id.hpkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.rdf.Prefixes;
import org.w3id.hpkg.rebuild.RebuildJob;
import org.w3id.hpkg.rebuild.RebuildOptions;
import org.w3id.hpkg.store.CurrentDatasetGraph;

/**
 * 16 concurrent clients send mixed requests to the server while rebuilds switch the graph between a
 * two-document and a five-document corpus. No request may fail, and every answer must come from one
 * graph: (2 documents, 92 tasks) or (5 documents, 154 tasks), never a mix. Short by default (CI);
 * {@code -Dhpkg.loadTest.seconds=30} runs the full form. Prints requests per second and latency
 * percentiles — figures, not assertions.
 */
class ServerLoadIT {

    private static final int CLIENTS = 16;
    private static final String SNAPSHOT = "SELECT (COUNT(DISTINCT ?d) AS ?docs) (COUNT(DISTINCT ?t) AS ?tasks) "
            + "WHERE { { ?d a hp:PolicyDocument } UNION { ?t a hp:Task } }";
    private static final Pattern PAIR = Pattern.compile("(\\d+),(\\d+)");

    @TempDir
    Path tmp;

    @Test
    void answersComeFromOneGraphWhileRebuildsSwitchIt() throws Exception {
        long seconds = Long.getLong("hpkg.loadTest.seconds", 8);
        Path small = Files.createDirectories(tmp.resolve("small"));
        for (String f : List.of("000_2c24e101aae37e8e.txt", "002_586d2fdbfe293bd4.txt")) {
            Files.copy(Path.of("data/corpus").resolve(f), small.resolve(f));
        }
        Path full = Path.of("data/corpus");
        Path store = tmp.resolve("store");
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        assertTrue(new RebuildJob(RebuildOptions.builder().corpus(small).store(store).full(true).build(), quiet).run().switched());

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Set<String> snapshots = ConcurrentHashMap.newKeySet();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        AtomicInteger requests = new AtomicInteger();
        try (HpkgServer server = FusekiLauncher.start(DatasetFactory.wrap(CurrentDatasetGraph.open(store)),
                ServeOptions.builder().port(0).build())) {
            String task = server.root() + "id/doc/000_2c24e101aae37e8e/task/1";
            StringBuilder prologue = new StringBuilder();
            Prefixes.map().forEach((prefix, iri) -> prologue.append("PREFIX ").append(prefix).append(": <").append(iri).append(">\n"));
            String targets = prologue + Files.readString(Path.of("queries/targets.rq"));
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                Thread t = new Thread(() -> {
                    for (int i = 0; System.nanoTime() < end; i++) {
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> r = switch ((client + i) % 4) {
                                case 0, 1 -> Http.query(server.sparqlEndpoint(), "PREFIX hp: <https://w3id.org/hpkg/ontology#> "
                                        + SNAPSHOT, "text/csv");
                                case 2 -> Http.query(server.sparqlEndpoint(), targets, "application/sparql-results+json");
                                default -> Http.get(task, "text/turtle");
                            };
                            latencies.add(System.nanoTime() - start);
                            requests.incrementAndGet();
                            if (r.statusCode() != 200) {
                                failures.merge("HTTP " + r.statusCode(), 1, Integer::sum);
                            } else if ((client + i) % 4 < 2) {
                                Matcher m = PAIR.matcher(r.body());
                                snapshots.add(m.find() ? m.group(1) + "/" + m.group(2) : "unreadable: " + r.body());
                            }
                        } catch (Exception e) {
                            failures.merge(e.toString(), 1, Integer::sum);
                        }
                    }
                });
                t.start();
                clients.add(t);
            }
            int switches = 0;
            Path next = full;
            while (System.nanoTime() < end || switches < 2) {
                assertTrue(new RebuildJob(RebuildOptions.builder().corpus(next).store(store).full(true).threads(1).build(), quiet)
                        .run().switched());
                switches++;
                next = next == full ? small : full;
            }
            for (Thread t : clients) {
                t.join();
            }
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("load: %d clients, %d s, %d requests, %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                    + "%d graph switches%n", CLIENTS, seconds, requests.get(), requests.get() / (double) seconds,
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), switches);
            assertEquals(Map.of(), failures);
            assertTrue(Set.of("2/92", "5/154").containsAll(snapshots), "answers from a mixed graph: " + snapshots);
            assertTrue(requests.get() > CLIENTS, "too few requests: " + requests.get());
        }
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
