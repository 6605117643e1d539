package org.w3id.hpkg.rebuild;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.hpkg.extract.ExtractedDocument;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.load.ConversionCache;
import org.w3id.hpkg.load.DocumentFormat;
import org.w3id.hpkg.load.SourceList;
import org.w3id.hpkg.normalize.QualityNote;
import org.w3id.hpkg.normalize.UnreadableInputException;
import org.w3id.hpkg.rdf.DocumentMapper;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rdf.PlanTargets;
import org.w3id.hpkg.rdf.TargetFact;
import org.w3id.hpkg.rdf.TargetStatistics;
import org.w3id.hpkg.rebuild.manifest.BuildManifest;
import org.w3id.hpkg.rebuild.manifest.CodeFingerprint;
import org.w3id.hpkg.rebuild.manifest.FileStamp;
import org.w3id.hpkg.store.DatabaseBuilder;
import org.w3id.hpkg.store.RebuildLock;
import org.w3id.hpkg.store.StoreLayout;
import org.w3id.hpkg.store.UnionDefaultGraph;
import org.w3id.hpkg.text.TextIndexBuilder;
import org.w3id.hpkg.validate.ShapesValidator;

/**
 * A rebuild. Full: every corpus file through normalize → parse → extract → rdf, each document's graph
 * validated against the shapes, everything bulk-loaded into a new database that becomes current only
 * when all of it loaded and validated, with its statistics, links graph and text index. Incremental (the default when
 * the current database has a manifest from the same code): only added and changed files are extracted,
 * and {@link IncrementalUpdate} replaces their graphs in the current database in one transaction. Either
 * way, documents are processed on worker threads while the main thread writes them in corpus order; a
 * bounded window keeps only a few documents in memory, so the corpus is streamed.
 */
public final class RebuildJob {

    /** The store's folder of conversions (PDF, Word, web pages), kept across rebuilds by content hash. */
    static final String CONVERSIONS = "conversions";
    /** How many times --max-file-mb a converted file may be. */
    private static final long CONVERTED_SIZE_FACTOR = 5;
    private final RebuildOptions options;
    private final PrintStream err;
    private final Consumer<DocumentGraph> tamper;

    public RebuildJob(RebuildOptions options, PrintStream err) {
        this(options, err, graph -> { });
    }

    /** For tests: {@code tamper} may damage each document graph before it is validated. */
    RebuildJob(RebuildOptions options, PrintStream err, Consumer<DocumentGraph> tamper) {
        this.options = options;
        this.err = err;
        this.tamper = tamper;
    }

    /**
     * One file done by a worker: its outcome, graph (null if skipped), violations, content hash and
     * {@link FileStamp} (both null if skipped), and its share of the target statistics (null if none).
     */
    record Processed(FileOutcome outcome, DocumentGraph graph, List<String> violations, String sha256, String stamp,
            PlanTargets targets) {

        static Processed skipped(FileOutcome outcome) {
            return new Processed(outcome, null, List.of(), null, null, null);
        }
    }

    /** Receives processed files in corpus order, on the thread that called {@link #processAll}. */
    private interface ProcessedSink {
        void accept(Processed done) throws IOException;
    }

    /** Runs a file through the stages; called on a worker thread. */
    private interface Worker {
        Processed process(Path file) throws IOException;
    }

    @SuppressWarnings("try") // the lock is held for the whole rebuild and never used otherwise
    public RebuildResult run() throws IOException, InterruptedException {
        long started = System.currentTimeMillis();
        PhaseTimes phases = new PhaseTimes();
        List<Path> listed = CorpusFiles.list(options.corpus());
        StoreLayout layout = new StoreLayout(options.store());
        try (RebuildLock lock = RebuildLock.acquire(layout.dir())) {
            CrashPoints.reach("locked");
            layout.removeStale();
            Gazetteer gazetteer = new Gazetteer();
            IriMinter iris = new IriMinter(options.base());
            CorpusSelection selection = CorpusSelection.of(listed, iris);
            List<Path> files = selection.accepted();
            DocumentPipeline pipeline = new DocumentPipeline(gazetteer, options.load(),
                    new ConversionCache(layout.dir().resolve(CONVERSIONS)));
            SourceList sources = SourceList.read(options.corpus());
            CompletableFuture.runAsync(pipeline::warmUp); // a failure shows again on the first document
            DocumentMapper mapper = new DocumentMapper(iris);
            phases.end("load tables");
            SharedGraphs shared = new SharedGraphs(gazetteer, iris);
            ShapesValidator validator = shared.validator();
            List<String> sharedViolations = new ArrayList<>();
            for (ShapesValidator.Violation v : validator.validateShared()) {
                if (v.blocking()) {
                    sharedViolations.add(RebuildResult.describe("ontology/gazetteer", v));
                }
            }
            LinksGraph links = new LinksGraph(iris, validator);
            StatisticsGraph statistics = new StatisticsGraph(iris);
            phases.end("shapes");
            BuildManifest manifest = new BuildManifest(iris);
            String fingerprint = CodeFingerprint.current();
            Worker worker = file -> process(file, pipeline, mapper, validator, sources);
            phases.end("fingerprint");
            String note = null;
            if (!options.full()) {
                IncrementalUpdate.Opening opening = IncrementalUpdate.open(layout, manifest, fingerprint);
                if (opening.update() != null) {
                    try (IncrementalUpdate update = opening.update()) {
                        IncrementalUpdate.Changes changes = update.changes(files);
                        phases.end("compare");
                        if (IncrementalUpdate.worthIt(changes, files.size())) {
                            return incremental(update, changes, worker, links, statistics, sharedViolations,
                                    selection.refused(), started, phases);
                        }
                        note = String.format("%d of %d files changed, added or removed: a full rebuild is faster",
                                changes.total(), files.size());
                    }
                } else {
                    note = opening.reason();
                }
                phases.end("compare"); // only when the corpus was compared with a database
            }
            return full(selection, layout, worker, shared, manifest, fingerprint, links, statistics, sharedViolations,
                    started, note, phases);
        }
    }

