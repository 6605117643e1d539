package org.w3id.hpkg.eval;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an {@link EvalReport} as JSON for machines, through Jakarta JSON Processing's streaming generator:
 * the JSON library already in the jar for Titanium, Jena's JSON-LD, so the report needs no library of its own.
 * Keys come in a fixed order; ratios keep four decimals ({@code 1.0000}) and are null where nothing was scored.
 */
final class ReportJson {

    private static final JsonGeneratorFactory PRETTY =
            Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private final JsonGenerator json;

    private ReportJson(JsonGenerator json) {
        this.json = json;
    }

    static void write(EvalReport report, String goldSource, String graphSource, PrintWriter out) {
        JsonGenerator json = PRETTY.createGenerator(out);
        new ReportJson(json).report(report, goldSource, graphSource);
        // flushed, not closed: closing the generator would close the caller's writer
        json.flush();
        out.println();
        out.flush();
    }

    private void report(EvalReport report, String goldSource, String graphSource) {
        json.writeStartObject();
        text("gold", goldSource);
        text("graph", graphSource);
        json.writeStartArray("documents");
        report.documents().forEach(d -> document(report, d));
        json.writeEnd();
        total(report);
        json.writeStartArray("unscored");
        report.unscored().forEach(json::write);
        json.writeEnd();
        json.writeStartArray("mismatches");
        report.mismatches().forEach(this::mismatch);
        json.writeEnd();
        json.writeEnd();
    }

    private void document(EvalReport report, DocumentScore d) {
        json.writeStartObject();
        text("document", d.doc());
        targets(report.targetsAnnotated(), d.targets());
        json.writeStartObject("tasks");
        json.write("scored", d.tasksScored());
        json.write("gold", d.goldTasks());
        json.write("found", d.predictedTasks());
        json.write("exact", d.taskCountExact());
        json.writeEnd();
        json.writeStartObject("fields");
        for (TaskField f : TaskField.values()) {
            score(f.jsonKey(), d.fields().get(f));
        }
        json.writeEnd();
        score("bodyItems", d.bodyItems());
        json.writeEnd();
    }

    private void total(EvalReport report) {
        json.writeStartObject("total");
        targets(report.targetsAnnotated(), report.targets());
        json.writeStartObject("tasks");
        json.write("annotated", report.tasksAnnotated());
        if (report.tasksAnnotated()) {
            json.write("gold", report.goldTasks());
            json.write("found", report.predictedTasks());
            json.write("documentsExact", report.exactTaskCounts());
            json.write("allExact", report.allTaskCountsExact());
        }
        json.writeEnd();
        json.writeStartObject("fields");
        for (TaskField f : TaskField.values()) {
            score(f.jsonKey(), report.field(f));
        }
        json.writeEnd();
        score("bodyItems", report.bodyItems());
        json.writeEnd();
    }

    /** Target scores, or only that gold has no targets: zeros there would read as a perfect score. */
    private void targets(boolean annotated, TargetScore t) {
        json.writeStartObject("targets");
        json.write("annotated", annotated);
        if (!annotated) {
            json.writeEnd();
            return;
        }
        json.write("gold", t.gold());
        json.write("found", t.predicted());
        json.write("matched", t.matched());
        ratio("precision", t.precision());
        ratio("recall", t.recall());
        ratio("f1", t.f1());
        ratio("comparatorAccuracy", t.comparatorAccuracy());
        ratio("dueAccuracy", t.dueAccuracy());
        json.writeEnd();
    }

    private void score(String name, FieldScore score) {
        json.writeStartObject(name);
        json.write("scored", score.scored());
        json.write("correct", score.correct());
        ratio("accuracy", score.accuracy());
        json.writeEnd();
    }

    private void mismatch(Mismatch m) {
        json.writeStartObject();
        text("document", m.doc());
        json.write("task", m.task());
        text("kind", m.kind());
        text("expected", m.expected());
        text("found", m.found());
        json.writeEnd();
    }

    /** A string, or null: the generator refuses a null string. */
    private void text(String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    /** A ratio with four decimals ({@code 1.0000}), or null where nothing was scored. */
    private void ratio(String name, Double value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, new BigDecimal(String.format(Locale.ROOT, "%.4f", value)));
        }
    }
}
