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
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.w3id.hpkg.extract.ExtractedDocument;
import org.w3id.hpkg.extract.Gazetteer;
import org.w3id.hpkg.normalize.QualityNote;
import org.w3id.hpkg.normalize.UnreadableInputException;
import org.w3id.hpkg.rdf.DocumentMapper;
import org.w3id.hpkg.rdf.GazetteerMapper;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rdf.OntologySource;
import org.w3id.hpkg.store.DatabaseBuilder;
import org.w3id.hpkg.store.RebuildLock;
import org.w3id.hpkg.store.ShapesValidator;
import org.w3id.hpkg.store.StoreLayout;
import org.w3id.hpkg.store.TextIndexBuilder;

/**
 * A full rebuild: every corpus file through normalize → parse → extract → rdf, each document's graph
 * validated against the shapes, everything bulk-loaded into a new database that becomes current only
 * when all of it loaded and validated. Documents are processed on worker threads while the main thread
 * feeds the loader in corpus order; a bounded window keeps only a few documents in memory.
 */
public final class RebuildJob {

    private final RebuildOptions options;
    private final PrintStream err;

    public RebuildJob(RebuildOptions options, PrintStream err) {
        this.options = options;
        this.err = err;
    }

    private record Processed(FileOutcome outcome, DocumentGraph graph, List<String> violations) {}

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
            Graph ontology = OntologySource.ontology();
            DocumentGraph gazetteerGraph = new DocumentGraph();
            new GazetteerMapper(iris).map(gazetteer, gazetteerGraph);
            ShapesValidator validator = new ShapesValidator(List.of(ontology, gazetteerGraph.asGraph()));

            List<FileOutcome> outcomes = new ArrayList<>();
            List<String> violations = new ArrayList<>();
            try (DatabaseBuilder builder = DatabaseBuilder.create(layout);
                    ProgressBar bar = progressBar(files.size())) {
                StreamRDF sink = builder.sink();
                Node ontologyGraph = OntologySource.graphName();
                ontology.find().forEach(t -> sink.quad(Quad.create(ontologyGraph, t)));
                gazetteerGraph.sendTo(sink);
                ExecutorService workers = Executors.newFixedThreadPool(options.threads());
                try {
                    Deque<Future<Processed>> window = new ArrayDeque<>();
                    int next = 0;
                    while (next < files.size() || !window.isEmpty()) {
                        while (next < files.size() && window.size() < options.threads() * 2) {
                            Path file = files.get(next++);
                            window.add(workers.submit(() -> process(file, pipeline, mapper, validator)));
                        }
                        Processed done = take(window.poll());
                        outcomes.add(done.outcome());
                        violations.addAll(done.violations());
                        if (done.graph() != null) {
                            done.graph().sendTo(sink);
                        }
                        if (bar != null) {
                            bar.step();
                        }
                    }
                } finally {
                    workers.shutdownNow();
                }
                long quads = builder.finish();
                boolean switched = violations.isEmpty();
                if (switched) {
                    TextIndexBuilder.forDatabase(builder.database()).build();
                    builder.commit();
                }
                return new RebuildResult(outcomes, quads, violations, switched, System.currentTimeMillis() - started);
            }
        }
    }

    private Processed process(Path file, DocumentPipeline pipeline, DocumentMapper mapper, ShapesValidator validator)
            throws IOException {
        String name = file.getFileName().toString();
        ExtractedDocument doc;
        try {
            doc = pipeline.process(name, Files.readAllBytes(file));
        } catch (UnreadableInputException e) {
            return new Processed(FileOutcome.skipped(name, e.getMessage()), null, List.of());
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
                graph, violations);
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
