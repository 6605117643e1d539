package org.w3id.hpkg.publish;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.IriMinter;

/**
 * Starts an embedded Jena Fuseki server over the store's dataset: the SPARQL endpoint at {@code /sparql}
 * (query over GET and POST, every standard result format by content negotiation, Graph Store Protocol
 * reads at {@code /sparql?graph=IRI} and {@code /sparql/get}), the linked-data pages under {@code /id/},
 * the ontology, the dataset description, the JSON-LD context and the dumps. Read-only unless updates
 * are allowed, and then only for users of the password file ({@code /sparql/update}, {@code /sparql/data}).
 * Jetty's handlers add CORS, gzip and plain-text errors ({@link JettyHandlers}, {@link PlainErrorHandler}).
 */
public final class FusekiLauncher {

    private FusekiLauncher() {}

    public static HpkgServer start(Dataset dataset, ServeOptions options) {
        Site site = new Site(dataset, options);
        Semaphore queries = new Semaphore(options.maxConcurrentQueries());
        HiddenGraphs hidden = new HiddenGraphs(new IriMinter(options.base()).manifestGraph());
        Supplier<String> limitDocs = () -> site.root() + "#result-limit";
        DataService.Builder service = DataService.newBuilder(dataset.asDatasetGraph())
                .addEndpoint(query(null, options, queries, hidden, limitDocs))
                .addEndpoint(query("query", options, queries, hidden, limitDocs))
                .addEndpoint(endpoint(Operation.GSP_R, null, options))
                .addEndpoint(endpoint(Operation.GSP_R, "get", options));
        if (options.allowUpdate()) {
            service.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
                    .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
        }
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .enableCors(false) // CORS is set up below, without credentials for any origin
                .add(ServeOptions.DATASET, service)
                .addServlet("", new HomeServlet(site))
                .addServlet("/id/*", new ResourceServlet(site))
                .addServlet("/ontology", new OntologyServlet(site))
                .addServlet("/.well-known/void", new VoidServlet(site))
                .addServlet("/context.jsonld", new ContextServlet(site))
                .addServlet("/dump/*", new DumpServlet(site))
                .addServlet("/query", new QueryPage(site))
                .addServlet("/yasgui/*", new QueryPage.Files(site))
                .addFilter("/*", new RefusedBodyFilter())
                .addFilter("/*", new RequestSizeFilter(options.maxRequestBytes()))
                .addFilter(ServeOptions.DATASET + "/*", new SparqlFront(site))
                .addFilter(ServeOptions.DATASET, new SparqlFront(site));
        if (options.allowUpdate()) {
            WriteGuard guard = new WriteGuard(site, options.trustedOrigins());
            builder.addFilter(ServeOptions.DATASET + "/update", guard).addFilter(ServeOptions.DATASET + "/data", guard)
                    .passwordFile(options.passwordFile().toAbsolutePath().toString()).auth(AuthScheme.BASIC);
        }
        FusekiServer server = builder.build();
        Server jetty = server.getJettyServer();
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector sc) {
                sc.setHost(options.host());
            }
        }
        jetty.setHandler(JettyHandlers.wrap(jetty.getHandler(), options));
        jetty.setErrorHandler(new PlainErrorHandler());
        ServletContextHandler context = jetty.getDescendant(ServletContextHandler.class);
        if (context != null) {
            context.setErrorHandler(new PlainErrorHandler());
        }
        server.start();
        site.listeningOn(server.getHttpPort());
        return new HpkgServer(server, site);
    }

    /** A query endpoint with the server's limits: timeout, result cap and a shared bound on concurrent queries. */
    private static Endpoint query(String name, ServeOptions options, Semaphore permits, HiddenGraphs hidden,
            Supplier<String> limitDocs) {
        Context context = new Context();
        context.set(ARQ.queryTimeout, options.queryTimeout().toMillis());
        return Endpoint.create().operation(Operation.Query).endpointName(name).context(context)
                .processor(new GuardedQueryService(options.maxResults(), permits, options.queueWait().toMillis(), hidden,
                        limitDocs)).build();
    }

    /** Query endpoints carry the timeout in their context; ARQ stops a query that runs past it. */
    private static Endpoint endpoint(Operation op, String name, ServeOptions options) {
        Context context = new Context();
        context.set(ARQ.queryTimeout, options.queryTimeout().toMillis());
        return Endpoint.create().operation(op).endpointName(name).context(context).build();
    }

    /**
     * A warning when the store holds no document under the base the server was given: then every
     * {@code /id/…} request would be 404 (the store was rebuilt with another {@code --base}).
     */
    public static Optional<String> checkBase(Dataset dataset, String base) {
        boolean found = Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.create("PREFIX hp: <" + HP.NS + ">\n"
                    + "ASK { GRAPH ?g { ?d a hp:PolicyDocument } FILTER(STRSTARTS(STR(?d), \"" + base.replace("\\", "\\\\")
                    .replace("\"", "\\\"") + "\")) }", dataset)) {
                return exec.execAsk();
            }
        });
        return found ? Optional.empty() : Optional.of("the store holds no document under " + base
                + "; was it rebuilt with another --base? (hpkg rebuild --base " + base + ")");
    }
}
