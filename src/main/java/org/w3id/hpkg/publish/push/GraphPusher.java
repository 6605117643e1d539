package org.w3id.hpkg.publish.push;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.repository.Repository;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.http.HTTPRepository;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.w3id.hpkg.store.GraphNames;

/**
 * Sends the store's graph to a partner's store through Eclipse RDF4J's client: an RDF4J server or GraphDB
 * repository ({@link HTTPRepository}), or any SPARQL 1.1 Update endpoint ({@link SPARQLRepository}).
 * Every graph it sends is first cleared on the partner's side, then filled in batches, so pushing the same
 * store twice leaves the same graphs. Each request is retried with a growing pause when it fails in a way
 * that may pass (network, timeouts, HTTP 5xx); authentication and other refusals fail at once.
 */
public final class GraphPusher {

    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private final PushOptions options;
    private final Consumer<String> log;
    private final LastStatus status = new LastStatus();
    private int retries;

    /** @param log receives one line per graph pushed and per retry */
    public GraphPusher(PushOptions options, Consumer<String> log) {
        this.options = options;
        this.log = log;
    }

    /** One graph sent: the partner's graph name and how many statements it now holds from us. */
    public record Sent(String graph, long statements) {}

    /** What a push did. */
    public record Result(List<Sent> graphs, long statements, int retries) {}

    /** A push that could not be completed; the message says why in the user's terms. */
    public static final class PushException extends IOException {
        public PushException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public Result push(Dataset dataset) throws PushException {
        CloseableHttpClient http = httpClient();
        Repository repository = repository(http);
        try {
            call("connect", () -> {
                repository.init();
                return null;
            });
            List<Sent> sent = new ArrayList<>();
            try (RepositoryConnection conn = repository.getConnection()) {
                if (options.graphPerDocument()) {
                    for (Node graph : GraphNames.list(dataset)) {
                        sent.add(send(conn, dataset, graph, VF.createIRI(graph.getURI())));
                    }
                } else {
                    sent.add(send(conn, dataset, null, VF.createIRI(options.targetGraph())));
                }
            } catch (RuntimeException e) {
                throw failure("push", e);
            }
            return new Result(sent, sent.stream().mapToLong(Sent::statements).sum(), retries);
        } finally {
            try {
                repository.shutDown();
                http.close();
            } catch (RuntimeException | IOException ignored) {
                // nothing left to release that matters to the caller
            }
        }
    }

    /** Replaces {@code target} on the partner's side with the store's graph {@code source} (null: the union). */
    private Sent send(RepositoryConnection conn, Dataset dataset, Node source, IRI target) throws PushException {
        call("clear <" + target + ">", () -> {
            if (options.repository() == null) {
                // CLEAR GRAPH fails on a graph the partner does not have yet; DROP SILENT does not
                conn.prepareUpdate(QueryLanguage.SPARQL, "DROP SILENT GRAPH <" + checked(target) + ">").execute();
            } else {
                conn.clear(target);
            }
            return null;
        });
        long count = Txn.calculateRead(dataset, () -> {
            Iterator<Triple> triples = source == null ? org.w3id.hpkg.store.UnionDefaultGraph.of(dataset.asDatasetGraph()).find()
                    : dataset.asDatasetGraph().getGraph(source).find();
            List<Statement> batch = new ArrayList<>(options.batchSize());
            long bytes = 0;
            // a blank node is one node only within one request: statements with blank nodes (the
            // ontology's lists and restrictions) all go in the last request, however many they are
            List<Statement> withBlankNodes = new ArrayList<>();
            long n = 0;
            while (triples.hasNext()) {
                Triple t = triples.next();
                if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                    withBlankNodes.add(statement(t));
                    continue;
                }
                batch.add(statement(t));
                bytes += approximateBytes(t);
                if (batch.size() == options.batchSize() || bytes >= MAX_BATCH_BYTES) {
                    n += flush(conn, batch, target);
                    bytes = 0;
                }
            }
            n += flush(conn, batch, target);
            return n + flush(conn, withBlankNodes, target);
        });
        log.accept(String.format(Locale.ROOT, "  %,8d statements → <%s>", count, target));
        return new Sent(target.stringValue(), count);
    }

    /**
     * A request's body stays under this many bytes whatever --batch says: plans' texts are long, and servers
     * limit request bodies (hpkg serve to 1,000 KB by default; SPARQL updates carry each term escaped).
     */
    static final long MAX_BATCH_BYTES = 256 * 1024;

    private static long approximateBytes(Triple t) {
        return size(t.getSubject()) + size(t.getPredicate()) + size(t.getObject()) + 8;
    }

