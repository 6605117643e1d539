package org.w3id.hpkg.rebuild;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An incremental rebuild: the files added or changed since the current database was built go through the
 * stages, and {@link IncrementalUpdate} replaces their graphs, drops those of removed files, and brings
 * the shared resources' descriptions, the statistics and the links up to date, in one write transaction
 * that is committed only when every new graph is valid.
 */
final class IncrementalBuild {

    private final RebuildContext context;
    private final IncrementalUpdate update;
    private final IncrementalUpdate.Changes changes;
    private final List<FileOutcome> outcomes;
    private final List<String> violations;
    private long quads;

    IncrementalBuild(RebuildContext context, IncrementalUpdate update, IncrementalUpdate.Changes changes) {
        this.context = context;
        this.update = update;
        this.changes = changes;
        this.outcomes = new ArrayList<>(context.selection().refused());
        this.violations = new ArrayList<>(context.sharedViolations());
    }

    RebuildResult run() throws IOException, InterruptedException {
        PhaseTimes phases = context.phases();
        boolean switched = violations.isEmpty();
        if (!changes.none() && switched) {
            update.begin(changes.drop());
            replaceDocuments();
            phases.end("extract and replace");
            if (violations.isEmpty()) {
                update.pruneDescriptions();
                refreshStatistics();
                phases.end("statistics");
                refreshLinks();
                phases.end("links");
            }
            switched = violations.isEmpty();
            if (switched) {
                quads += update.commit();
                phases.end("commit and text index");
            } else {
                update.abort();
            }
        }
        return new RebuildResult(outcomes, quads, violations, switched, context.elapsed(),
                RebuildResult.Mode.INCREMENTAL, changes.unchanged(), changes.removed(), null, phases);
    }

    /** The added and changed files through the stages, each graph replaced as it comes unless one was invalid. */
    private void replaceDocuments() throws IOException, InterruptedException {
        context.extract(changes.extract(), done -> {
            outcomes.add(done.outcome());
            violations.addAll(done.violations());
            if (violations.isEmpty()) {
                update.add(done);
                CrashPoints.reach("updating");
            }
        });
    }

    private void refreshStatistics() {
        quads += context.statistics().refresh(update.dataset(), update.shares());
        quads += new QuarantineGraph(context.iris()).replace(update.dataset(), outcomes);
    }

    private void refreshLinks() {
        LinksGraph.Outcome linked = context.links().refresh(update.dataset());
        violations.addAll(linked.violations());
    }
}
