package org.w3id.hpkg.rebuild;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.load.ConversionCache;
import org.w3id.hpkg.load.SourceList;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rebuild.manifest.BuildManifest;
import org.w3id.hpkg.rebuild.manifest.CodeFingerprint;
import org.w3id.hpkg.validate.ShapesValidator;

/**
 * What a full or an incremental build (or an extraction) works with, made once per run: the options, the
 * corpus as selected, the IRIs, the graphs from the jar and the shapes, the worker that turns a file into
 * a validated graph, the links and statistics graphs, the manifest and the code's fingerprint, and the
 * clock of the run's phases.
 */
final class RebuildContext {

    private final RebuildOptions options;
    private final PrintStream err;
    private final long started;
    private final PhaseTimes phases;
    private final IriMinter iris;
    private final CorpusSelection selection;
    private final SharedGraphs shared;
    private final List<String> sharedViolations;
    private final DocumentWorker worker;
    private final LinksGraph links;
    private final StatisticsGraph statistics;
    private final BuildManifest manifest;
    private final String fingerprint;

    private RebuildContext(RebuildOptions options, PrintStream err, List<Path> corpus, Path conversions,
            Consumer<DocumentGraph> tamper, long started, PhaseTimes phases) throws IOException {
        this.options = options;
        this.err = err;
        this.started = started;
        this.phases = phases;
        Gazetteer gazetteer = new Gazetteer();
        this.iris = new IriMinter(options.base());
        this.selection = CorpusSelection.of(corpus, iris);
        DocumentPipeline pipeline = new DocumentPipeline(gazetteer, options.load(),
                conversions == null ? null : new ConversionCache(conversions));
        SourceList sources = SourceList.read(options.corpus());
        CompletableFuture.runAsync(pipeline::warmUp); // a failure shows again on the first document
        phases.end("load tables");
        this.shared = new SharedGraphs(gazetteer, iris);
        ShapesValidator validator = shared.validator();
        this.sharedViolations = new ArrayList<>();
        for (ShapesValidator.Violation v : validator.validateShared()) {
            if (v.blocking()) {
                sharedViolations.add(RebuildResult.describe("ontology/gazetteer", v));
            }
        }
        this.worker = new DocumentWorker(pipeline, iris, validator, options, sources, tamper);
        this.links = new LinksGraph(iris, validator);
        this.statistics = new StatisticsGraph(iris);
        phases.end("shapes");
        this.manifest = new BuildManifest(iris);
        this.fingerprint = CodeFingerprint.current();
        phases.end("fingerprint");
    }

    /**
     * Loads the tables and shapes for a run over {@code corpus} (the files listed, in corpus order) that
     * began at {@code started} (epoch milliseconds) and times its phases in {@code phases}; PDF, Word and
     * web-page conversions are kept in {@code conversions} (null: converted every time).
     */
    static RebuildContext prepare(RebuildOptions options, PrintStream err, List<Path> corpus, Path conversions,
            Consumer<DocumentGraph> tamper, long started, PhaseTimes phases) throws IOException {
        return new RebuildContext(options, err, corpus, conversions, tamper, started, phases);
    }

    RebuildOptions options() {
        return options;
    }

    PhaseTimes phases() {
        return phases;
    }

    IriMinter iris() {
        return iris;
    }

    CorpusSelection selection() {
        return selection;
    }

    SharedGraphs shared() {
        return shared;
    }

    /** Violations of the shapes by the ontology and gazetteer themselves (none unless the jar is broken). */
    List<String> sharedViolations() {
        return sharedViolations;
    }

    LinksGraph links() {
        return links;
    }

    StatisticsGraph statistics() {
        return statistics;
    }

    BuildManifest manifest() {
        return manifest;
    }

    String fingerprint() {
        return fingerprint;
    }

    /** Milliseconds since the run began. */
    long elapsed() {
        return System.currentTimeMillis() - started;
    }

    /**
     * Every file of {@code files} through the stages, on the option's threads, handed to {@code sink} in
     * corpus order, with a progress bar when asked for.
     */
    void extract(List<Path> files, OrderedExtraction.Sink sink) throws IOException, InterruptedException {
        try (ProgressBar bar = progressBar(files.size())) {
            OrderedExtraction.run(files, options.threads(), worker, bar, sink);
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
