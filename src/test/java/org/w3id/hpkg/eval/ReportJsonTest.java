package org.w3id.hpkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

    private static final String DOC = "县\"卫生\"计划.txt";

    private static JsonObject write(EvalReport report) {
        StringWriter text = new StringWriter();
        new ReportWriter("data/gold", "graph rebuilt from data/corpus").json(report, new PrintWriter(text));
        try (var reader = Json.createReader(new StringReader(text.toString()))) {
            return reader.readObject();
        }
    }

    private static EvalReport report() {
        Map<TaskField, FieldScore> fields = new EnumMap<>(TaskField.class);
        for (TaskField f : TaskField.values()) {
            fields.put(f, new FieldScore(4, 3));
        }
        fields.put(TaskField.LEAD, new FieldScore(0, 0));
        Mismatch miss = new Mismatch(DOC, 2, "target", "接种率\t≥ 90%", "line one\nline \\two");
        DocumentScore doc = new DocumentScore(DOC, new TargetScore(3, 2, 2, 1, 2), true, 5, 4, fields,
                new FieldScore(2, 1), List.of(miss));
        return new EvalReport(List.of(doc), List.of("other.txt"));
    }

    @Test
    void writesJsonThatParsesBackToTheScores() {
        JsonObject json = write(report());
        assertEquals("data/gold", json.getString("gold"));
        JsonObject doc = json.getJsonArray("documents").getJsonObject(0);
        assertEquals(DOC, doc.getString("document"));
        JsonObject targets = doc.getJsonObject("targets");
        assertEquals(3, targets.getInt("gold"));
        assertEquals(new BigDecimal("1.0000"), targets.getJsonNumber("precision").bigDecimalValue());
        assertEquals(new BigDecimal("0.6667"), targets.getJsonNumber("recall").bigDecimalValue());
        assertEquals(new BigDecimal("0.8000"), targets.getJsonNumber("f1").bigDecimalValue());
        assertEquals(new BigDecimal("0.5000"), targets.getJsonNumber("comparatorAccuracy").bigDecimalValue());
        JsonObject tasks = doc.getJsonObject("tasks");
        assertEquals(List.of("scored", "gold", "found", "exact"), List.copyOf(tasks.keySet()));
        assertEquals(JsonValue.FALSE, tasks.get("exact"));
        assertEquals(JsonValue.NULL, doc.getJsonObject("fields").getJsonObject("leadBodies").get("accuracy"));
        assertEquals(new BigDecimal("0.7500"),
                doc.getJsonObject("fields").getJsonObject("leaders").getJsonNumber("accuracy").bigDecimalValue());
        assertEquals(1, doc.getJsonObject("bodyItems").getInt("correct"));
        assertEquals(1, json.getJsonArray("unscored").size());
        assertEquals("other.txt", json.getJsonArray("unscored").getString(0));
        JsonObject miss = json.getJsonArray("mismatches").getJsonObject(0);
        assertEquals("接种率\t≥ 90%", miss.getString("expected"));
        assertEquals("line one\nline \\two", miss.getString("found"));
        assertEquals(2, miss.getInt("task"));
        assertEquals(0, json.getJsonObject("total").getJsonObject("tasks").getInt("documentsExact"));
    }

    @Test
    void keepsTheKeysInTheirOrder() {
        JsonObject json = write(report());
        assertEquals(List.of("gold", "graph", "documents", "total", "unscored", "mismatches"), List.copyOf(json.keySet()));
        JsonObject doc = json.getJsonArray("documents").getJsonObject(0);
        assertEquals(List.of("document", "targets", "tasks", "fields", "bodyItems"), List.copyOf(doc.keySet()));
        assertEquals(List.of("annotated", "gold", "found", "matched", "precision", "recall", "f1", "comparatorAccuracy",
                "dueAccuracy"),
                List.copyOf(doc.getJsonObject("targets").keySet()));
        assertEquals(List.of("scored", "correct", "accuracy"), List.copyOf(doc.getJsonObject("bodyItems").keySet()));
        JsonObject total = json.getJsonObject("total");
        assertEquals(List.of("targets", "tasks", "fields", "bodyItems"), List.copyOf(total.keySet()));
        assertEquals(List.of("annotated", "gold", "found", "documentsExact", "allExact"),
                List.copyOf(total.getJsonObject("tasks").keySet()));
        assertEquals(List.of("document", "task", "kind", "expected", "found"),
                List.copyOf(json.getJsonArray("mismatches").getJsonObject(0).keySet()));
    }

    @Test
    void printsOneKeyALine() {
        StringWriter text = new StringWriter();
        new ReportWriter("g", "x").json(new EvalReport(List.of(), List.of()), new PrintWriter(text));
        String out = text.toString();
        // Jakarta JSON Processing's pretty printing: four spaces a level, an empty list over two lines
        assertTrue(out.startsWith("{\n    \"gold\": \"g\",\n    \"graph\": \"x\",\n    \"documents\": [\n    ],"), out);
        assertTrue(out.endsWith("    \"mismatches\": [\n    ]\n}\n"), out);
    }
}