    private RebuildResult full(CorpusSelection selection, StoreLayout layout, Worker worker, SharedGraphs shared,
            BuildManifest manifest, String fingerprint, LinksGraph links, StatisticsGraph statistics,
            List<String> sharedViolations, long started, String note, PhaseTimes phases)
            throws IOException, InterruptedException {
        List<Path> files = selection.accepted();
        List<FileOutcome> outcomes = new ArrayList<>(selection.refused());
        List<String> violations = new ArrayList<>(sharedViolations);
        try (DatabaseBuilder builder = DatabaseBuilder.create(layout);
                TextIndexBuilder text = TextIndexBuilder.start(builder.database(), options.threads());
                ProgressBar bar = progressBar(files.size())) {
            CrashPoints.reach("created");
            String documents = links.iris().document("").getURI();
            // Subjects under doc/ belong to one document graph; the others (indicators, bodies, dates)
            // recur across documents and go to the stored union once.
            StreamRDF union = UnionDefaultGraph.tee(builder.sink(),
                    subject -> !subject.isURI() || !subject.getURI().startsWith(documents));
            long[] named = {0}; // the quads of the named graphs, as `hpkg stats` counts them
            StreamRDF sink = new StreamRDFWrapper(union) {
                @Override
                public void quad(Quad quad) {
                    named[0]++;
                    super.quad(quad);
                }
            };
            shared.sendTo(sink);
            shared.indexText(text);
            manifest.writeHeader(fingerprint, builder.sink()); // bookkeeping: kept out of the union
            TargetStatistics targets = new TargetStatistics();
            List<BuildManifest.Entry> entries = new ArrayList<>();
            processAll(files, worker, bar, done -> {
                outcomes.add(done.outcome());
                violations.addAll(done.violations());
                if (done.graph() != null) {
                    targets.add(done.targets());
                    done.graph().sendTo(sink);
                    text.add(manifest.documentGraph(done.outcome().fileName()), done.graph().asGraph());
                    entries.add(manifest.entry(done.outcome().fileName(), done.sha256(), done.stamp(), done.targets()));
                    CrashPoints.reach("loading");
                }
            });
            statistics.sendTo(targets, sink);
            new QuarantineGraph(links.iris()).sendTo(outcomes, sink);
            manifest.writeEntries(builder.database(), entries, builder.sink());
            phases.end("extract and load");
            builder.finish();
            phases.end("finish indexes");
            long quads = named[0];
            LinksGraph.Outcome linked = Txn.calculateWrite(builder.dataset(), () -> links.refresh(builder.dataset()));
            quads += linked.quads();
            phases.end("links");
            violations.addAll(linked.violations());
            CrashPoints.reach("loaded");
            boolean switched = violations.isEmpty();
            if (switched) {
                text.finish();
                phases.end("text index");
                UnionDefaultGraph.markStored(builder.database());
                CrashPoints.reach("switching");
                builder.commit();
                phases.end("switch");
            }
            return new RebuildResult(outcomes, quads, violations, switched, System.currentTimeMillis() - started,
                    RebuildResult.Mode.FULL, 0, 0, note, phases);
        }
    }

