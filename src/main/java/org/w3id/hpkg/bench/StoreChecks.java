package org.w3id.hpkg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.w3id.hpkg.rebuild.RebuildResult;
import org.w3id.hpkg.store.GraphStore;

/**
 * What a rebuild extracted and what its store holds, against the generator's truth, by SPARQL over the
 * union of the named graphs (as a user queries it), so that a fast but wrong run does not pass.
 */
final class StoreChecks {

    private StoreChecks() {}

    /** The rebuild's counts, the store's counts, each plan's summary counts and region mentions. */
    static void check(RebuildResult rebuilt, Path store, CorpusTruth truth, Checks checks) throws IOException {
        checks.check(rebuilt.tasks() == truth.tasks() && rebuilt.targets() == truth.targets(),
                "the rebuild extracted %,d tasks and %,d targets, the truth has %,d and %,d", rebuilt.tasks(),
                rebuilt.targets(), truth.tasks(), truth.targets());
        long[] counts = counts(store);
        checks.check(counts[0] == truth.tasks() && counts[1] == truth.targets(),
                "the store holds %,d tasks and %,d targets, the truth has %,d and %,d", counts[0], counts[1],
                truth.tasks(), truth.targets());
        long wrongCounts = documentCountsOff(store, truth);
        checks.check(wrongCounts == 0,
                "%,d plans' stored task or target counts (hp:taskCount, hp:targetCount) differ from the truth", wrongCounts);
        long wrongMentions = mentionsOff(store, truth);
        checks.check(wrongMentions == 0, "%,d plans have another number of tasks naming another region "
                + "(hp:mentionsRegion other than the plan's hp:jurisdiction) than the truth", wrongMentions);
    }

    /** Tasks and targets in the store. */
    static long[] counts(Path store) throws IOException {
        return read(store, dataset -> new long[] {count(dataset, "hp:Task"), count(dataset, "hp:Target")});
    }

    /** Plans whose stored counts of tasks and targets are not the truth's (or that have none). */
    private static long documentCountsOff(Path store, CorpusTruth truth) throws IOException {
        Map<String, String> expected = new HashMap<>();
        truth.entries().forEach(e -> expected.put(e.file(), e.tasks() + " " + e.targets()));
        String query = "PREFIX hp: <https://w3id.org/hpkg/ontology#> SELECT ?file ?tasks ?targets "
                + "WHERE { ?d hp:sourceFile ?file ; hp:taskCount ?tasks ; hp:targetCount ?targets }";
        Map<String, String> stored = read(store, dataset -> {
            Map<String, String> rows = new HashMap<>();
            try (QueryExecution exec = QueryExecution.create(query, dataset)) {
                exec.execSelect().forEachRemaining(row -> rows.put(row.getLiteral("file").getString(),
                        row.getLiteral("tasks").getLong() + " " + row.getLiteral("targets").getLong()));
            }
            return rows;
        });
        return expected.entrySet().stream().filter(e -> !e.getValue().equals(stored.get(e.getKey()))).count()
                + stored.keySet().stream().filter(f -> !expected.containsKey(f)).count();
    }

    /**
     * Plans whose number of tasks naming another region than the plan's own (a {@code hp:mentionsRegion}
     * other than its {@code hp:jurisdiction}) is not the truth's.
     */
    private static long mentionsOff(Path store, CorpusTruth truth) throws IOException {
        String query = "PREFIX hp: <https://w3id.org/hpkg/ontology#> SELECT ?file (COUNT(DISTINCT ?t) AS ?tasks) "
                + "WHERE { ?t hp:mentionsRegion ?m ; hp:document ?d . ?d hp:sourceFile ?file . "
                + "OPTIONAL { ?d hp:jurisdiction ?j } FILTER (!BOUND(?j) || ?m != ?j) } GROUP BY ?file";
        Map<String, Long> stored = read(store, dataset -> {
            Map<String, Long> rows = new HashMap<>();
            try (QueryExecution exec = QueryExecution.create(query, dataset)) {
                exec.execSelect().forEachRemaining(row -> rows.put(row.getLiteral("file").getString(),
                        row.getLiteral("tasks").getLong()));
            }
            return rows;
        });
        Set<String> files = truth.entries().stream().map(CorpusTruth.Entry::file).collect(Collectors.toSet());
        return truth.entries().stream().filter(e -> e.mentions() != stored.getOrDefault(e.file(), 0L)).count()
                + stored.keySet().stream().filter(f -> !files.contains(f)).count();
    }

    /** Reads the store's current database in one read transaction, then lets it go (the bench deletes it later). */
    private static <T> T read(Path store, Function<Dataset, T> reading) throws IOException {
        Dataset dataset = GraphStore.openCurrent(store);
        try {
            return Txn.calculateRead(dataset, () -> reading.apply(dataset));
        } finally {
            GraphStore.close(dataset);
        }
    }

    private static long count(Dataset dataset, String type) {
        String query = "PREFIX hp: <https://w3id.org/hpkg/ontology#> SELECT (COUNT(?x) AS ?n) WHERE { ?x a " + type + " }";
        try (QueryExecution exec = QueryExecution.create(query, dataset)) {
            return exec.execSelect().next().getLiteral("n").getLong();
        }
    }
}
