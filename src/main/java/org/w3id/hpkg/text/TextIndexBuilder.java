package org.w3id.hpkg.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.io.FileUtils;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Builds the Lucene text index of a database being loaded, inside the database's own folder
 * ({@code db-N/text-index}), so that the index is switched together with the graph it was built from.
 * Graphs are indexed as they are handed to the loader, while the store writes: the bulk load leaves a
 * core partly idle, and smartcn segmentation (the costly part) fills it, where indexing after the load
 * added a fifth to a rebuild. It is written into {@code text-index.tmp} and renamed into place only by
 * {@link #finish}; the database is switched to after that, so no query ever reads a stale or half-built
 * index.
 */
public final class TextIndexBuilder implements AutoCloseable {

    private final Path target;
    private final Path tmp;
    private final Directory dir;
    private final TextIndex index;
    private final ExecutorService workers;
    private final Semaphore inFlight;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private long count;
    private boolean finished;
    private volatile boolean abandoned;

    private TextIndexBuilder(Path db, int threads) throws IOException {
        this.target = TextIndexes.folder(db);
        this.tmp = target.resolveSibling(target.getFileName() + ".tmp");
        FileUtils.deleteDirectory(tmp.toFile());
        FileUtils.deleteDirectory(target.toFile());
        Files.createDirectories(tmp);
        this.dir = FSDirectory.open(tmp);
        this.index = TextIndexes.create(dir);
        this.workers = Executors.newFixedThreadPool(threads);
        this.inFlight = new Semaphore(threads * 256); // bounded: the corpus is never all in memory
    }

    /**
     * Starts the index of the database in folder {@code db} (being loaded, not yet current), analysing
     * text on {@code threads} threads.
     */
    public static TextIndexBuilder start(Path db, int threads) throws IOException {
        return new TextIndexBuilder(db, threads);
    }

    /**
     * Indexes the statements of one graph the database receives (a document's, or a shared one) that
     * {@link TextIndexes#indexed(Graph, Triple)} selects; the analysis runs on the builder's threads.
     */
    public void add(Node graphName, Graph graph) {
        for (Node property : TextIndexes.PROPERTIES) {
            graph.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> {
                if (TextIndexes.indexed(graph, t)) {
                    submit(TextQueryFuncs.entityFromQuad(index.getDocDef(), Quad.create(graphName, t)));
                }
            });
        }
        rethrow();
    }

    private void submit(Entity entity) {
        if (entity == null) {
            return;
        }
        inFlight.acquireUninterruptibly();
        workers.execute(() -> {
            try {
                if (!abandoned) {
                    index.addEntity(entity);
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                inFlight.release();
            }
        });
        count++;
    }

    /** Waits for the analysis, commits the index and moves it into place; returns how many texts it holds. */
    public long finish() throws IOException {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IllegalStateException("the text index was not built within an hour");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the text index", e);
        }
        rethrow();
        index.commit();
        index.close();
        dir.close();
        finished = true;
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        return count;
    }

    private void rethrow() {
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Abandons an index that was not finished: its analysis is stopped and its folder deleted. */
    @Override
    public void close() throws IOException {
        if (finished) {
            return;
        }
        // not shutdownNow: an interrupted Lucene write closes its files under the index; queued texts are skipped
        abandoned = true;
        workers.shutdown();
        try {
            workers.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            index.close();
            dir.close();
        } finally {
            FileUtils.deleteDirectory(tmp.toFile());
        }
    }
}
