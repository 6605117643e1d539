package org.w3id.hpkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.system.Txn;
import org.w3id.hpkg.library.QueryParameters;
import org.w3id.hpkg.library.QueryRunner;
import org.w3id.hpkg.store.GraphStore;

/**
 * Times the queries of a folder on a store, warm: each query runs untimed, then {@code runs} times
 * timed, every result read to the end (as {@code hpkg query} does when it prints them). A query slower
 * than {@value #SLOW_MILLIS} ms gets only {@value #SLOW_RUNS} timed runs, so that the benchmark ends in
 * time; the table says how many runs each query had. Warm means {@value #WARM_UP} untimed runs (two
 * when both were slow) and slow is judged by the last: the JIT compiles a query's code paths over its
 * first runs, and the first query of a process to search text also pays once for opening the text index
 * and loading the segmenter's dictionaries, which are no latency of that query. A query that runs longer
 * than the timeout is stopped and reported as timed out, with no timed runs.
 *
 * <p>Queries run with their default parameters, which suit {@code data/corpus}, but for two cases. A query
 * about one plan, whose parameter {@value #FILE} names the plan's source file, defaults to a plan of
 * {@code data/corpus}: where the store holds no plan of that name (a generated corpus), the query is timed
 * on {@link #planWithParentPlan the first plan of the store that has a plan of an enclosing region for the
 * same year}, so that it compares something. A date or year after every plan of the store is moved into
 * its last plan year ({@link #intoLastPlanYear}). {@link Result#params} says what was set.
 */
public final class QueryLatency {

    /**
     * Latency of one query; {@code runs} is 0 when it timed out.
     *
     * @param params the parameters the bench set instead of the query's defaults (usually none)
     */
    public record Result(String name, long rows, int runs, double p50Millis, double p95Millis,
            Map<String, String> params) {

        public Result {
            params = Map.copyOf(params);
        }

        boolean timedOut() {
            return runs == 0;
        }
    }

    /** The parameter of a query about one plan: its source file. */
    static final String FILE = "file";

    /** Plans of a region inside another, with their year: a county's before a prefecture's, then by file name. */
    private static final String PLANS_OF_ENCLOSED_REGIONS = """
            SELECT ?file ?region ?year WHERE {
              ?doc hp:jurisdiction ?region ; hp:planYear ?year ; hp:sourceFile ?file .
              FILTER EXISTS { ?region hp:within ?up }
              OPTIONAL { ?region hp:within/hp:within ?province }
            }
            ORDER BY DESC(BOUND(?province)) ?file""";
    /** Whether a region encloses {@code ?region} that has a plan of {@code ?year}. */
    private static final String PARENT_PLAN = """
            ASK { ?region hp:within+ ?parent . ?parentDoc hp:jurisdiction ?parent ; hp:planYear ?year }""";

    private static final int WARM_UP = 3;
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
        Map<String, String> params = parameters(dataset, query);
        QueryParameters.apply(query, params);
        long rows = 0;
        double warm = Double.MAX_VALUE;
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        // a third warm-up only for a query that was not slow twice (a slow one would cost minutes more)
        for (int i = 0; i < WARM_UP && !(i == 2 && warm > SLOW_MILLIS); i++) {
            long started = System.nanoTime();
            try {
                rows = run(dataset, query, timeoutSeconds);
            } catch (QueryCancelledException e) {
                return new Result(name, -1, 0, Double.NaN, Double.NaN, params);
            }
            warm = (System.nanoTime() - started) / 1e6;
        }
        int n = warm > SLOW_MILLIS ? Math.min(runs, SLOW_RUNS) : runs;
        double[] millis = new double[n];
        for (int i = 0; i < n; i++) {
            long started = System.nanoTime();
            run(dataset, query, timeoutSeconds);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return new Result(name, rows, n, percentile(millis, 50), percentile(millis, 95), params);
    }

    /**
     * The parameters the bench sets on a query instead of its defaults: {@value #FILE}, when the query has
     * it and the store holds no plan of the default's name, becomes {@link #planWithParentPlan}'s (if the
     * store has such a plan); a date or year later than every plan's year moves into the last plan year
     * ({@link #intoLastPlanYear}).
     */
    static Map<String, String> parameters(Dataset dataset, Query query) {
        Map<String, String> params = new TreeMap<>(intoLastPlanYear(dataset, QueryParameters.defaults(query)));
        Node file = QueryParameters.defaults(query).get(FILE);
        if (file == null || !file.isLiteral()) {
            return params;
        }
        boolean present = Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset)
                    .query(QueryRunner.parse("ASK { ?doc hp:sourceFile ?file }"))
                    .substitution(BindingFactory.binding(Var.alloc("file"), file)).build()) {
                return exec.execAsk();
            }
        });
        if (!present) {
            planWithParentPlan(dataset).ifPresent(f -> params.put(FILE, f));
        }
        return params;
    }

    /**
     * The defaults of type xsd:date or xsd:gYear that lie after the store's last plan year, moved into that
     * year (same month and day): the queries' defaults suit {@code data/corpus}, and on a generated corpus
     * of earlier years a window after every plan would select nothing, so its time would say nothing.
     */
    static Map<String, String> intoLastPlanYear(Dataset dataset, Map<String, Node> defaults) {
        Integer last = Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.create(QueryRunner.parse(
                    "SELECT (MAX(STR(?y)) AS ?last) WHERE { ?doc hp:planYear ?y }"),
                    dataset)) {
                Binding row = exec.execSelect().nextBinding();
                Node year = row.get(Var.alloc("last"));
                return year == null ? null : Integer.valueOf(year.getLiteralLexicalForm().substring(0, 4));
            }
        });
        Map<String, String> moved = new TreeMap<>();
        defaults.forEach((name, value) -> {
            if (last != null && value.isLiteral() && (XSDDatatype.XSDdate.equals(value.getLiteralDatatype())
                    || XSDDatatype.XSDgYear.equals(value.getLiteralDatatype()))) {
                String lexical = value.getLiteralLexicalForm();
                if (Integer.parseInt(lexical.substring(0, 4)) > last) {
                    moved.put(name, last + lexical.substring(4));
                }
            }
        });
        return moved;
    }

    /**
     * The source file of the first plan, a county's before a prefecture's and then by file name, whose
     * region lies inside a region that has a plan of the same year; empty when no plan has one.
     */
    static Optional<String> planWithParentPlan(Dataset dataset) {
        Query parentPlan = QueryRunner.parse(PARENT_PLAN);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.create(QueryRunner.parse(PLANS_OF_ENCLOSED_REGIONS), dataset)) {
                ResultSet rows = exec.execSelect();
                while (rows.hasNext()) {
                    Binding row = rows.nextBinding();
                    try (QueryExecution ask = QueryExecution.dataset(dataset).query(parentPlan).substitution(row).build()) {
                        if (ask.execAsk()) {
                            return Optional.of(row.get(Var.alloc("file")).getLiteralLexicalForm());
                        }
                    }
                }
                return Optional.<String>empty();
            }
        });
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
            GraphStore.close(dataset);
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
