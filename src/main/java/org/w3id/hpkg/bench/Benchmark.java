package org.w3id.hpkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.hpkg.export.ExportFormat;
import org.w3id.hpkg.export.Exporter;
import org.w3id.hpkg.extract.ExtractedDocument;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.rebuild.CorpusFiles;
import org.w3id.hpkg.rebuild.DocumentPipeline;
import org.w3id.hpkg.rebuild.FileOutcome;
import org.w3id.hpkg.rebuild.RebuildJob;
import org.w3id.hpkg.rebuild.RebuildOptions;
import org.w3id.hpkg.rebuild.RebuildResult;
import org.w3id.hpkg.store.GraphStore;
import org.w3id.hpkg.store.StoreLayout;

/**
 * The benchmark of {@code hpkg bench}, in one run on one machine: generate the corpora (reused when
 * present); time normalize + parse + extract alone; rebuild a small and the large corpus in full; dump
 * the large database as N-Quads and time Jena's phased loader (tdb2.tdbloader's default for an empty
 * database, and the rebuild's) on that dump; export the graph as N-Quads, as a partner receives it, and
 * time Jena's phased and parallel loaders on that; change one plan and time an
 * incremental rebuild; time every query of the query folder on the large graph. Every phase also checks
 * its result against the generator's ground truth, so a fast but wrong run does not pass.
 */
public final class Benchmark {

    private final BenchOptions options;
    private final PrintStream log;

