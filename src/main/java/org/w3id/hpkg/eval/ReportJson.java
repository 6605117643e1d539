package org.w3id.hpkg.eval;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Writes an {@link EvalReport} as JSON for machines, through Gson's streaming writer (on the class path with
 * Jena). Gson keeps the layout the report has always had (two-space indent, {@code "key": value}, {@code []} for
 * an empty list), which scripts reading the report may match; ratios keep four decimals.
 */
final class ReportJson {

    private final JsonWriter json;

    private ReportJson(PrintWriter out) {
        this.json = new JsonWriter(out);
        json.setIndent("  ");
    }

    static void write(EvalReport report, String goldSource, String graphSource, PrintWriter out) {
        try {
            new ReportJson(out).report(report, goldSource, graphSource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the evaluation report", e);
        }
        out.println();
        out.flush();
    }

    private void report(EvalReport report, String goldSource, String graphSource) throws IOException {
        json.beginObject();
        json.name("gold").value(goldSource);
        json.name("graph").value(graphSource);
        json.name("documents").beginArray();
        for (DocumentScore d : report.documents()) {
            document(d);
        }
        json.endArray();
        total(report);
        json.name("unscored").beginArray();
        for (String doc : report.unscored()) {
            json.value(doc);
        }
        json.endArray();
        json.name("mismatches").beginArray();
        for (Mismatch m : report.mismatches()) {
            mismatch(m);
        }
        json.endArray();
        json.endObject();
        json.flush();
    }

    private void document(DocumentScore d) throws IOException {
        json.beginObject();
        json.name("document").value(d.doc());
        targets(d.targets());
        json.name("tasks").beginObject();
        json.name("scored").value(d.tasksScored());
        json.name("gold").value(d.goldTasks());
        json.name("found").value(d.predictedTasks());
        json.name("exact").value(d.taskCountExact());
        json.endObject();
        json.name("fields").beginObject();
        for (TaskField f : TaskField.values()) {
            score(f.jsonKey(), d.fields().get(f));
        }
        json.endObject();
        score("bodyItems", d.bodyItems());
        json.endObject();
    }

    private void total(EvalReport report) throws IOException {
        json.name("total").beginObject();
        targets(report.targets());
        json.name("tasks").beginObject();
        json.name("gold").value(report.goldTasks());
        json.name("found").value(report.predictedTasks());
        json.name("documentsExact").value(report.exactTaskCounts());
        json.name("allExact").value(report.allTaskCountsExact());
        json.endObject();
        json.name("fields").beginObject();
        for (TaskField f : TaskField.values()) {
            score(f.jsonKey(), report.field(f));
        }
        json.endObject();
        score("bodyItems", report.bodyItems());
        json.endObject();
    }

    private void targets(TargetScore t) throws IOException {
        json.name("targets").beginObject();
        json.name("gold").value(t.gold());
        json.name("found").value(t.predicted());
        json.name("matched").value(t.matched());
        json.name("precision").value(ratio(t.precision()));
        json.name("recall").value(ratio(t.recall()));
        json.name("f1").value(ratio(t.f1()));
        json.name("comparatorAccuracy").value(ratio(t.comparatorAccuracy()));
        json.name("dueAccuracy").value(ratio(t.dueAccuracy()));
        json.endObject();
    }

    private void score(String name, FieldScore score) throws IOException {
        json.name(name).beginObject();
        json.name("scored").value(score.scored());
        json.name("correct").value(score.correct());
        json.name("accuracy").value(ratio(score.accuracy()));
        json.endObject();
    }

    private void mismatch(Mismatch m) throws IOException {
        json.beginObject();
        json.name("document").value(m.doc());
        json.name("task").value(m.task());
        json.name("kind").value(m.kind());
        json.name("expected").value(m.expected());
        json.name("found").value(m.found());
        json.endObject();
    }

    /** A ratio with four decimals ({@code 1.0000}), or null where nothing was scored. */
    private static BigDecimal ratio(Double value) {
        return value == null ? null : new BigDecimal(String.format(Locale.ROOT, "%.4f", value));
    }
}
