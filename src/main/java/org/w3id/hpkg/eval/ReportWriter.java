package org.w3id.hpkg.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes an {@link EvalReport} as a text table for people or as JSON for machines. */
public final class ReportWriter {

    private final String goldSource;
    private final String graphSource;

    /**
     * @param goldSource where the gold came from, e.g. {@code data/gold}
     * @param graphSource what was scored, e.g. {@code graph rebuilt from data/corpus}
     */
    public ReportWriter(String goldSource, String graphSource) {
        this.goldSource = goldSource;
        this.graphSource = graphSource;
    }

    public void text(EvalReport report, PrintWriter out, boolean details) {
        out.printf("Evaluation of the %s against %s%n%n", graphSource, goldSource);
        String doc = "%-" + documentWidth(report) + "s";
        targets(report, out, doc);
        out.println();
        tasks(report, out, doc);
        bodyItems(report, out, doc);
        if (!report.unscored().isEmpty()) {
            out.println();
            out.println("Not scored (no gold): " + String.join(", ", report.unscored()));
        }
        mismatches(report.mismatches(), out, details);
        out.flush();
    }

    /** The target table, or why there is none: a table of zeros would read as a perfect score. */
    private void targets(EvalReport report, PrintWriter out, String doc) {
        if (!report.targetsAnnotated()) {
            out.println("Targets: not annotated (" + goldSource + " has no " + GoldReader.TARGETS + "), not scored");
            return;
        }
        out.println("Targets");
        String targetRow = doc + " %5s %6s %8s %10s %7s %6s %11s %9s%n";
        out.printf(targetRow, "document", "gold", "found", "matched", "precision", "recall", "F1", "comparator", "due date");
        for (DocumentScore d : report.documents()) {
            targets(out, targetRow, d.doc(), d.targets());
        }
        targets(out, targetRow, "total", report.targets());
    }

    /** The task counts and fields per document, or why there are none. */
    private void tasks(EvalReport report, PrintWriter out, String doc) {
        if (!report.tasksAnnotated()) {
            out.println("Tasks: not annotated (" + goldSource + " has no " + GoldReader.TASKS + "), not scored");
            return;
        }
        out.println("Tasks and their fields (tasks right / tasks scored; n/a: the document names none)");
        String taskRow = doc + " %-19s %9s %12s %19s %10s%n";
        out.printf(taskRow, "document", "tasks gold/found", "leaders", "lead bodies", "cooperating bodies", "deadlines");
        for (DocumentScore d : report.documents()) {
            String count = !d.tasksScored() ? "not annotated"
                    : d.goldTasks() + "/" + d.predictedTasks() + (d.taskCountExact() ? " exact" : " WRONG");
            out.printf(taskRow, d.doc(), count,
                    fraction(d.fields().get(TaskField.LEADERS)), fraction(d.fields().get(TaskField.LEAD)),
                    fraction(d.fields().get(TaskField.COOPERATING)), fraction(d.fields().get(TaskField.DUE)));
        }
        Map<TaskField, FieldScore> fields = report.fields();
        String total = report.goldTasks() + "/" + report.predictedTasks() + " (" + report.exactTaskCounts() + "/"
                + report.taskScoredDocuments() + " exact)";
        out.printf(taskRow, "total", total,
                ratio(fields.get(TaskField.LEADERS).accuracy()), ratio(fields.get(TaskField.LEAD).accuracy()),
                ratio(fields.get(TaskField.COOPERATING).accuracy()), ratio(fields.get(TaskField.DUE).accuracy()));
    }

    private static void mismatches(List<Mismatch> mismatches, PrintWriter out, boolean details) {
        out.println();
        if (mismatches.isEmpty()) {
            out.println("No mismatches.");
        } else if (details) {
            out.println("Mismatches (" + mismatches.size() + ")");
            mismatches.forEach(m -> out.println("  " + m));
        } else {
            out.println(mismatches.size() + " mismatch(es); --details lists them.");
        }
    }

    /** Bodies per item, for the documents whose gold names bodies. */
    private static void bodyItems(EvalReport report, PrintWriter out, String doc) {
        out.println();
        if (report.bodyItems().scored() == 0) {
            out.println("Bodies per item: not annotated (no " + GoldReader.BODIES + ", and no gold task names a body), "
                    + "not scored");
            return;
        }
        out.println("Bodies per item (items whose lead and cooperating bodies are both right / items gold names bodies for)");
        String row = doc + " %12s %9s%n";
        out.printf(row, "document", "items right", "accuracy");
        for (DocumentScore d : report.documents()) {
            if (d.bodyItems().scored() > 0) {
                out.printf(row, d.doc(), fraction(d.bodyItems()), ratio(d.bodyItems().accuracy()));
            }
        }
        out.printf(row, "total", fraction(report.bodyItems()), ratio(report.bodyItems().accuracy()));
    }

    /** The width of the document column: the longest file name, at least 26. */
    private static int documentWidth(EvalReport report) {
        return Math.max(26, report.documents().stream().mapToInt(d -> d.doc().length()).max().orElse(0));
    }

    private static void targets(PrintWriter out, String row, String name, TargetScore t) {
        out.printf(row, name, t.gold(), t.predicted(), t.matched(), ratio(t.precision()), ratio(t.recall()),
                ratio(t.f1()), ratio(t.comparatorAccuracy()), ratio(t.dueAccuracy()));
    }

    private static String fraction(FieldScore f) {
        return f.scored() == 0 ? "n/a" : f.correct() + "/" + f.scored();
    }

    private static String ratio(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    public void json(EvalReport report, PrintWriter out) {
        ReportJson.write(report, goldSource, graphSource, out);
    }
}
