package org.w3id.hpkg.publish;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.w3id.hpkg.rebuild.RebuildJob;
import org.w3id.hpkg.rebuild.RebuildOptions;
import org.w3id.hpkg.rebuild.RebuildResult;
import org.w3id.hpkg.store.CurrentDatasetGraph;
import org.w3id.hpkg.store.StoreLayout;

/**
 * The store built from {@code data/corpus}, once per test JVM and shared by the publishing tests (a rebuild
 * takes longer than all of their HTTP checks together). Tests that write to it clean up what they wrote.
 */
public final class CorpusStore {

    private static Path dir;
    private static RebuildResult result;

    private CorpusStore() {}

    public static synchronized Path dir() {
        if (dir == null) {
            try {
                Path tmp = Files.createTempDirectory("hpkg-publish-store");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        StoreLayout.deleteTree(tmp);
                    } catch (IOException ignored) {
                        // temp space; the OS cleans up
                    }
                }));
                RebuildOptions options = RebuildOptions.builder().corpus(Path.of("data/corpus")).store(tmp)
                        .progress(false).threads(2).build();
                result = new RebuildJob(options, new PrintStream(PrintStream.nullOutputStream())).run();
                if (!result.switched()) {
                    throw new IllegalStateException("the corpus did not rebuild: " + result.violations());
                }
                dir = tmp;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return dir;
    }

    public static Dataset dataset() {
        try {
            // As 'hpkg serve' does: the dataset follows the store's switches.
            return DatasetFactory.wrap(CurrentDatasetGraph.open(dir()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
