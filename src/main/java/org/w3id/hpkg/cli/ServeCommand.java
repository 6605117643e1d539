package org.w3id.hpkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.w3id.hpkg.publish.FusekiLauncher;
import org.w3id.hpkg.publish.HpkgServer;
import org.w3id.hpkg.publish.ServeOptions;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.store.CurrentDatasetGraph;
import org.w3id.hpkg.store.GraphNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hpkg serve}: a SPARQL endpoint and linked-data pages over the store, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the graph: SPARQL endpoint at /sparql, resources at /id/…, ontology at /ontology, "
                + "dataset description at /.well-known/void. Read-only unless --allow-update.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServeOptions.DEFAULT_PORT,
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ServeOptions.DEFAULT_HOST,
            description = "Interface to listen on (default: ${DEFAULT-VALUE}, loopback only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base of the instance IRIs; /id/x serves <IRI>x (default: the base the store was rebuilt with).")
    String base;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "Where clients reach this server, if not derived from --base (e.g. behind a proxy).")
    String publicUrl;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Stop queries that run longer (default: ${DEFAULT-VALUE} s).")
    double timeoutSeconds;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "" + ServeOptions.DEFAULT_MAX_RESULTS,
            description = "Most rows or triples one query returns (default: ${DEFAULT-VALUE}).")
    long maxResults;

    @Option(names = "--max-concurrent", paramLabel = "N", defaultValue = "" + ServeOptions.DEFAULT_MAX_CONCURRENT_QUERIES,
            description = "Queries evaluated at once; more wait up to 10 s, then get 503 (default: ${DEFAULT-VALUE}).")
    int maxConcurrent;

    @Option(names = "--max-request-kb", paramLabel = "KB", defaultValue = "1000",
            description = "Largest request body accepted (default: ${DEFAULT-VALUE} KB).")
    long maxRequestKb;

    @Option(names = "--allow-update", description = "Open SPARQL Update (/sparql/update) and Graph Store writes "
            + "(/sparql/data) to the users of --password-file.")
    boolean allowUpdate;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "A web origin (https://app.example) whose pages may send credentials and write; repeatable. "
                    + "Other origins may read, without credentials, and their writes are refused.")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users for HTTP basic auth, one 'user: password' a line (Jetty realm file).")
    Path passwordFile;

    @Override
    public Integer call() throws Exception {
        if (allowUpdate && passwordFile == null) {
            throw new ParameterException(spec.commandLine(),
                    "--allow-update needs --password-file: updates are only accepted from authenticated users");
        }
        if (passwordFile != null && !Files.isReadable(passwordFile)) {
            throw new IllegalArgumentException("cannot read the password file " + passwordFile);
        }
        // Follows the store: a rebuild that switches the graph is served from the next query on.
        Dataset dataset = DatasetFactory.wrap(CurrentDatasetGraph.open(store.store()));
        if (base == null) {
            base = GraphNames.storeBase(dataset).orElse(HP.DEFAULT_BASE);
        }
        ServeOptions options = ServeOptions.builder().host(host).port(port).base(base).publicRoot(publicUrl)
                .allowUpdate(allowUpdate).passwordFile(passwordFile)
                .queryTimeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000))).maxResults(maxResults)
                .maxConcurrentQueries(maxConcurrent).maxRequestBytes(maxRequestKb * 1000).trustedOrigins(corsOrigins).build();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FusekiLauncher.checkBase(dataset, options.base()).ifPresent(w -> err.println("hpkg serve: warning: " + w));
        try (HpkgServer server = FusekiLauncher.start(dataset, options)) {
            out.printf("Serving %s on http://%s:%d/%n", store.store(), host, server.port());
            out.printf("  SPARQL endpoint  %s%n", server.sparqlEndpoint());
            out.printf("  resources        %sid/…  (IRIs %s…)%n", server.root(), options.base());
            out.printf("  query page       %squery%n", server.root());
            out.printf("  ontology         %sontology%n", server.root());
            out.printf("  description      %s.well-known/void%n", server.root());
            out.printf("  updates          %s%n", allowUpdate ? "allowed for the users of " + passwordFile : "refused (read-only)");
            out.println("Stop with Ctrl-C.");
            out.flush();
            server.warmUp();
            server.join();
        }
        return ExitCodes.OK;
    }
}
