package org.w3id.hpkg.rebuild;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.w3id.hpkg.store.RebuildLock;
import org.w3id.hpkg.store.StoreLayout;

/**
 * A rebuild of the store from a corpus folder: incremental ({@link IncrementalBuild}) when the current
 * database was built by the same code and only part of the corpus changed, else full ({@link FullBuild})
 * into a new database that becomes current only when all of it loaded and validated. Either way,
 * documents are processed on worker threads and handed on in corpus order ({@link OrderedExtraction}).
 */
public final class RebuildJob {

    /** The store's folder of conversions (PDF, Word, web pages), kept across rebuilds by content hash. */
    static final String CONVERSIONS = "conversions";
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

    @SuppressWarnings("try") // the lock is held for the whole rebuild and never used otherwise
    public RebuildResult run() throws IOException, InterruptedException {
        long started = System.currentTimeMillis();
        PhaseTimes phases = new PhaseTimes();
        List<Path> listed = CorpusFiles.list(options.corpus());
        StoreLayout layout = new StoreLayout(options.store());
        try (RebuildLock lock = RebuildLock.acquire(layout.dir())) {
            CrashPoints.reach("locked");
            layout.removeStale();
            RebuildContext context = RebuildContext.prepare(options, err, listed,
                    layout.dir().resolve(CONVERSIONS), tamper, started, phases);
            String note = null;
            if (!options.full()) {
                IncrementalUpdate.Opening opening = IncrementalUpdate.open(layout, context.manifest(),
                        context.fingerprint(), context.iris());
                if (opening.update() != null) {
                    try (IncrementalUpdate update = opening.update()) {
                        List<Path> files = context.selection().accepted();
                        IncrementalUpdate.Changes changes = update.changes(files);
                        context.phases().end("compare");
                        if (IncrementalUpdate.worthIt(changes, files.size())) {
                            return new IncrementalBuild(context, update, changes).run();
                        }
                        note = String.format("%d of %d files changed, added or removed: a full rebuild is faster",
                                changes.total(), files.size());
                    }
                } else {
                    note = opening.reason();
                }
                context.phases().end("compare"); // only when the corpus was compared with a database
            }
            return new FullBuild(context, layout, note).run();
        }
    }
}
