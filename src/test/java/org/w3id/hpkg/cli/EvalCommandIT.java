package org.w3id.hpkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hpkg.cli.EvalFixture.DOC;
import static org.w3id.hpkg.cli.EvalFixture.eval;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hpkg eval} end to end (a rebuild of the corpus, then the scores) on a one-document corpus, with the
 * document's gold as is and with a gold it disagrees with. Its refusals: {@link EvalCommandTest}.
 */
class EvalCommandIT {

    @TempDir
    static Path dir;
    static EvalFixture fixture;

    @BeforeAll
    static void givenOneDocumentAndItsGold() throws Exception {
        fixture = EvalFixture.write(dir);
    }

    @Test
    void whenGoldAgrees_thenCheckPassesAndJsonReportsPerfectScores() {
        EvalFixture.Run run = eval("--gold", fixture.gold().toString(), "--corpus", fixture.corpus().toString(),
                "--format", "json", "--check");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(run.out()))) {
            json = reader.readObject();
        }
        assertEquals(DOC, json.getJsonArray("documents").getJsonObject(0).getString("document"), run.out());
        JsonObject total = json.getJsonObject("total");
        assertEquals(new BigDecimal("1.0000"), total.getJsonObject("targets").getJsonNumber("f1").bigDecimalValue());
        assertTrue(total.getJsonObject("tasks").getBoolean("allExact"), run.out());
        assertTrue(json.getJsonArray("mismatches").isEmpty(), run.out());
        assertTrue(run.out().contains("\"f1\": 1.0000"), "ratios keep four decimals: " + run.out());
    }

    @Test
    void whenGoldDisagrees_thenCheckFailsWithExitCode6AndDetailsListMisses() {
        EvalFixture.Run run = eval("--gold", fixture.wrongGold().toString(), "--corpus", fixture.corpus().toString(),
                "--details", "--check");
        assertEquals(ExitCodes.BELOW_THRESHOLD, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("target F1"), run.err());
        assertTrue(run.out().contains("missed target"), run.out());
        assertTrue(run.out().contains("spurious target"), run.out());
    }
}
