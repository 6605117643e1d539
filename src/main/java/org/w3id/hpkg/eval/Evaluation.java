package org.w3id.hpkg.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.w3id.hpkg.rebuild.FileOutcome;
import org.w3id.hpkg.rebuild.RebuildJob;
import org.w3id.hpkg.rebuild.RebuildOptions;
import org.w3id.hpkg.rebuild.RebuildResult;
import org.w3id.hpkg.store.GraphStore;
import org.w3id.hpkg.store.StoreLayout;

/**
 * Scores the graph against gold: reads the gold, rebuilds the corpus into a temporary store (or opens
 * the current store), reads tasks and targets back with SPARQL ({@link GraphReader}) and scores them
 * ({@link Scorer}). The temporary store is deleted afterwards.
 */
public final class Evaluation {

    private final EvalOptions options;
    private final PrintStream err;

    public Evaluation(EvalOptions options, PrintStream err) {
        this.options = options;
        this.err = err;
    }

    /** The report; {@link IOException} when gold, corpus or store cannot be read or the graph is invalid. */
    public EvalReport run() throws IOException, InterruptedException {
        Annotations gold = new GoldReader().read(options.gold());
        Annotations predicted = options.useCurrentStore() ? readCurrent(options.store()) : rebuildAndRead();
        return new Scorer().score(gold, predicted);
    }

    /** How the report should name what was scored. */
    public String graphSource() {
        return options.useCurrentStore() ? "current graph of " + options.store()
                : "graph rebuilt from " + options.corpus();
    }

    private Annotations rebuildAndRead() throws IOException, InterruptedException {
        Path temp = Files.createTempDirectory("hpkg-eval-");
        try {
            RebuildOptions rebuild = RebuildOptions.builder().corpus(options.corpus()).store(temp)
                    .base(options.base()).threads(options.threads()).progress(false).build();
            RebuildResult result = new RebuildJob(rebuild, err).run();
            if (!result.switched()) {
                throw new IOException("the graph rebuilt from " + options.corpus() + " violates the shapes: "
                        + String.join("; ", result.violations()));
            }
            for (FileOutcome f : result.files()) {
                if (f.status() == FileOutcome.Status.SKIPPED) {
                    err.println("hpkg eval: skipped " + f.fileName() + ": " + f.detail());
                }
            }
            return readCurrent(temp);
        } finally {
            StoreLayout.deleteTree(temp);
        }
    }

    private static Annotations readCurrent(Path store) throws IOException {
        Dataset dataset = GraphStore.openCurrent(store);
        try {
            return new GraphReader(dataset).read();
        } finally {
            GraphStore.close(dataset);
        }
    }
}
