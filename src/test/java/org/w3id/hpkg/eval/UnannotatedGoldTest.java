package org.w3id.hpkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gold set that annotates only some tables (data/gold/bodies-dev: items and their bodies) scores only those:
 * the report says the others were not annotated instead of showing zeros that read as a perfect score.
 */
class UnannotatedGoldTest {

    private static final String DOC = "county-plan.txt";

    private static EvalReport bodiesOnly(Path dir) throws Exception {
        Files.writeString(dir.resolve(GoldReader.BODIES), "doc\tlabel\tlead\tcooperating\n"
                + DOC + "\t推进医共体建设\t县卫生健康局\t县财政局\n", StandardCharsets.UTF_8);
        Annotations gold = new GoldReader().read(dir);
        Annotations found = new Annotations();
        found.add(new TaskRecord(DOC, 1, "推进医共体建设", Set.of(), Set.of("县卫生健康局"), Set.of("县财政局"), ""));
        found.add(new TargetRecord(DOC, 1, "签约率", "AtLeast", new BigDecimal("80"), null, "%", "", ""));
        return new Scorer().score(gold, found);
    }

    @Test
    void givenGoldWithoutTargetsOrTasks_thenTheyAreNotScored(@TempDir Path dir) throws Exception {
        EvalReport report = bodiesOnly(dir);
        assertFalse(report.targetsAnnotated());
        assertFalse(report.tasksAnnotated());
        assertEquals(0, report.targets().predicted(), "the target found is not scored against no gold");
        assertTrue(report.mismatches().isEmpty(), "no spurious targets: " + report.mismatches());
        assertTrue(report.failures(EvalReport.Thresholds.DEFAULT).isEmpty(), "--check passes on what was scored");
        assertEquals(1, report.bodyItems().correct());
    }

    @Test
    void givenGoldWithoutTargets_thenTheTextSaysSo(@TempDir Path dir) throws Exception {
        StringWriter text = new StringWriter();
        new ReportWriter("gold/bodies", "graph").text(bodiesOnly(dir), new PrintWriter(text), false);
        String out = text.toString();
        assertTrue(out.contains("Targets: not annotated (gold/bodies has no targets.tsv), not scored"), out);
        assertTrue(out.contains("Tasks: not annotated (gold/bodies has no tasks.tsv), not scored"), out);
        assertFalse(out.contains("precision"), out);
        assertTrue(out.contains("Bodies per item (items"), out);
    }

    @Test
    void givenGoldWithoutTargets_thenTheJsonSaysSoAndGivesNoScores(@TempDir Path dir) throws Exception {
        StringWriter text = new StringWriter();
        new ReportWriter("gold/bodies", "graph").json(bodiesOnly(dir), new PrintWriter(text));
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(text.toString()))) {
            json = reader.readObject();
        }
        JsonObject total = json.getJsonObject("total");
        assertEquals(Json.createObjectBuilder().add("annotated", false).build(), total.getJsonObject("targets"));
        assertEquals(Json.createObjectBuilder().add("annotated", false).build(), total.getJsonObject("tasks"));
        JsonObject doc = json.getJsonArray("documents").getJsonObject(0);
        assertEquals(Json.createObjectBuilder().add("annotated", false).build(), doc.getJsonObject("targets"));
        assertEquals(1, total.getJsonObject("bodyItems").getInt("correct"));
    }

    @Test
    void givenGoldWithTargets_thenTheJsonSaysTheyAreAnnotated() {
        StringWriter text = new StringWriter();
        new ReportWriter("g", "x").json(new Scorer().score(new Annotations(), new Annotations()), new PrintWriter(text));
        try (var reader = Json.createReader(new StringReader(text.toString()))) {
            JsonObject targets = reader.readObject().getJsonObject("total").getJsonObject("targets");
            assertTrue(targets.getBoolean("annotated"));
            assertEquals(new BigDecimal("1.0000"), targets.getJsonNumber("f1").bigDecimalValue());
        }
    }
}
