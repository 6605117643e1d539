package org.w3id.hpkg.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.system.Txn;
import org.w3id.hpkg.extract.ExtractedDocument;
import org.w3id.hpkg.extract.Gazetteer;
import org.w3id.hpkg.normalize.QualityNote;
import org.w3id.hpkg.normalize.UnreadableInputException;
import org.w3id.hpkg.rdf.DocumentMapper;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.store.DatabaseBuilder;
import org.w3id.hpkg.store.RebuildLock;
import org.w3id.hpkg.store.ShapesValidator;
import org.w3id.hpkg.store.StoreLayout;
import org.w3id.hpkg.store.UnionDefaultGraph;

/**
 * A rebuild. Full: every corpus file through normalize → parse → extract → rdf, each document's graph
 * validated against the shapes, everything bulk-loaded into a new database that becomes current only
 * when all of it loaded and validated. Incremental (the default when the current database has a manifest
 * from the same code): only added and changed files are extracted, and {@link IncrementalUpdate} replaces
 * their graphs in the current database in one transaction. Either way, documents are processed on worker
 * threads while the main thread writes them in corpus order; a bounded window keeps only a few documents
 * in memory, so the corpus is streamed.
 */
public final class RebuildJob {

    private final RebuildOptions options;
    private final PrintStream err;

    public RebuildJob(RebuildOptions options, PrintStream err) {
        this.options = options;
        this.err = err;
    }

    /** One file done by a worker: its outcome, graph (null if skipped), violations and content hash. */
    record Processed(FileOutcome outcome, DocumentGraph graph, List<String> violations, String sha256) {}

    /** Receives processed files in corpus order, on the thread that called {@link #processAll}. */
    private interface ProcessedSink {
        void accept(Processed done) throws IOException;
    }

    public RebuildResult run() throws IOException, InterruptedException {
        long started = System.currentTimeMillis();
        List<Path> files = CorpusFiles.list(options.corpus());
        StoreLayout layout = new StoreLayout(options.store());
        try (RebuildLock lock = RebuildLock.acquire(layout.dir())) {
            layout.removeStale();
            Gazetteer gazetteer = new Gazetteer();
            IriMinter iris = new IriMinter(options.base());
            DocumentPipeline pipeline = new DocumentPipeline(gazetteer);
            DocumentMapper mapper = new DocumentMapper(iris);
            SharedGraphs shared = new SharedGraphs(gazetteer, iris);
            ShapesValidator validator = shared.validator();
            List<String> sharedViolations = new ArrayList<>();
            for (ShapesValidator.Violation v : validator.validateShared()) {
                sharedViolations.add(RebuildResult.describe("ontology/gazetteer", v));
            }
            BuildManifest manifest = new BuildManifest(iris);
            String fingerprint = CodeFingerprint.current();
            Worker worker = file -> process(file, pipeline, mapper, validator);
            String note = null;
            if (!options.full()) {
                IncrementalUpdate.Opening opening = IncrementalUpdate.open(layout, manifest, fingerprint);
                if (opening.update() != null) {
                    try (IncrementalUpdate update = opening.update()) {
                        IncrementalUpdate.Changes changes = update.changes(files);
                        if (IncrementalUpdate.worthIt(changes, files.size())) {
                            return incremental(update, changes, worker, iris, sharedViolations, started);
                        }
                        note = String.format("%d of %d files changed, added or removed: a full rebuild is faster",
                                changes.total(), files.size());
                    }
                } else {
                    note = opening.reason();
                }
            }
            return full(files, layout, worker, shared, manifest, fingerprint, iris, sharedViolations, started, note);
        }
    }

    private RebuildResult full(List<Path> files, StoreLayout layout, Worker worker, SharedGraphs shared,
            BuildManifest manifest, String fingerprint, IriMinter iris, List<String> sharedViolations, long started,
            String note) throws IOException, InterruptedException {
        List<FileOutcome> outcomes = new ArrayList<>();
        List<String> violations = new ArrayList<>(sharedViolations);
        try (DatabaseBuilder builder = DatabaseBuilder.create(layout);
                ProgressBar bar = progressBar(files.size())) {
            String documents = iris.document("").getURI();
            StreamRDF sink = UnionDefaultGraph.tee(builder.sink(),
                    subject -> !subject.isURI() || !subject.getURI().startsWith(documents));
            shared.sendTo(sink);
            manifest.writeHeader(fingerprint, sink);
            processAll(files, worker, bar, done -> {
                outcomes.add(done.outcome());
                violations.addAll(done.violations());
                if (done.graph() != null) {
                    done.graph().sendTo(sink);
                    manifest.writeEntry(done.outcome().fileName(), done.sha256(), sink);
                }
            });
            long quads = builder.finish();
            if (!options.corpusGraphs().isEmpty()) {
                quads += Txn.calculateWrite(builder.dataset(),
                        () -> CorpusGraphs.refresh(builder.dataset(), options.corpusGraphs(), iris));
            }
            boolean switched = violations.isEmpty();
            if (switched) {
                UnionDefaultGraph.markStored(builder.database());
                builder.commit();
            }
            return new RebuildResult(outcomes, quads, violations, switched, System.currentTimeMillis() - started,
                    RebuildResult.Mode.FULL, 0, 0, note);
        }
    }

    private RebuildResult incremental(IncrementalUpdate update, IncrementalUpdate.Changes changes, Worker worker,
            IriMinter iris, List<String> sharedViolations, long started)
            throws IOException, InterruptedException {
        List<FileOutcome> outcomes = new ArrayList<>();
        List<String> violations = new ArrayList<>(sharedViolations);
        long quads = 0;
        boolean switched = false;
        if (!changes.none()) {
            update.begin(changes.drop());
            try (ProgressBar bar = progressBar(changes.extract().size())) {
                processAll(changes.extract(), worker, bar, done -> {
                    outcomes.add(done.outcome());
                    violations.addAll(done.violations());
                    if (violations.isEmpty()) {
                        update.add(done);
                    }
                });
            }
            if (violations.isEmpty()) {
                quads = update.commit(options.corpusGraphs(), iris);
                switched = true;
            } else {
                update.abort();
            }
        } else {
            switched = violations.isEmpty();
        }
        return new RebuildResult(outcomes, quads, violations, switched, System.currentTimeMillis() - started,
                RebuildResult.Mode.INCREMENTAL, changes.unchanged(), changes.removed(), null);
    }

    /** Runs a file through the stages; called on a worker thread. */
    private interface Worker {
        Processed process(Path file) throws IOException;
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

    private Processed process(Path file, DocumentPipeline pipeline, DocumentMapper mapper, ShapesValidator validator)
            throws IOException {
        String name = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        ExtractedDocument doc;
        try {
            doc = pipeline.process(name, bytes);
        } catch (UnreadableInputException e) {
            return new Processed(FileOutcome.skipped(name, e.getMessage()), null, List.of(), null);
        }
        DocumentGraph graph = new DocumentGraph();
        mapper.map(doc, graph);
        List<String> violations = new ArrayList<>();
        for (ShapesValidator.Violation v : validator.validate(graph.asGraph())) {
            violations.add(RebuildResult.describe(name, v));
        }
        int targets = doc.tasks().stream().mapToInt(t -> t.targets().size()).sum();
        List<String> problems = new ArrayList<>();
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
                graph, violations, CodeFingerprint.sha256(bytes));
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
