package org.w3id.hpkg.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.hpkg.extract.ExtractedDocument;
import org.w3id.hpkg.extract.Gazetteer;
import org.w3id.hpkg.extract.NearSynonyms;
import org.w3id.hpkg.normalize.QualityNote;
import org.w3id.hpkg.normalize.UnreadableInputException;
import org.w3id.hpkg.rdf.DocumentMapper;
import org.w3id.hpkg.rdf.GazetteerMapper;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rdf.LinkMapper;
import org.w3id.hpkg.rdf.OntologySource;
import org.w3id.hpkg.rdf.SdgIndicators;
import org.w3id.hpkg.store.DatabaseBuilder;
import org.w3id.hpkg.store.RebuildLock;
import org.w3id.hpkg.store.ShapesValidator;
import org.w3id.hpkg.store.StoreLayout;
import org.w3id.hpkg.store.TextIndexBuilder;

/**
 * A full rebuild: every corpus file through normalize → parse → extract → rdf, each document's graph
 * validated against the shapes, everything bulk-loaded into a new database that becomes current only
 * when all of it loaded and validated. Documents are processed on worker threads while the main thread
 * feeds the loader in corpus order; a bounded window keeps only a few documents in memory. Last comes the
 * links graph ({@link LinkMapper}), built from the indicator keys of all documents.
 */
public final class RebuildJob {

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

    private record Processed(FileOutcome outcome, DocumentGraph graph, List<String> violations, Set<String> indicatorKeys) {}

    @SuppressWarnings("try") // the lock is held for the whole rebuild and never used otherwise
    public RebuildResult run() throws IOException, InterruptedException {
        long started = System.currentTimeMillis();
        List<Path> files = CorpusFiles.list(options.corpus());
        StoreLayout layout = new StoreLayout(options.store());
        try (RebuildLock lock = RebuildLock.acquire(layout.dir())) {
            CrashPoints.reach("locked");
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
            Set<String> indicatorKeys = new TreeSet<>();
            try (DatabaseBuilder builder = DatabaseBuilder.create(layout);
                    ProgressBar bar = progressBar(files.size())) {
                CrashPoints.reach("created");
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
                        indicatorKeys.addAll(done.indicatorKeys());
                        if (done.graph() != null) {
                            done.graph().sendTo(sink);
                            CrashPoints.reach("loading");
                        }
                        if (bar != null) {
                            bar.step();
                        }
                    }
                } finally {
                    workers.shutdownNow();
                }
                DocumentGraph links = new DocumentGraph();
                new LinkMapper(iris, new NearSynonyms(), new SdgIndicators()).map(indicatorKeys, links);
                violations.addAll(validateLinks(links, indicatorKeys, iris, validator));
                links.sendTo(sink);
                long quads = builder.finish();
                CrashPoints.reach("loaded");
                boolean switched = violations.isEmpty();
                if (switched) {
                    TextIndexBuilder.forDatabase(builder.database()).build();
                    CrashPoints.reach("switching");
                    builder.commit();
                }
                return new RebuildResult(outcomes, quads, violations, switched, System.currentTimeMillis() - started);
            }
        }
    }

    private Processed process(Path file, DocumentPipeline pipeline, DocumentMapper mapper, ShapesValidator validator)
            throws IOException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        if (size > options.maxFileBytes()) {
            return new Processed(FileOutcome.skipped(name, String.format(
                    "the file is %.1f MB, more than the %.1f MB a plan can be (--max-file-mb)",
                    size / 1e6, options.maxFileBytes() / 1e6)), null, List.of(), Set.of());
        }
        ExtractedDocument doc;
        DocumentGraph graph = new DocumentGraph();
        try {
            doc = pipeline.process(name, Files.readAllBytes(file));
            mapper.map(doc, graph);
        } catch (UnreadableInputException e) {
            return new Processed(FileOutcome.skipped(name, e.getMessage()), null, List.of(), Set.of());
        } catch (RuntimeException e) {
            // A defect must not cost the operator the other documents; it is reported, never hidden.
            return new Processed(FileOutcome.skipped(name, "internal error while reading it: " + e), null, List.of(),
                    Set.of());
        }
        tamper.accept(graph);
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
        Set<String> keys = new TreeSet<>();
        doc.tasks().forEach(t -> t.targets().forEach(target -> keys.add(target.indicatorKey())));
        return new Processed(new FileOutcome(name, status, String.join("; ", problems), doc.tasks().size(), targets),
                graph, violations, keys);
    }

    /** The links graph checked against the shapes together with the indicators it links (as documents describe them). */
    private static List<String> validateLinks(DocumentGraph links, Set<String> keys, IriMinter iris,
            ShapesValidator validator) {
        Graph graph = links.asGraph();
        for (String key : keys) {
            Node indicator = iris.indicator(key);
            graph.add(Triple.create(indicator, RDF.Nodes.type, HP.Indicator));
            graph.add(Triple.create(indicator, RDFS.Nodes.label, NodeFactory.createLiteralString(key)));
            graph.add(Triple.create(indicator, HP.indicatorKey, NodeFactory.createLiteralString(key)));
        }
        List<String> violations = new ArrayList<>();
        for (ShapesValidator.Violation v : validator.validate(graph)) {
            violations.add(RebuildResult.describe("graph/links", v));
        }
        return violations;
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