    private RebuildResult incremental(IncrementalUpdate update, IncrementalUpdate.Changes changes, Worker worker,
            LinksGraph links, StatisticsGraph statistics, List<String> sharedViolations, List<FileOutcome> refused,
            long started, PhaseTimes phases)
            throws IOException, InterruptedException {
        List<FileOutcome> outcomes = new ArrayList<>(refused);
        List<String> violations = new ArrayList<>(sharedViolations);
        long quads = 0;
        boolean switched = violations.isEmpty();
        if (!changes.none() && switched) {
            update.begin(changes.drop());
            try (ProgressBar bar = progressBar(changes.extract().size())) {
                processAll(changes.extract(), worker, bar, done -> {
                    outcomes.add(done.outcome());
                    violations.addAll(done.violations());
                    if (violations.isEmpty()) {
                        update.add(done);
                        CrashPoints.reach("updating");
                    }
                });
            }
            phases.end("extract and replace");
            if (violations.isEmpty()) {
                IncrementalUpdate.Shares shares = update.shares();
                quads += statistics.refresh(update.dataset(), shares.plans(), shares.touched());
                quads += new QuarantineGraph(links.iris()).replace(update.dataset(), outcomes);
                phases.end("statistics");
                LinksGraph.Outcome linked = links.refresh(update.dataset());
                violations.addAll(linked.violations());
                phases.end("links");
            }
            if (violations.isEmpty()) {
                quads += update.commit();
                phases.end("commit and text index");
            } else {
                update.abort();
                switched = false;
            }
        }
        return new RebuildResult(outcomes, quads, violations, switched, System.currentTimeMillis() - started,
                RebuildResult.Mode.INCREMENTAL, changes.unchanged(), changes.removed(), null, phases);
    }

    /**
     * Processes files on worker threads, at most two per thread in flight, and hands them to {@code sink}
     * in corpus order on this thread.
     */
    private void processAll(List<Path> files, Worker worker, ProgressBar bar, ProcessedSink sink)
            throws IOException, InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(options.threads());
        try {
            Deque<Future<Processed>> window = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < options.threads() * 2) {
                    Path file = files.get(next++);
                    window.add(workers.submit(() -> worker.process(file)));
                }
                sink.accept(take(window.poll()));
                if (bar != null) {
                    bar.step();
                }
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private Processed process(Path file, DocumentPipeline pipeline, DocumentMapper mapper, ShapesValidator validator,
            SourceList sources) throws IOException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        // a PDF or Word file carries fonts and images besides its text: it may be larger than a text file
        long limit = DocumentFormat.of(name).converted() ? options.maxFileBytes() * CONVERTED_SIZE_FACTOR
                : options.maxFileBytes();
        if (size > limit) {
            return Processed.skipped(FileOutcome.skipped(name, String.format(
                    "the file is %.1f MB, more than the %.1f MB a plan can be (--max-file-mb)",
                    size / 1e6, limit / 1e6)));
        }
        String stamp = FileStamp.of(file);
        byte[] bytes = Files.readAllBytes(file);
        ExtractedDocument doc;
        DocumentGraph graph = new DocumentGraph();
        try {
            doc = pipeline.process(name, bytes, sources.of(name));
            mapper.map(doc, graph);
        } catch (UnreadableInputException e) {
            return Processed.skipped(FileOutcome.skipped(name, e.getMessage()));
        } catch (RuntimeException e) {
            // A defect must not cost the operator the other documents; it is reported, never hidden.
            return Processed.skipped(FileOutcome.skipped(name, "internal error while reading it: " + e));
        }
        tamper.accept(graph);
        List<String> violations = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (ShapesValidator.Violation v : validator.validate(graph.asGraph())) {
            (v.blocking() ? violations : warnings).add(v.toString());
        }
        if (!violations.isEmpty() && options.onInvalid() == RebuildOptions.OnInvalid.QUARANTINE) {
            // one odd file must not stop the graph: it is left out, and says why
            return Processed.skipped(FileOutcome.quarantined(name, String.join("\n", violations)));
        }
        violations.replaceAll(v -> name + ": " + v);
        int targets = (int) doc.targetCount();
        List<String> problems = new ArrayList<>(warnings);
        if (doc.tasks().isEmpty()) {
            problems.add("no numbered tasks found");
        }
        long damaged = doc.notes().stream().filter(n -> n.kind() == QualityNote.Kind.DAMAGED_CHARACTER).count();
        if (damaged > 0) {
            problems.add(damaged + " damaged spot(s)");
        }
        long unparsed = doc.notes().stream().filter(n -> n.kind() == QualityNote.Kind.UNPARSED_VALUE).count();
        if (unparsed > 0) {
            problems.add(unparsed + " value(s) not understood");
        }
        FileOutcome.Status status = problems.isEmpty() ? FileOutcome.Status.LOADED : FileOutcome.Status.DEGRADED;
        return new Processed(new FileOutcome(name, status, String.join("; ", problems), doc.tasks().size(), targets),
                graph, violations, CodeFingerprint.sha256(bytes), stamp,
                PlanTargets.of(TargetFact.read(graph.asGraph())));
    }

    private static Processed take(Future<Processed> future) throws IOException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(cause);
        }
    }

    private ProgressBar progressBar(int total) {
        if (!options.progress()) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("rebuild").setInitialMax(total).setUnit(" docs", 1)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(err)).build();
    }
}
