package org.w3id.hpkg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.w3id.hpkg.publish.push.GraphPusher;
import org.w3id.hpkg.publish.push.PushOptions;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.store.GraphNames;
import org.w3id.hpkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hpkg push}: the graph into a partner's RDF4J/GraphDB repository or SPARQL Update endpoint. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Send the graph to a partner's store (RDF4J server or GraphDB repository, or any SPARQL 1.1 "
                + "Update endpoint), replacing the graphs it sends, so that pushing again is harmless.")
public final class PushCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Option(names = "--endpoint", paramLabel = "URL", required = true,
            description = "RDF4J server URL (with --repository), or a SPARQL 1.1 Update endpoint URL.")
    String endpoint;

    @Option(names = "--repository", paramLabel = "ID", description = "Repository id on an RDF4J server or GraphDB.")
    String repository;

    @Option(names = "--user", paramLabel = "USER", description = "User for HTTP basic auth (with --password-file).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File whose first line is the password.")
    Path passwordFile;

    @Option(names = "--graph-per-document", description = "Send each graph of the store (one per document, plus the "
            + "gazetteer and the ontology) as the partner's graph of the same name, instead of all into one graph.")
    boolean graphPerDocument;

    @Option(names = "--target-graph", paramLabel = "IRI",
            description = "Without --graph-per-document: the partner's graph that receives everything "
                    + "(default: <base>graph/all, base as the store was rebuilt with).")
    String targetGraph;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + PushOptions.DEFAULT_BATCH,
            description = "Statements per request (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "" + PushOptions.DEFAULT_ATTEMPTS,
            description = "Tries per request on network errors and HTTP 5xx (default: ${DEFAULT-VALUE}).")
    int attempts;

    @Override
    public Integer call() throws Exception {
        if ((user == null) != (passwordFile == null)) {
            throw new ParameterException(spec.commandLine(), "--user and --password-file go together");
        }
        String password = null;
        if (passwordFile != null) {
            if (!Files.isReadable(passwordFile)) {
                throw new IllegalArgumentException("cannot read the password file " + passwordFile);
            }
            password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
        }
        Dataset dataset = GraphStore.openCurrent(store.store());
        String target = targetGraph != null ? targetGraph
                : GraphNames.storeBase(dataset).orElse(HP.DEFAULT_BASE) + "graph/all";
        PushOptions options = PushOptions.builder().endpoint(endpoint).repository(repository)
                .credentials(user, password).graphPerDocument(graphPerDocument).targetGraph(target)
                .batchSize(batch).attempts(attempts).build();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Pushing " + store.store() + " to " + endpoint + (repository != null ? " repository " + repository : ""));
        out.flush();
        GraphPusher.Result result = new GraphPusher(options, line -> {
            out.println(line);
            out.flush();
        }).push(dataset);
        out.printf("Pushed %,d statements into %d graph(s)%s%n", result.statements(), result.graphs().size(),
                result.retries() > 0 ? " (" + result.retries() + " request(s) retried)" : "");
        out.flush();
        return ExitCodes.OK;
    }
}
