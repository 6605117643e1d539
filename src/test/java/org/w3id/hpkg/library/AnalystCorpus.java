package org.w3id.hpkg.library;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.w3id.hpkg.rebuild.RebuildJob;
import org.w3id.hpkg.rebuild.RebuildOptions;
import org.w3id.hpkg.rebuild.RebuildResult;
import org.w3id.hpkg.store.GraphStore;
import org.w3id.hpkg.store.StoreLayout;

/**
 * The corpus (data/corpus) rebuilt once per test JVM (surefire's, and failsafe's) into a temporary store,
 * shared by every test that reads the seed corpus's graph: the analyst toolkit's, the publishing tests'
 * ({@code publish.CorpusStore} hands out the same store), the CLI's, the rebuild's and the evaluation's.
 * Tests that write to it remove what they wrote. Also the gold annotations (data/gold) read as rows.
 */
public final class AnalystCorpus {

    public static final Path CORPUS = Path.of("data/corpus");
    private static Path store;
    private static RebuildResult result;

    private AnalystCorpus() {}

    /** The store holding the corpus, built on first use. */
    public static synchronized Path store() {
        if (store == null) {
            Path dir = temporary("hpkg-seed-corpus");
            result = rebuild(CORPUS, dir);
            store = dir;
        }
        return store;
    }

    /** What the rebuild of {@link #store()} reported (files, violations, quads). */
    public static synchronized RebuildResult result() {
        store();
        return result;
    }

    public static Dataset dataset() {
        try {
            return GraphStore.openCurrent(store());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static QueryLibrary library() {
        try {
            return QueryLibrary.inFolder(Path.of("queries"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a library query with the given parameters (others at their defaults). */
    public static ResultTable run(String name, Map<String, String> params) {
        return ResultTable.select(dataset(), library().get(name).withParameters(params));
    }

    /** A new temporary folder, deleted when the JVM exits. */
    private static Path temporary(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    StoreLayout.deleteTree(dir);
                } catch (IOException ignored) {
                    // a temporary folder; the OS cleans it up eventually
                }
            }));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rebuilds a corpus into a store; asserts that the new graph was switched to. */
    public static RebuildResult rebuild(Path corpus, Path storeDir) {
        try {
            RebuildResult result = new RebuildJob(RebuildOptions.builder().corpus(corpus).store(storeDir).full(true)
                    .progress(false).threads(2).build(), System.err).run();
            assertTrue(result.switched(), () -> "rebuild of " + corpus + " failed: " + result.violations());
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The rows of a gold file (targets.tsv or tasks.tsv) as column → value maps. */
    public static List<Map<String, String>> gold(String file) {
        try {
            List<String> lines = Files.readAllLines(Path.of("data/gold", file), StandardCharsets.UTF_8);
            String[] header = lines.get(0).split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new java.util.LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < cells.length ? cells[i] : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
