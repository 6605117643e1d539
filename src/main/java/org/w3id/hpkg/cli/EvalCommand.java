package org.w3id.hpkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.hpkg.eval.EvalOptions;
import org.w3id.hpkg.eval.EvalReport;
import org.w3id.hpkg.eval.Evaluation;
import org.w3id.hpkg.eval.ReportWriter;
import org.w3id.hpkg.rdf.HP;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hpkg eval}: how well the graph agrees with the gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the graph against gold annotations (data/gold/GUIDELINES.md): target precision, recall "
                + "and F1, comparator and due-date accuracy, task counts, and the accuracy of leaders, lead and "
                + "cooperating bodies and deadlines.",
                "By default the corpus is rebuilt into a temporary store; --current scores the store's current graph. "
                + "Tasks and targets are read back with SPARQL, as analysts query them."})
public final class EvalCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", defaultValue = "data/gold",
            description = "Folder with tasks.tsv and targets.tsv (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "data/corpus",
            description = "Folder of plan files to rebuild (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--current", description = "Score the current graph of --store instead of rebuilding --corpus.")
    boolean current;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = HP.DEFAULT_BASE,
            description = "Base of instance IRIs for the rebuild (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--details", description = "List every mismatch (text format; JSON always lists them).")
    boolean details;

    @Option(names = "--check", description = "Exit with code 6 when target F1 or a field accuracy is below 0.95 "
            + "or a task count is not exact.")
    boolean check;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw new IllegalArgumentException("unknown format '" + format + "': use text or json");
        }
        EvalOptions options = EvalOptions.builder().gold(gold).corpus(corpus).store(store.store())
                .useCurrentStore(current).base(base).build();
        Evaluation evaluation = new Evaluation(options, System.err);
        EvalReport report = evaluation.run();
        PrintWriter out = spec.commandLine().getOut();
        ReportWriter writer = new ReportWriter(gold.toString(), evaluation.graphSource());
        if (format.equals("json")) {
            writer.json(report, out);
        } else {
            writer.text(report, out, details);
        }
        if (check) {
            List<String> failures = report.failures(EvalReport.Thresholds.DEFAULT);
            if (!failures.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                failures.forEach(f -> err.println("hpkg eval: " + f));
                err.flush();
                return ExitCodes.BELOW_THRESHOLD;
            }
        }
        return ExitCodes.OK;
    }
}
