package org.w3id.hpkg.publish;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.PublicRoot;

/**
 * How {@code hpkg serve} runs; build with {@link #builder()}.
 *
 * @param host          interface to bind (loopback by default)
 * @param port          HTTP port; 0 picks a free one
 * @param base          base of the instance IRIs the store was built with; {@code /id/x} serves {@code <base>x}
 * @param publicRoot    URL under which the server is reached from outside (endpoint, dumps and context are
 *                      announced under it); null: derived from a non-default base, else {@code http://host:port/}
 * @param allowUpdate   whether SPARQL Update and Graph Store writes are reachable (needs a password file)
 * @param passwordFile  Jetty realm file ({@code user: password}) for HTTP basic auth on the write endpoints
 * @param queryTimeout  longest a query may run before it is stopped
 * @param maxResults    most rows (or triples) one query returns; a larger or missing LIMIT is lowered to it
 * @param maxConcurrentQueries queries evaluated at once; more wait briefly, then get 503
 * @param maxRequestBytes largest request body accepted (413 beyond)
 * @param queueWait     how long a query waits for a free slot before the client gets 503
 * @param incomingPageSize most incoming links one page of a resource's description lists
 * @param trustedOrigins web origins ({@code https://app.example}) whose pages may send credentials: CORS with
 *                      credentials, and writes with an {@code Origin} header; every other origin may read
 *                      without credentials, and its writes are refused
 */
public record ServeOptions(String host, int port, String base, String publicRoot, boolean allowUpdate,
        Path passwordFile, Duration queryTimeout, long maxResults, int maxConcurrentQueries, long maxRequestBytes,
        Duration queueWait, int incomingPageSize, List<String> trustedOrigins) {

    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_RESULTS = 100_000;
    public static final int DEFAULT_MAX_CONCURRENT_QUERIES = 8;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1_000_000;
    public static final Duration DEFAULT_QUEUE_WAIT = Duration.ofSeconds(10);
    public static final int DEFAULT_INCOMING_PAGE_SIZE = 200;
    /** The dataset's name on the server: the SPARQL endpoint is {@code /sparql}. */
    public static final String DATASET = "/sparql";

    public ServeOptions {
        if (allowUpdate && passwordFile == null) {
            throw new IllegalArgumentException("--allow-update needs --password-file: updates are only accepted from "
                    + "authenticated users");
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive");
        }
        if (maxResults < 1 || maxConcurrentQueries < 1 || maxRequestBytes < 1 || incomingPageSize < 1) {
            throw new IllegalArgumentException("result, concurrency and request limits must be positive");
        }
        base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
        for (String origin : trustedOrigins) {
            if (!origin.matches("https?://[^/?#\\s]+")) {
                throw new IllegalArgumentException("not a web origin (scheme://host[:port], no path): " + origin);
            }
        }
        trustedOrigins = List.copyOf(trustedOrigins);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether the server listens on the loopback interface only. */
    public boolean loopback() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    /** The public root once the actual port is known. */
    public String rootFor(int actualPort) {
        if (publicRoot != null) {
            return publicRoot.endsWith("/") ? publicRoot : publicRoot + "/";
        }
        if (!base.equals(HP.DEFAULT_BASE)) {
            return PublicRoot.of(base);
        }
        String h = host.contains(":") ? "[" + host + "]" : host.equals("0.0.0.0") ? "127.0.0.1" : host;
        return "http://" + h + ":" + actualPort + "/";
    }

    /** Fluent builder with the defaults the CLI documents. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private String base = HP.DEFAULT_BASE;
        private String publicRoot;
        private boolean allowUpdate;
        private Path passwordFile;
        private Duration queryTimeout = DEFAULT_TIMEOUT;
        private long maxResults = DEFAULT_MAX_RESULTS;
        private int maxConcurrentQueries = DEFAULT_MAX_CONCURRENT_QUERIES;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private Duration queueWait = DEFAULT_QUEUE_WAIT;
        private int incomingPageSize = DEFAULT_INCOMING_PAGE_SIZE;
        private List<String> trustedOrigins = List.of();

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder base(String base) {
            this.base = base;
            return this;
        }

        public Builder publicRoot(String publicRoot) {
            this.publicRoot = publicRoot;
            return this;
        }

        public Builder allowUpdate(boolean allowUpdate) {
            this.allowUpdate = allowUpdate;
            return this;
        }

        public Builder passwordFile(Path passwordFile) {
            this.passwordFile = passwordFile;
            return this;
        }

        public Builder queryTimeout(Duration queryTimeout) {
            this.queryTimeout = queryTimeout;
            return this;
        }

        public Builder maxResults(long maxResults) {
            this.maxResults = maxResults;
            return this;
        }

        public Builder maxConcurrentQueries(int maxConcurrentQueries) {
            this.maxConcurrentQueries = maxConcurrentQueries;
            return this;
        }

        public Builder maxRequestBytes(long maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        public Builder queueWait(Duration queueWait) {
            this.queueWait = queueWait;
            return this;
        }

        public Builder incomingPageSize(int incomingPageSize) {
            this.incomingPageSize = incomingPageSize;
            return this;
        }

        public Builder trustedOrigins(List<String> trustedOrigins) {
            this.trustedOrigins = trustedOrigins;
            return this;
        }

        public ServeOptions build() {
            return new ServeOptions(host, port, base, publicRoot, allowUpdate, passwordFile, queryTimeout, maxResults,
                    maxConcurrentQueries, maxRequestBytes, queueWait, incomingPageSize, trustedOrigins);
        }
    }
}
