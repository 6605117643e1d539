package org.w3id.hpkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Builds the Lucene text index of a freshly loaded database, inside the database's own folder
 * ({@code db-N/text-index}), so that the index is switched together with the graph it was built from.
 * It is written into {@code text-index.tmp} and renamed into place only when complete; the database is
 * switched to after that, so no query ever reads a stale or half-built index.
 */
public final class TextIndexBuilder {

    private final Path db;

    private TextIndexBuilder(Path db) {
        this.db = db;
    }

    /** For the database in folder {@code db} (loaded, not yet current). */
    public static TextIndexBuilder forDatabase(Path db) {
        return new TextIndexBuilder(db);
    }

    /** Indexes every literal of the indexed properties; returns how many were indexed. */
    public long build() throws IOException {
        Path target = TextIndexes.folder(db);
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        StoreLayout.deleteTree(tmp);
        StoreLayout.deleteTree(target);
        Files.createDirectories(tmp);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        long count;
        try (Directory dir = FSDirectory.open(tmp)) {
            TextIndex index = TextIndexes.create(dir);
            try {
                count = Txn.calculateRead(dsg, () -> index(dsg, index));
                index.commit();
            } finally {
                index.close();
            }
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        return count;
    }

    /**
     * Reads the indexed statements in this thread and analyses them (smartcn segmentation, the costly
     * part) on every core: Lucene's IndexWriter takes documents from several threads.
     */
    private static long index(DatasetGraph dsg, TextIndex index) {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(threads * 256); // bounded: the corpus is never all in memory
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        long count = 0;
        try {
            for (Node property : TextIndexes.PROPERTIES) {
                Iterator<Quad> quads = dsg.findNG(Node.ANY, Node.ANY, property, Node.ANY); // not the stored union too
                while (quads.hasNext()) {
                    Quad q = quads.next();
                    Entity entity = TextIndexes.indexed(dsg, q)
                            ? TextQueryFuncs.entityFromQuad(index.getDocDef(), q) : null;
                    if (entity == null) {
                        continue;
                    }
                    inFlight.acquireUninterruptibly();
                    workers.execute(() -> {
                        try {
                            index.addEntity(entity);
                        } catch (RuntimeException e) {
                            failure.compareAndSet(null, e);
                        } finally {
                            inFlight.release();
                        }
                    });
                    count++;
                }
            }
        } finally {
            workers.shutdown();
        }
        try {
            if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IllegalStateException("the text index was not built within an hour");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the text index", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return count;
    }
}
