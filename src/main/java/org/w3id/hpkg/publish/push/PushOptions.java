package org.w3id.hpkg.publish.push;

import java.time.Duration;

/**
 * Where and how {@code hpkg push} sends the graph; build with {@link #builder()}.
 *
 * @param endpoint         an RDF4J server URL (with {@code repository}) or a SPARQL 1.1 Update endpoint
 * @param repository       RDF4J / GraphDB repository id, or null for a plain SPARQL Update endpoint
 * @param user             user for HTTP basic auth, or null
 * @param password         its password, or null
 * @param graphPerDocument each graph of the store replaces the partner's graph of the same name; otherwise
 *                         the union of all of them replaces {@code targetGraph}
 * @param targetGraph      the partner's graph that receives the union (when not per document)
 * @param batchSize        statements per request
 * @param attempts         tries per request before giving up on a transient failure
 * @param backoff          wait before the first retry, doubled for each further one
 */
public record PushOptions(String endpoint, String repository, String user, String password, boolean graphPerDocument,
        String targetGraph, int batchSize, int attempts, Duration backoff) {

    public static final int DEFAULT_BATCH = 5000;
    public static final int DEFAULT_ATTEMPTS = 4;

    public PushOptions {
        if (endpoint == null || !(endpoint.startsWith("http://") || endpoint.startsWith("https://"))) {
            throw new IllegalArgumentException("--endpoint must be an http(s) URL, not '" + endpoint + "'");
        }
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException("--user and --password-file go together");
        }
        if (!graphPerDocument && targetGraph == null) {
            throw new IllegalArgumentException("name the target graph, or push --graph-per-document");
        }
        if (batchSize < 1 || attempts < 1) {
            throw new IllegalArgumentException("batch size and attempts must be positive");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder with the defaults the CLI documents. */
    public static final class Builder {
        private String endpoint;
        private String repository;
        private String user;
        private String password;
        private boolean graphPerDocument;
        private String targetGraph;
        private int batchSize = DEFAULT_BATCH;
        private int attempts = DEFAULT_ATTEMPTS;
        private Duration backoff = Duration.ofMillis(500);

        public Builder endpoint(String endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        public Builder repository(String repository) {
            this.repository = repository;
            return this;
        }

        public Builder credentials(String user, String password) {
            this.user = user;
            this.password = password;
            return this;
        }

        public Builder graphPerDocument(boolean graphPerDocument) {
            this.graphPerDocument = graphPerDocument;
            return this;
        }

        public Builder targetGraph(String targetGraph) {
            this.targetGraph = targetGraph;
            return this;
        }

        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        public Builder attempts(int attempts) {
            this.attempts = attempts;
            return this;
        }

        public Builder backoff(Duration backoff) {
            this.backoff = backoff;
            return this;
        }

        public PushOptions build() {
            return new PushOptions(endpoint, repository, user, password, graphPerDocument, targetGraph, batchSize,
                    attempts, backoff);
        }
    }
}
