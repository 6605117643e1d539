package org.w3id.hpkg.bench;

import java.nio.file.Path;

/**
 * What {@code hpkg bench} measures; build with {@link #builder()}.
 *
 * @param docs size of the large corpus
 * @param baselineDocs size of the small corpus whose rebuild time per document is compared with the large
 *     one's (0: none)
 * @param work folder for the corpora, databases and the N-Quads dump
 * @param queries folder of the {@code .rq} queries to time
 * @param queryRuns timed runs per query (after one warm-up run)
 * @param childJvm run the incremental rebuild as a fresh {@code hpkg rebuild} process, start-up included
 * @param keep keep the databases and the dump when done
 * @param queryTimeoutSeconds a query running longer is stopped and reported as timed out
 */
public record BenchOptions(int docs, long seed, int baselineDocs, Path work, Path queries, int threads, int queryRuns,
        boolean childJvm, boolean keep, int queryTimeoutSeconds) {

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder; the defaults are those of {@code hpkg bench}. */
    public static final class Builder {
        private int docs = 10_000;
        private long seed = 1;
        private Integer baselineDocs;
        private Path work = Path.of("bench-work");
        private Path queries = Path.of("queries");
        private int threads = Runtime.getRuntime().availableProcessors();
        private int queryRuns = 20;
        private boolean childJvm = true;
        private boolean keep;
        private int queryTimeoutSeconds = 60;

        public Builder docs(int docs) {
            this.docs = docs;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Default: a tenth of {@code docs}. */
        public Builder baselineDocs(int baselineDocs) {
            this.baselineDocs = baselineDocs;
            return this;
        }

        public Builder work(Path work) {
            this.work = work;
            return this;
        }

        public Builder queries(Path queries) {
            this.queries = queries;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = Math.max(1, threads);
            return this;
        }

        public Builder queryRuns(int queryRuns) {
            this.queryRuns = Math.max(1, queryRuns);
            return this;
        }

        public Builder childJvm(boolean childJvm) {
            this.childJvm = childJvm;
            return this;
        }

        public Builder keep(boolean keep) {
            this.keep = keep;
            return this;
        }

        public Builder queryTimeoutSeconds(int seconds) {
            this.queryTimeoutSeconds = Math.max(1, seconds);
            return this;
        }

        public BenchOptions build() {
            if (docs < 2) {
                throw new IllegalArgumentException("the benchmark needs at least 2 documents");
            }
            int baseline = baselineDocs != null ? baselineDocs : docs / 10;
            if (baseline < 0 || baseline >= docs) {
                throw new IllegalArgumentException("--baseline-docs must be between 0 and --docs");
            }
            return new BenchOptions(docs, seed, baseline, work, queries, threads, queryRuns, childJvm, keep,
                    queryTimeoutSeconds);
        }
    }
}
