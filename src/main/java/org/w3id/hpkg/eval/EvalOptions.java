package org.w3id.hpkg.eval;

import java.nio.file.Path;
import org.w3id.hpkg.rdf.HP;

/**
 * What an evaluation scores: gold from {@code gold}, against either a graph rebuilt from {@code corpus}
 * into a temporary store (the default) or the current graph of {@code store}. Build with {@link #builder()}.
 */
public record EvalOptions(Path gold, Path corpus, Path store, boolean useCurrentStore, String base, int threads) {

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder with the defaults the CLI documents. */
    public static final class Builder {
        private Path gold = Path.of("data/gold");
        private Path corpus = Path.of("data/corpus");
        private Path store = Path.of("store");
        private boolean useCurrentStore;
        private String base = HP.DEFAULT_BASE;
        private int threads = Runtime.getRuntime().availableProcessors();

        public Builder gold(Path gold) {
            this.gold = gold;
            return this;
        }

        public Builder corpus(Path corpus) {
            this.corpus = corpus;
            return this;
        }

        public Builder store(Path store) {
            this.store = store;
            return this;
        }

        /** Score the current graph of the store instead of rebuilding the corpus. */
        public Builder useCurrentStore(boolean useCurrentStore) {
            this.useCurrentStore = useCurrentStore;
            return this;
        }

        public Builder base(String base) {
            this.base = base;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = Math.max(1, threads);
            return this;
        }

        public EvalOptions build() {
            return new EvalOptions(gold, corpus, store, useCurrentStore, base, threads);
        }
    }
}
