package org.w3id.hpkg.rebuild;

import java.nio.file.Path;
import java.time.Duration;
import org.w3id.hpkg.load.LoadOptions;
import org.w3id.hpkg.rdf.HP;

/**
 * What a rebuild reads and writes; build with {@link #builder()}. A rebuild is incremental unless
 * {@code full} is set: it re-extracts only the files that changed since the current database was built.
 * {@code onInvalid} says what a document whose graph violates the shapes does to the rebuild.
 */
public record RebuildOptions(Path corpus, Path store, String base, boolean strict, boolean progress, int threads,
        long maxFileBytes, boolean full, LoadOptions load, OnInvalid onInvalid) {

    /** What a document whose graph violates the shapes does: left out and listed, or failing the rebuild. */
    public enum OnInvalid {
        /** The document is left out of the graph, reported with its violations and listed in graph/quarantine. */
        QUARANTINE,
        /** The rebuild fails and the store keeps its previous graph. */
        FAIL
    }

    /** Plans run to tens of kilobytes; a file far larger is something else saved as .txt. */
    public static final long DEFAULT_MAX_FILE_BYTES = 10_000_000;

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder with the defaults the CLI documents. */
    public static final class Builder {
        private Path corpus = Path.of("data/corpus");
        private Path store = Path.of("store");
        private String base = HP.DEFAULT_BASE;
        private boolean strict;
        private boolean progress;
        private int threads = Runtime.getRuntime().availableProcessors();
        private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
        private boolean full;
        private LoadOptions load = LoadOptions.defaults();
        private OnInvalid onInvalid = OnInvalid.QUARANTINE;

        public Builder corpus(Path corpus) {
            this.corpus = corpus;
            return this;
        }

        public Builder store(Path store) {
            this.store = store;
            return this;
        }

        public Builder base(String base) {
            this.base = base;
            return this;
        }

        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        public Builder progress(boolean progress) {
            this.progress = progress;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = Math.max(1, threads);
            return this;
        }

        public Builder maxFileBytes(long maxFileBytes) {
            this.maxFileBytes = maxFileBytes;
            return this;
        }

        /** Re-extract every file into a new database even if an incremental update is possible. */
        public Builder full(boolean full) {
            this.full = full;
            return this;
        }

        /** Recognize PDFs without a text layer with Tesseract (--ocr). */
        public Builder ocr(boolean ocr) {
            this.load = load.withOcr(ocr);
            return this;
        }

        /** How long reading one PDF, Word or web-page file may take before it is skipped (--file-seconds). */
        public Builder fileTimeLimit(Duration limit) {
            this.load = load.withTimeLimit(limit);
            return this;
        }

        public Builder onInvalid(OnInvalid onInvalid) {
            this.onInvalid = onInvalid;
            return this;
        }

        public RebuildOptions build() {
            return new RebuildOptions(corpus, store, base, strict, progress, threads, maxFileBytes, full, load,
                    onInvalid);
        }
    }
}