    private static long size(Node n) {
        String text = n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static String checked(IRI iri) {
        String s = iri.stringValue();
        for (char c : s.toCharArray()) {
            if (c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0) {
                throw new IllegalArgumentException("not a graph name a SPARQL update can carry: <" + s + ">");
            }
        }
        return s;
    }

    private long flush(RepositoryConnection conn, List<Statement> batch, IRI target) {
        if (batch.isEmpty()) {
            return 0;
        }
        List<Statement> copy = List.copyOf(batch);
        batch.clear();
        try {
            call("add " + copy.size() + " statements to <" + target + ">", () -> {
                conn.add(copy, target);
                return null;
            });
        } catch (PushException e) {
            throw new Failed(e);
        }
        return copy.size();
    }

    /** Carries a {@link PushException} out of the read transaction's lambda. */
    private static final class Failed extends RuntimeException {
        Failed(PushException e) {
            super(e);
        }
    }

    private interface Call<T> {
        T run();
    }

    /** Runs one request, retrying transient failures with exponential back-off. */
    private <T> T call(String what, Call<T> request) throws PushException {
        long pause = options.backoff().toMillis();
        for (int attempt = 1;; attempt++) {
            try {
                status.reset();
                return request.run();
            } catch (Failed f) {
                throw (PushException) f.getCause();
            } catch (RuntimeException e) {
                if (!transient_(e) || attempt >= options.attempts()) {
                    throw failure(what, e);
                }
                retries++;
                log.accept("  retrying " + what + " in " + pause + " ms (" + (unavailable(e) ? "HTTP 503" : describe(e)) + ")");
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new PushException("interrupted while waiting to retry " + what, e);
                }
                pause *= 2;
            }
        }
    }

    private PushException failure(String what, RuntimeException e) {
        if (e instanceof Failed f) {
            return (PushException) f.getCause();
        }
        String where = options.endpoint() + (options.repository() != null ? " (repository " + options.repository() + ")" : "");
        if (isAuthFailure(e)) {
            return new PushException(options.user() == null
                    ? where + " requires authentication: give --user and --password-file"
                    : where + " refused the credentials of user '" + options.user() + "' (HTTP 401/403): check --user and --password-file", e);
        }
        Throwable network = networkCause(e);
        if (network != null) {
            return new PushException("cannot reach " + where + ": " + describe(network)
                    + (transient_(e) ? " (gave up after " + options.attempts() + " attempts)" : ""), e);
        }
        if (unavailable(e)) {
            return new PushException(where + " stayed unavailable (HTTP 503 or a server-side timeout) for " + what
                    + " (gave up after " + options.attempts() + " attempts)", e);
        }
        return new PushException(where + " refused to " + what + ": " + describe(e), e);
    }

    /** Failures that may pass: the network, timeouts, and the server's 5xx answers. */
    private boolean transient_(Throwable e) {
        if (isAuthFailure(e)) {
            return false;
        }
        Throwable network = networkCause(e);
        if (network != null) {
            return !(network instanceof UnknownHostException);
        }
        return unavailable(e) || status.serverError();
    }

    /** HTTP 503 or 504; RDF4J reports a 503 as an interrupted query, without a message. */
    private boolean unavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.rdf4j.query.QueryInterruptedException) {
                return true;
            }
        }
        return status.unavailable();
    }

    private boolean isAuthFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.rdf4j.http.protocol.UnauthorizedException) {
                return true;
            }
        }
        return status.authentication();
    }

    private static Throwable networkCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException || t.getClass().getName().endsWith("NoHttpResponseException")
                    || t.getClass().getName().endsWith("ConnectTimeoutException")
                    || t.getClass().getName().endsWith("HttpHostConnectException")) {
                return t;
            }
        }
        return null;
    }

    /** The messages along the cause chain, each once; the class name where there is none. */
    private static String describe(Throwable e) {
        java.util.LinkedHashSet<String> parts = new java.util.LinkedHashSet<>();
        for (Throwable t = e; t != null && parts.size() < 4; t = t.getCause()) {
            String m = t.getMessage();
            if (m == null || m.isBlank() || m.equals(String.valueOf(t.getCause()))) {
                if (t.getCause() == null) {
                    parts.add(t.getClass().getSimpleName());
                }
                continue;
            }
            String shown = m.strip().length() > 300 ? m.strip().substring(0, 300) + "…" : m.strip();
            if (parts.stream().noneMatch(p -> p.contains(shown))) {
                parts.add(shown);
            }
        }
        return parts.isEmpty() ? e.getClass().getSimpleName() : String.join(": ", parts);
    }

    private Repository repository(CloseableHttpClient http) {
        if (options.repository() != null) {
            HTTPRepository repo = new HTTPRepository(options.endpoint(), options.repository());
            repo.setHttpClient(http);
            if (options.user() != null) {
                repo.setUsernameAndPassword(options.user(), options.password());
            }
            return repo;
        }
        SPARQLRepository repo = new SPARQLRepository(options.endpoint(), options.endpoint());
        repo.setHttpClient(http);
        if (options.user() != null) {
            repo.setUsernameAndPassword(options.user(), options.password());
        }
        return repo;
    }

    /** RDF4J's default client (system properties: proxies, TLS), with the status of each answer recorded. */
    private CloseableHttpClient httpClient() {
        return HttpClients.custom().useSystemProperties().disableAutomaticRetries() // our retries, with back-off, only
                .addInterceptorLast(status).build();
    }

    static Statement statement(Triple t) {
        return VF.createStatement((Resource) value(t.getSubject()), VF.createIRI(t.getPredicate().getURI()), value(t.getObject()));
    }

    static Value value(Node n) {
        if (n.isURI()) {
            return VF.createIRI(n.getURI());
        }
        if (n.isBlank()) {
            return VF.createBNode(n.getBlankNodeLabel());
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return VF.createLiteral(n.getLiteralLexicalForm(), lang);
            }
            return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
        }
        throw new IllegalArgumentException("cannot send " + n + " to an RDF store");
    }
}
