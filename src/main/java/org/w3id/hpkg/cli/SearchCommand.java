package org.w3id.hpkg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.hpkg.library.QueryLibrary;
import org.w3id.hpkg.library.ResultTable;
import org.w3id.hpkg.library.TextSearch;
import org.w3id.hpkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hpkg search}: Chinese full-text search over tasks (or targets), best match first, matches marked. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search of the Chinese text of tasks (or, with --targets, of the sentences targets were read from).",
                "Words match inside longer words (慢性 finds 慢性病); an exact phrase ranks first; traditional characters work too.",
                "Runs the library query search-tasks (search-targets); matches are marked «like this»."})
public final class SearchCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WORDS", arity = "1..*", description = "What to look for; every word must occur.")
    List<String> words;

    @Option(names = "--region", paramLabel = "NAME",
            description = "Only plans of this region or of regions inside it, e.g. 湖北省.")
    String region;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "Only tasks due in this year (their deadline, else their plan's year).")
    Integer year;

    @Option(names = "--targets", description = "Search the source sentences of targets instead of tasks.")
    boolean targets;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Show at most N hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        if (!GraphStore.hasTextIndex(store.store())) {
            GraphStore.openCurrent(store.store()); // says so when there is no graph at all
            throw new IllegalStateException("the store " + store.store() + " has no text index (it was built by an"
                    + " older hpkg): run 'hpkg rebuild'");
        }
        TextSearch search = new TextSearch(QueryLibrary.standard(), GraphStore.openCurrent(store.store()));
        ResultTable hits = search.search(String.join(" ", words), region, year, targets);
        PrintWriter out = spec.commandLine().getOut();
        int shown = Math.min(limit, hits.size());
        // the library queries answer with the best TextSearch.BEST: a full answer may hide more matches
        out.printf("%s%d %s found%s%n", hits.size() >= TextSearch.BEST ? "the best " : "", hits.size(),
                targets ? "target(s)" : "task(s)", shown < hits.size() ? ", the best " + shown + " shown" : "");
        for (int i = 0; i < shown; i++) {
            if (targets) {
                out.printf("%n%2d. [%.2f] %s  %s  %s %s %s%s%n", i + 1, hits.number(i, "score"), hits.text(i, "region"),
                        hits.text(i, "file"), hits.text(i, "indicator"), hits.text(i, "comparator"),
                        hits.text(i, "value"), hits.text(i, "unit"));
            } else {
                String due = hits.text(i, "due").isEmpty() ? "" : "  due " + hits.text(i, "due")
                        + ("plan year".equals(hits.text(i, "dueFrom")) ? " (plan year)" : "");
                out.printf("%n%2d. [%.2f] %s  %s task %s: %s%s%n", i + 1, hits.number(i, "score"),
                        hits.text(i, "region"), hits.text(i, "file"), hits.text(i, "task"), hits.text(i, "label"), due);
            }
            out.println("    " + hits.text(i, "match").replace('\n', ' '));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