    public Benchmark(BenchOptions options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    public BenchReport run() throws IOException, InterruptedException {
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        String loadBefore = loadAverage();
        List<String> failures = new ArrayList<>();
        Path work = options.work().toAbsolutePath();
        Files.createDirectories(work);

        Path corpus = work.resolve("corpus-" + options.docs());
        CorpusTruth truth = corpus(corpus, options.docs());
        Path baselineCorpus = work.resolve("corpus-" + options.baselineDocs());
        if (options.baselineDocs() > 0) {
            corpus(baselineCorpus, options.baselineDocs());
        }

        log.printf("extraction alone: %,d plans on %d threads%n", options.docs(), options.threads());
        Extraction extraction = extract(corpus);
        checkExtraction(extraction, truth, failures);

        long baselineMillis = 0;
        BenchReport.Heap baselineHeap = new BenchReport.Heap(0, 0);
        Path baselineStore = work.resolve("store-" + options.baselineDocs());
        if (options.baselineDocs() > 0) {
            log.printf("full rebuild: %,d plans%n", options.baselineDocs());
            Measured baseline = measuredRebuild(baselineCorpus, baselineStore, failures);
            baselineMillis = baseline.result().millis();
            baselineHeap = baseline.heap();
        }

        log.printf("full rebuild: %,d plans%n", options.docs());
        Path store = work.resolve("store-" + options.docs());
        Measured measured = measuredRebuild(corpus, store, failures);
        RebuildResult rebuilt = measured.result();
        checkStore(rebuilt, store, truth, failures);

        Path dump = work.resolve("store-" + options.docs() + ".nq");
        log.printf("dumping the database as N-Quads: %s%n", dump);
        long storeQuads = dump(store, dump);
        BenchReport.JenaLoads jena = jenaLoads(store, dump, storeQuads, failures);

        log.println("incremental rebuild after changing one plan");
        long incrementalMillis = incremental(corpus, store, truth, failures);

        log.println("queries");
        List<QueryLatency.Result> queries = QueryLatency.timeStore(store, options.queries(), options.queryRuns(),
                options.queryTimeoutSeconds());
        if (!options.keep()) {
            StoreLayout.deleteTree(store);
            StoreLayout.deleteTree(baselineStore);
        }

        Runtime rt = Runtime.getRuntime();
        String machine = String.format("%d cores, Java %s, %s", rt.availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name"));
        return new BenchReport(date, machine, loadBefore, loadAverage(), options.docs(), options.seed(),
                options.threads(), extraction.chars, extraction.docs / extraction.seconds,
                extraction.chars / extraction.seconds, rebuilt.millis(), rebuilt.quads(), storeQuads, measured.heap(),
                baselineHeap, rt.maxMemory(), jena, options.baselineDocs(), baselineMillis, incrementalMillis,
                options.childJvm(), options.queryTimeoutSeconds(), queries, truth.tasks(), truth.targets(),
                truth.mentions(), failures);
    }

    private static void checkExtraction(Extraction extraction, CorpusTruth truth, List<String> failures) {
        check(failures, extraction.tasks == truth.tasks(), "extraction alone found %,d tasks, the truth has %,d",
                extraction.tasks, truth.tasks());
        check(failures, extraction.targets == truth.targets(), "extraction alone found %,d targets, the truth has %,d",
                extraction.targets, truth.targets());
        check(failures, extraction.mentions == truth.mentions(),
                "extraction alone found %,d tasks naming another region than their plan's, the truth has %,d",
                extraction.mentions, truth.mentions());
    }

    /** What the rebuild extracted and what its store holds, against the truth. */
    private static void checkStore(RebuildResult rebuilt, Path store, CorpusTruth truth, List<String> failures)
            throws IOException {
        check(failures, rebuilt.tasks() == truth.tasks() && rebuilt.targets() == truth.targets(),
                "the rebuild extracted %,d tasks and %,d targets, the truth has %,d and %,d", rebuilt.tasks(),
                rebuilt.targets(), truth.tasks(), truth.targets());
        long[] counts = storeCounts(store);
        check(failures, counts[0] == truth.tasks() && counts[1] == truth.targets(),
                "the store holds %,d tasks and %,d targets, the truth has %,d and %,d", counts[0], counts[1],
                truth.tasks(), truth.targets());
        long wrongCounts = documentCountsOff(store, truth);
        check(failures, wrongCounts == 0, "%,d plans' stored task or target counts (hp:taskCount, hp:targetCount) differ from the truth",
                wrongCounts);
        long wrongMentions = mentionsOff(store, truth);
        check(failures, wrongMentions == 0, "%,d plans have another number of tasks naming another region "
                + "(hp:mentionsRegion other than the plan's hp:jurisdiction) than the truth", wrongMentions);
    }

    /**
     * Jena's loaders alone: the phased one on the dump of every quad the database holds (the reference
     * until now), then the phased and the parallel one on the exported N-Quads (what a partner loads).
     */
    private BenchReport.JenaLoads jenaLoads(Path store, Path dump, long storeQuads, List<String> failures)
            throws IOException {
        long storeLoad = timedLoad(dump, "phased", storeQuads, "the store holds", failures);
        Path exported = dump.resolveSibling("export-" + options.docs() + ".nq");
        log.printf("exporting the graph as N-Quads (hpkg export --format nq --no-description): %s%n", exported);
        long exportQuads = export(store, exported);
        BenchReport.JenaLoads jena = new BenchReport.JenaLoads(storeLoad, exportQuads,
                timedLoad(exported, "phased", exportQuads, "the export holds", failures),
                timedLoad(exported, "parallel", exportQuads, "the export holds", failures));
        if (!options.keep()) {
            Files.deleteIfExists(dump);
            Files.deleteIfExists(exported);
        }
        return jena;
    }

    /**
     * The generated corpus in {@code dir}, generated unless an identical one is there already: same seed
     * and size, written by this generator (its truth has this generator's columns, and its first, middle
     * and last plans are the bytes this generator writes).
     */
    private CorpusTruth corpus(Path dir, int docs) throws IOException, InterruptedException {
        if (CorpusTruth.current(dir)) {
            CorpusTruth existing = CorpusTruth.read(dir);
            if (existing.seed() == options.seed() && existing.entries().size() == docs
                    && CorpusFiles.list(dir).size() == docs && sameBytes(dir, existing)) {
                log.printf("reusing the generated corpus %s%n", dir);
                return existing;
            }
        }
        log.printf("generating %,d plans into %s%n", docs, dir);
        return new CorpusGenerator(options.seed()).write(dir, docs, options.threads());
    }

    /** Whether plans of an earlier corpus are the bytes this generator writes for them (a sample of three). */
    private boolean sameBytes(Path dir, CorpusTruth truth) throws IOException {
        CorpusGenerator generator = new CorpusGenerator(options.seed());
        int n = truth.entries().size();
        for (int index : new int[] {0, n / 2, n - 1}) {
            GeneratedPlan plan = generator.plan(index);
            Path file = dir.resolve(plan.fileName());
            if (!Files.isRegularFile(file) || !Arrays.equals(plan.bytes(), Files.readAllBytes(file))) {
                return false;
            }
        }
        return true;
    }

    /** What extraction alone found; {@code mentions} counts tasks naming a region other than their plan's. */
    private record Extraction(long docs, long chars, long tasks, long targets, long mentions, double seconds) {}

    private Extraction extract(Path corpus) throws IOException, InterruptedException {
        List<Path> files = CorpusFiles.list(corpus);
        DocumentPipeline pipeline = new DocumentPipeline(new Gazetteer());
        AtomicLong chars = new AtomicLong();
        AtomicLong tasks = new AtomicLong();
        AtomicLong targets = new AtomicLong();
        AtomicLong mentions = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        long started = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    ExtractedDocument doc = pipeline.process(file.getFileName().toString(), Files.readAllBytes(file));
                    chars.addAndGet(doc.parsed().text().length());
                    tasks.addAndGet(doc.tasks().size());
                    targets.addAndGet(doc.tasks().stream().mapToInt(t -> t.targets().size()).sum());
                    mentions.addAndGet(doc.tasks().stream()
                            .filter(t -> t.regions().stream().anyMatch(r -> !r.equals(doc.jurisdiction()))).count());
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IOException("extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Extraction(files.size(), chars.get(), tasks.get(), targets.get(), mentions.get(), seconds);
    }

    /** A full rebuild and the heap it took. */
    private record Measured(RebuildResult result, BenchReport.Heap heap) {}

    private Measured measuredRebuild(Path corpus, Path store, List<String> failures)
            throws IOException, InterruptedException {
        System.gc();
        try (HeapSampler heap = new HeapSampler()) {
            RebuildResult result = rebuild(corpus, store, failures);
            return new Measured(result, new BenchReport.Heap(heap.peakUsed(), heap.peakLive()));
        }
    }

    private RebuildResult rebuild(Path corpus, Path store, List<String> failures)
            throws IOException, InterruptedException {
        StoreLayout.deleteTree(store);
        RebuildResult result = new RebuildJob(RebuildOptions.builder().corpus(corpus).store(store).full(true)
                .threads(options.threads()).build(), log).run();
        log.printf("  %.1f s, %,d quads%n", result.millis() / 1000.0, result.quads());
        check(failures, result.switched(), "the rebuild of %s was not switched: %s", corpus, result.violations());
        check(failures, result.count(FileOutcome.Status.SKIPPED) == 0, "the rebuild of %s skipped %d files", corpus,
                result.count(FileOutcome.Status.SKIPPED));
        return result;
    }

    /** Tasks and targets in the store, by SPARQL over the union graph. */
    private static long[] storeCounts(Path store) throws IOException {
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

    /** Writes every quad of the store as N-Quads; returns how many. */
    private static long dump(Path store, Path file) throws IOException {
        Dataset dataset = GraphStore.openCurrent(store);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            return Txn.calculateRead(dataset, () -> {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                writer.start();
                long n = 0;
                var quads = dataset.asDatasetGraph().find();
                while (quads.hasNext()) {
                    writer.quad(quads.next());
                    n++;
                }
                writer.finish();
                return n;
            });
        } finally {
            GraphStore.close(dataset);
        }
    }

    /** The graph as {@code hpkg export --format nq --no-description} writes it; returns how many quads. */
    private static long export(Path store, Path file) throws IOException {
        Dataset dataset = GraphStore.openCurrent(store);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            new Exporter(dataset).export(ExportFormat.NQ, out);
        } finally {
            GraphStore.close(dataset);
        }
        return lines(file);
    }

    /** The lines of an N-Quads file: its quads (a line break inside a literal is written escaped). */
    private static long lines(Path file) throws IOException {
        long n = 0;
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /**
     * Jena's {@code loader} ("phased" or "parallel") alone, loading {@code file} into a new database of the
     * work folder, deleted afterwards unless kept; returns the milliseconds, checks the count.
     */
    private long timedLoad(Path file, String loader, long expected, String holds, List<String> failures)
            throws IOException {
        log.printf("Jena bulk load (%s loader) of %,d quads from %s%n", loader, expected, file.getFileName());
        Path db = options.work().toAbsolutePath().resolve("jena-" + loader + "-" + file.getFileName());
        StoreLayout.deleteTree(db);
        long[] loaded = jenaLoad(file, db, loader);
        log.printf("  %.1f s%n", loaded[0] / 1000.0);
        check(failures, loaded[1] == expected, "Jena's %s loader loaded %,d quads from %s, %s %,d", loader, loaded[1],
                file.getFileName(), holds, expected);
        if (!options.keep()) {
            StoreLayout.deleteTree(db);
        }
        return loaded[0];
    }

    /** Jena's bulk loader, the API behind {@code tdb2.tdbloader}; returns {millis, quads}. */
    private static long[] jenaLoad(Path dump, Path db, String loaderName) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        try {
            DataLoader loader = loaderName.equals("parallel") ? LoaderFactory.parallelLoader(dsg, (format, args) -> { })
                    : LoaderFactory.phasedLoader(dsg, (format, args) -> { });
            long started = System.nanoTime();
            loader.startBulk();
            loader.load(dump.toString());
            loader.finishBulk();
            long millis = (System.nanoTime() - started) / 1_000_000;
            return new long[] {millis, loader.countQuads() + loader.countTriples()};
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /**
     * Replaces one plan by another version of it, times an incremental rebuild, checks that the store's
     * counts moved by exactly the difference, and restores the plan.
     */
    private long incremental(Path corpus, Path store, CorpusTruth truth, List<String> failures)
            throws IOException, InterruptedException {
        int index = options.docs() / 2;
        CorpusTruth.Entry old = truth.entries().get(index);
        GeneratedPlan changed = new CorpusGenerator(options.seed() + 1).plan(index);
        Path file = corpus.resolve(old.file());
        byte[] original = Files.readAllBytes(file);
        if (!changed.fileName().equals(old.file())) {
            throw new IllegalStateException("generated plan " + index + " is not " + old.file());
        }
        Files.write(file, changed.bytes());
        long millis;
        try {
            long started = System.nanoTime();
            if (options.childJvm()) {
                runChildRebuild(corpus, store, failures);
            } else {
                RebuildResult r = new RebuildJob(RebuildOptions.builder().corpus(corpus).store(store)
                        .threads(options.threads()).build(), log).run();
                check(failures, r.mode() == RebuildResult.Mode.INCREMENTAL && r.files().size() == 1,
                        "the rebuild after changing one plan was %s over %d files", r.mode(), r.files().size());
            }
            millis = (System.nanoTime() - started) / 1_000_000;
        } finally {
            Files.write(file, original);
        }
        log.printf("  %.1f s%n", millis / 1000.0);
        long[] counts = storeCounts(store);
        long tasks = truth.tasks() - old.tasks() + changed.tasks();
        long targets = truth.targets() - old.targets() + changed.targets();
        check(failures, counts[0] == tasks && counts[1] == targets,
                "after the incremental rebuild the store holds %,d tasks and %,d targets, expected %,d and %,d",
                counts[0], counts[1], tasks, targets);
        return millis;
    }

    private void runChildRebuild(Path corpus, Path store, List<String> failures)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "org.w3id.hpkg.cli.Main",
                "rebuild", "--corpus", corpus.toString(), "--store", store.toString(), "--no-progress",
                "--threads", Integer.toString(options.threads()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        int exit = process.exitValue();
        for (String line : output.split("\n")) {
            if (!line.isBlank()) {
                log.println("  | " + line);
            }
        }
        check(failures, exit == 0, "hpkg rebuild (incremental) exited with %d", exit);
        check(failures, output.contains("(incremental)"), "hpkg rebuild after changing one plan was not incremental");
    }

    private static void check(List<String> failures, boolean ok, String format, Object... args) {
        if (!ok) {
            failures.add(String.format(format, args));
        }
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "n/a" : String.format("%.2f", load);
    }
}
