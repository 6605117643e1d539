package org.w3id.hpkg.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.w3id.hpkg.library.LibraryQuery;
import org.w3id.hpkg.library.PlanPage;
import org.w3id.hpkg.library.QueryFormat;
import org.w3id.hpkg.library.QueryLibrary;
import org.w3id.hpkg.library.QueryParameters;
import org.w3id.hpkg.library.QueryRunner;
import org.w3id.hpkg.store.GraphStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hpkg query}: a SPARQL query over the union of all graphs, named from the query library
 * ({@code hpkg query NAME}), read from a file, or given on the command line.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query against the store (default graph = union of all named graphs).",
                "NAME runs queries/NAME.rq from the query library ('hpkg queries' lists them)."})
public final class QueryCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "NAME|FILE.rq",
                description = "A library query's name (queries/NAME.rq, else the packaged copy), or a file holding the query.")
        String file;

        @Option(names = {"-e", "--expr"}, paramLabel = "SPARQL", description = "The query text itself.")
        String text;
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json or xml for SELECT/ASK; ttl, nt, jsonld for CONSTRUCT/DESCRIBE (default: ${DEFAULT-VALUE}).")
    QueryFormat format;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Set a parameter the query declares in its VALUES block (repeatable).")
    java.util.List<String> params = new java.util.ArrayList<>();

    /** NAME=VALUE pairs split at the first '=', values taken verbatim (quotes included). */
    private java.util.Map<String, String> parameters() {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--param needs NAME=VALUE, got '" + p + "'");
            }
            map.put(p.substring(0, eq), p.substring(eq + 1));
        }
        return map;
    }

    @Override
    public Integer call() throws Exception {
        String where = source.file;
        String sparql;
        if (source.text != null) {
            sparql = source.text;
        } else if (isFile(source.file)) {
            sparql = Files.readString(Path.of(source.file), StandardCharsets.UTF_8);
        } else {
            LibraryQuery named = QueryLibrary.standard().get(source.file);
            sparql = named.text();
            where = named.location();
        }
        Query query;
        try {
            query = QueryRunner.parse(sparql);
        } catch (org.apache.jena.query.QueryParseException e) {
            throw new IllegalArgumentException("bad SPARQL" + (where != null ? " in " + where : "") + ": "
                    + e.getMessage());
        }
        QueryParameters.apply(query, parameters());
        QueryFormat fmt = format;
        Dataset dataset = GraphStore.openCurrent(store.store());
        OutputStream out = CommandOutput.stream(spec);
        new QueryRunner(dataset).run(query, fmt, out);
        out.flush();
        // a paged listing says on standard error where the next page starts, keeping the results clean
        PlanPage.of(query).flatMap(page -> page.nextAfter(dataset)).ifPresent(last -> spec.commandLine().getErr()
                .println("hpkg query: more plans follow this page; the next page: --param " + PlanPage.AFTER + "=" + last));
        return ExitCodes.OK;
    }

    /** A path to a query file rather than a library name: it exists, or looks like a file name. */
    static boolean isFile(String arg) {
        return arg.endsWith(".rq") || arg.endsWith(".sparql") || arg.contains("/") || arg.contains("\\")
                || Files.isRegularFile(Path.of(arg));
    }
}
