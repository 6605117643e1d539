package org.w3id.hpkg.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.w3id.hpkg.library.AnalystCorpus;
import org.w3id.hpkg.store.CurrentDatasetGraph;

/**
 * The store built from {@code data/corpus}, once per test JVM: the one {@link AnalystCorpus} builds, seen
 * as {@code hpkg serve} sees it. Tests that write to it clean up what they wrote.
 */
public final class CorpusStore {

    private CorpusStore() {}

    public static Path dir() {
        return AnalystCorpus.store();
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
