package org.w3id.hpkg.rebuild;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ProgressBar;

/**
 * Files through a {@link DocumentWorker} on worker threads, handed on in corpus order on the calling
 * thread. At most two files per thread are in flight, so only a few documents are ever in memory
 * however large the corpus: it is streamed.
 */
final class OrderedExtraction {

    /** Receives processed files in corpus order, on the thread that called {@link #run}. */
    interface Sink {
        void accept(ProcessedFile done) throws IOException;
    }

    private OrderedExtraction() {}

    /** Processes {@code files} on {@code threads} threads; {@code bar} (may be null) steps once per file. */
    static void run(List<Path> files, int threads, DocumentWorker worker, ProgressBar bar, Sink sink)
            throws IOException, InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            Deque<Future<ProcessedFile>> window = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < threads * 2) {
                    Path file = files.get(next++);
                    window.add(workers.submit(() -> worker.process(file)));
                }
                sink.accept(take(window.poll()));
                if (bar != null) {
                    bar.step();
                }
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private static ProcessedFile take(Future<ProcessedFile> future) throws IOException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(cause);
        }
    }
}
