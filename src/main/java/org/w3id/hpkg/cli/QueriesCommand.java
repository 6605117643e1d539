package org.w3id.hpkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.w3id.hpkg.library.LibraryQuery;
import org.w3id.hpkg.library.QueryHeader;
import org.w3id.hpkg.library.QueryLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hpkg queries}: what the query library holds. */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = {"List the library queries (queries/*.rq, else the packaged copy) with their parameters.",
                "With NAME, show that query's question, parameters, an example of its output and its SPARQL."})
public final class QueriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "Show this query in full.")
    String name;

    @Override
    public Integer call() throws Exception {
        QueryLibrary library = QueryLibrary.standard();
        PrintWriter out = spec.commandLine().getOut();
        if (name != null) {
            describe(out, library.get(name));
        } else {
            out.printf("%d queries in %s; run one with: hpkg query NAME [--param name=value ...]%n",
                    library.queries().size(), library.location());
            for (LibraryQuery q : library.queries()) {
                out.printf("%n%-32s %s%n", q.name(), q.header().title() == null ? "" : q.header().title());
                for (QueryHeader.Param p : q.header().params()) {
                    out.printf("%-32s   --param %s=%s  (%s)%n", "", p.name(), p.defaultValue().isEmpty() ? "\"\""
                            : p.defaultValue(), p.type());
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void describe(PrintWriter out, LibraryQuery q) {
        QueryHeader h = q.header();
        out.println(q.name() + ": " + h.title());
        out.println("  " + h.question());
        out.println("  " + h.questionZh());
        out.println("  file: " + q.location());
        if (h.params().isEmpty()) {
            out.println("  parameters: none");
        }
        for (QueryHeader.Param p : h.params()) {
            out.printf("  --param %s=VALUE   %s, default %s: %s%n", p.name(), p.type(),
                    p.defaultValue().isEmpty() ? "\"\"" : p.defaultValue(), p.description());
        }
        if (!h.example().isEmpty()) {
            out.println("  example output:");
            h.example().forEach(line -> out.println("    " + line));
        }
        out.println();
        out.println(q.text().strip());
    }
}
