package org.w3id.hpkg.bench;

import java.io.IOException;
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
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.w3id.hpkg.extract.ExtractedDocument;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.rebuild.CorpusFiles;
import org.w3id.hpkg.rebuild.DocumentPipeline;
import org.w3id.hpkg.rebuild.FileOutcome;
import org.w3id.hpkg.rebuild.RebuildJob;
import org.w3id.hpkg.rebuild.RebuildOptions;
import org.w3id.hpkg.rebuild.RebuildResult;
import org.w3id.hpkg.store.StoreLayout;

/**
 * The benchmark of {@code hpkg bench}, in one run on one machine: generate the corpora (reused when
 * present); time normalize + parse + extract alone; rebuild a small and the large corpus in full, with the
 * heap each took; time Jena's bulk loaders on the large database's data ({@link JenaReference}); change one
 * plan and time an incremental rebuild; time every query of the query folder on the large graph. Every
 * phase also checks its result against the generator's ground truth ({@link StoreChecks}), so a fast but
 * wrong run does not pass.
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
        Checks checks = new Checks();
        Path work = Files.createDirectories(options.work().toAbsolutePath());
        Path corpus = work.resolve("corpus-" + options.docs());
        CorpusTruth truth = corpus(corpus, options.docs());

        log.printf("extraction alone: %,d plans on %d threads%n", options.docs(), options.threads());
        Extraction extraction = extract(corpus);
        extraction.check(truth, checks);

        Path baselineStore = work.resolve("store-" + options.baselineDocs());
        Measured baseline = baseline(work.resolve("corpus-" + options.baselineDocs()), baselineStore, checks);
        log.printf("full rebuild: %,d plans%n", options.docs());
        Path store = work.resolve("store-" + options.docs());
        Measured large = measuredRebuild(corpus, store, checks);
        StoreChecks.check(large.result(), store, truth, checks);

        BenchReport.JenaLoads jena = new JenaReference(options, log).measure(store, checks);

        log.println("incremental rebuild after changing one plan");
        long incrementalMillis = incremental(corpus, store, truth, checks);

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
                extraction.chars / extraction.seconds, large.result().millis(), large.result().quads(),
                jena.storeQuads(), large.heap(), baseline.heap(), rt.maxMemory(), jena, options.baselineDocs(),
                baseline.result() == null ? 0 : baseline.result().millis(), incrementalMillis, options.childJvm(),
                options.queryTimeoutSeconds(), queries, truth.tasks(), truth.targets(), truth.mentions(), checks.failed());
    }

    /** The small corpus's full rebuild, for the linearity and heap growth; nothing when there is none. */
    private Measured baseline(Path corpus, Path store, Checks checks) throws IOException, InterruptedException {
        if (options.baselineDocs() <= 0) {
            return new Measured(null, new BenchReport.Heap(0, 0));
        }
        corpus(corpus, options.baselineDocs());
        log.printf("full rebuild: %,d plans%n", options.baselineDocs());
        return measuredRebuild(corpus, store, checks);
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
    private record Extraction(long docs, long chars, long tasks, long targets, long mentions, double seconds) {

        void check(CorpusTruth truth, Checks checks) {
            checks.check(tasks == truth.tasks(), "extraction alone found %,d tasks, the truth has %,d", tasks,
                    truth.tasks());
            checks.check(targets == truth.targets(), "extraction alone found %,d targets, the truth has %,d", targets,
                    truth.targets());
            checks.check(mentions == truth.mentions(),
                    "extraction alone found %,d tasks naming another region than their plan's, the truth has %,d",
                    mentions, truth.mentions());
        }
    }

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

    private Measured measuredRebuild(Path corpus, Path store, Checks checks)
            throws IOException, InterruptedException {
        System.gc();
        try (HeapSampler heap = new HeapSampler()) {
            RebuildResult result = rebuild(corpus, store, checks);
            return new Measured(result, new BenchReport.Heap(heap.peakUsed(), heap.peakLive()));
        }
    }

    private RebuildResult rebuild(Path corpus, Path store, Checks checks)
            throws IOException, InterruptedException {
        StoreLayout.deleteTree(store);
        RebuildResult result = new RebuildJob(RebuildOptions.builder().corpus(corpus).store(store).full(true)
                .threads(options.threads()).build(), log).run();
        log.printf("  %.1f s, %,d quads%n", result.millis() / 1000.0, result.quads());
        checks.check(result.switched(), "the rebuild of %s was not switched: %s", corpus, result.violations());
        checks.check(result.count(FileOutcome.Status.SKIPPED) == 0, "the rebuild of %s skipped %d files", corpus,
                result.count(FileOutcome.Status.SKIPPED));
        return result;
    }

    /**
     * Replaces one plan by another version of it, times an incremental rebuild, checks that the store's
     * counts moved by exactly the difference, and restores the plan.
     */
    private long incremental(Path corpus, Path store, CorpusTruth truth, Checks checks)
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
                runChildRebuild(corpus, store, checks);
            } else {
                RebuildResult r = new RebuildJob(RebuildOptions.builder().corpus(corpus).store(store)
                        .threads(options.threads()).build(), log).run();
                checks.check(r.mode() == RebuildResult.Mode.INCREMENTAL && r.files().size() == 1,
                        "the rebuild after changing one plan was %s over %d files", r.mode(), r.files().size());
            }
            millis = (System.nanoTime() - started) / 1_000_000;
        } finally {
            Files.write(file, original);
        }
        log.printf("  %.1f s%n", millis / 1000.0);
        long[] counts = StoreChecks.counts(store);
        long tasks = truth.tasks() - old.tasks() + changed.tasks();
        long targets = truth.targets() - old.targets() + changed.targets();
        checks.check(counts[0] == tasks && counts[1] == targets,
                "after the incremental rebuild the store holds %,d tasks and %,d targets, expected %,d and %,d",
                counts[0], counts[1], tasks, targets);
        return millis;
    }

    private void runChildRebuild(Path corpus, Path store, Checks checks)
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
        checks.check(exit == 0, "hpkg rebuild (incremental) exited with %d", exit);
        checks.check(output.contains("(incremental)"), "hpkg rebuild after changing one plan was not incremental");
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "n/a" : String.format("%.2f", load);
    }
}
