package org.w3id.hpkg.rebuild;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.system.Txn;
import org.w3id.hpkg.rdf.TargetStatistics;
import org.w3id.hpkg.rebuild.manifest.ManifestFile;
import org.w3id.hpkg.store.DatabaseBuilder;
import org.w3id.hpkg.store.StoreLayout;
import org.w3id.hpkg.text.TextIndexBuilder;

/**
 * A full rebuild: every corpus file through the stages, each document's graph validated against the
 * shapes and bulk-loaded into a new database with the graphs from the jar, the descriptions of the
 * shared resources (each once), the statistics, the manifest and the links graph, while the text index
 * is built beside it; the store switches to the new database only when all of it loaded and validated.
 * The corpus streams through: what stays in memory for the whole run is listed where it is kept.
 */
final class FullBuild {

    private final RebuildContext context;
    private final StoreLayout layout;
    private final String note;
    /** Every file's outcome, for the result (a name and a few counts per file). */
    private final List<FileOutcome> outcomes;
    private final List<String> violations;
    /** The statistics per indicator and unit: grows with the indicators and the regions, not the plans. */
    private final TargetStatistics targets = new TargetStatistics();
    private final DescribedOnce descriptions = new DescribedOnce();
    private long quads;

    /** {@code note} says why the rebuild is full when an incremental one was asked for (null: none). */
    FullBuild(RebuildContext context, StoreLayout layout, String note) {
        this.context = context;
        this.layout = layout;
        this.note = note;
        this.outcomes = new ArrayList<>(context.selection().refused());
        this.violations = new ArrayList<>(context.sharedViolations());
    }

    RebuildResult run() throws IOException, InterruptedException {
        PhaseTimes phases = context.phases();
        try (DatabaseBuilder builder = DatabaseBuilder.create(layout);
                TextIndexBuilder text = TextIndexBuilder.start(builder.database(), context.options().threads());
                ManifestFile.Writer entries = context.manifest().entryWriter(builder.database())) {
            CrashPoints.reach("created");
            StreamRDF sink = builder.sink();
            loadSharedGraphs(sink, text);
            loadDocuments(sink, text, entries);
            loadStatistics(sink);
            context.manifest().nameEntries(entries.finish(), sink);
            phases.end("extract and load");
            builder.finish();
            phases.end("finish indexes");
            linkIndicators(builder);
            phases.end("links");
            CrashPoints.reach("loaded");
            boolean switched = violations.isEmpty();
            if (switched) {
                text.finish();
                phases.end("text index");
                CrashPoints.reach("switching");
                builder.commit();
                phases.end("switch");
            }
            return new RebuildResult(outcomes, quads, violations, switched, context.elapsed(), RebuildResult.Mode.FULL,
                    0, 0, note, phases);
        }
    }

    /** The ontology and the gazetteer, and the manifest's first statement (bookkeeping, in the default graph). */
    private void loadSharedGraphs(StreamRDF sink, TextIndexBuilder text) {
        quads += context.shared().sendTo(sink);
        context.shared().indexText(text);
        context.manifest().writeHeader(context.fingerprint(), sink);
    }

    /** Each document's graph, the descriptions it is the first to carry, its text and its manifest entry. */
    private void loadDocuments(StreamRDF sink, TextIndexBuilder text, ManifestFile.Writer entries)
            throws IOException, InterruptedException {
        context.extract(context.selection().accepted(), done -> {
            outcomes.add(done.outcome());
            violations.addAll(done.violations());
            if (done.graph() != null) {
                targets.add(done.targets());
                done.graph().sendTo(sink);
                quads += done.graph().quads().size() + descriptions.send(done.graph(), sink);
                text.add(done.graph().name(), done.graph().asGraph());
                entries.add(context.manifest().entry(done.outcome().fileName(), done.sha256(), done.stamp(),
                        done.targets()));
                CrashPoints.reach("loading");
            }
        });
    }

    private void loadStatistics(StreamRDF sink) {
        quads += context.statistics().sendTo(targets, sink);
        quads += new QuarantineGraph(context.iris()).sendTo(outcomes, sink);
    }

    /** The links between the indicators, from the keys the loaded database describes. */
    private void linkIndicators(DatabaseBuilder builder) {
        LinksGraph.Outcome linked = Txn.calculateWrite(builder.dataset(), () -> context.links().refresh(builder.dataset()));
        quads += linked.quads();
        violations.addAll(linked.violations());
    }
}
