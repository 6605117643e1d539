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
        out.println("Targets");
        String doc = "%-" + documentWidth(report) + "s";
        String targetRow = doc + " %5s %6s %8s %10s %7s %6s %11s %9s%n";
        out.printf(targetRow, "document", "gold", "found", "matched", "precision", "recall", "F1", "comparator", "due date");
        for (DocumentScore d : report.documents()) {
            targets(out, targetRow, d.doc(), d.targets());
        }
        targets(out, targetRow, "total", report.targets());
        out.println();
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
        String total = report.taskScoredDocuments() == 0 ? "n/a/" + report.predictedTasks()
                : report.goldTasks() + "/" + report.predictedTasks() + " (" + report.exactTaskCounts() + "/"
                        + report.taskScoredDocuments() + " exact)";
        out.printf(taskRow, "total", total,
                ratio(fields.get(TaskField.LEADERS).accuracy()), ratio(fields.get(TaskField.LEAD).accuracy()),
                ratio(fields.get(TaskField.COOPERATING).accuracy()), ratio(fields.get(TaskField.DUE).accuracy()));
        bodyItems(report, out, doc);
        if (!report.unscored().isEmpty()) {
            out.println();
            out.println("Not scored (no gold): " + String.join(", ", report.unscored()));
        }
        List<Mismatch> mismatches = report.mismatches();
        out.println();
        if (mismatches.isEmpty()) {
            out.println("No mismatches.");
        } else if (details) {
            out.println("Mismatches (" + mismatches.size() + ")");
            mismatches.forEach(m -> out.println("  " + m));
        } else {
            out.println(mismatches.size() + " mismatch(es); --details lists them.");
        }
        out.flush();
    }

    /** Bodies per item, for the documents whose gold names bodies. */
    private static void bodyItems(EvalReport report, PrintWriter out, String doc) {
        if (report.bodyItems().scored() == 0) {
            return;
        }
        out.println();
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
        Json json = new Json(out);
        json.open('{');
        json.field("gold").string(goldSource);
        json.field("graph").string(graphSource);
        json.field("documents").open('[');
        for (DocumentScore d : report.documents()) {
            json.element().open('{');
            json.field("document").string(d.doc());
            targets(json, d.targets());
            json.field("tasks").open('{');
            json.field("scored").bool(d.tasksScored());
            json.field("gold").number(d.goldTasks());
            json.field("found").number(d.predictedTasks());
            json.field("exact").bool(d.taskCountExact());
            json.field("scored").bool(d.tasksScored());
            json.close('}');
            json.field("fields").open('{');
            for (TaskField f : TaskField.values()) {
                field(json, f, d.fields().get(f));
            }
            json.close('}');
            items(json, d.bodyItems());
            json.close('}');
        }
        json.close(']');
        json.field("total").open('{');
        targets(json, report.targets());
        json.field("tasks").open('{');
        json.field("gold").number(report.goldTasks());
        json.field("found").number(report.predictedTasks());
        json.field("documentsExact").number(report.exactTaskCounts());
        json.field("allExact").bool(report.allTaskCountsExact());
        json.close('}');
        json.field("fields").open('{');
        for (TaskField f : TaskField.values()) {
            field(json, f, report.field(f));
        }
        json.close('}');
        items(json, report.bodyItems());
        json.close('}');
        json.field("unscored").open('[');
        for (String doc : report.unscored()) {
            json.element().string(doc);
        }
        json.close(']');
        json.field("mismatches").open('[');
        for (Mismatch m : report.mismatches()) {
            json.element().open('{');
            json.field("document").string(m.doc());
            json.field("task").number(m.task());
            json.field("kind").string(m.kind());
            json.field("expected").string(m.expected());
            json.field("found").string(m.found());
            json.close('}');
        }
        json.close(']');
        json.close('}');
        out.println();
        out.flush();
    }

    private static void targets(Json json, TargetScore t) {
        json.field("targets").open('{');
        json.field("gold").number(t.gold());
        json.field("found").number(t.predicted());
        json.field("matched").number(t.matched());
        json.field("precision").number(t.precision());
        json.field("recall").number(t.recall());
        json.field("f1").number(t.f1());
        json.field("comparatorAccuracy").number(t.comparatorAccuracy());
        json.field("dueAccuracy").number(t.dueAccuracy());
        json.close('}');
    }

    private static void field(Json json, TaskField f, FieldScore score) {
        json.field(f.jsonKey()).open('{');
        json.field("scored").number(score.scored());
        json.field("correct").number(score.correct());
        json.field("accuracy").number(score.accuracy());
        json.close('}');
    }

    private static void items(Json json, FieldScore score) {
        json.field("bodyItems").open('{');
        json.field("scored").number(score.scored());
        json.field("correct").number(score.correct());
        json.field("accuracy").number(score.accuracy());
        json.close('}');
    }

    /** A minimal pretty-printing JSON writer: enough for the report, with strict string escaping. */
    private static final class Json {
        private final PrintWriter out;
        private int depth;
        private boolean first = true;

        Json(PrintWriter out) {
            this.out = out;
        }

        Json open(char bracket) {
            out.print(bracket);
            depth++;
            first = true;
            return this;
        }

        void close(char bracket) {
            depth--;
            if (!first) {
                newline();
            }
            out.print(bracket);
            first = false;
        }

        Json field(String name) {
            element();
            quote(name);
            out.print(": ");
            return this;
        }

        Json element() {
            if (!first) {
                out.print(',');
            }
            newline();
            first = false;
            return this;
        }

        void string(String value) {
            quote(value);
        }

        void number(long value) {
            out.print(value);
        }

        void number(Double value) {
            out.print(value == null ? "null" : String.format(Locale.ROOT, "%.4f", value));
        }

        void bool(boolean value) {
            out.print(value);
        }

        private void newline() {
            out.print('\n');
            out.print("  ".repeat(depth));
        }

        private void quote(String s) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            out.print(b.append('"'));
        }
    }
}
