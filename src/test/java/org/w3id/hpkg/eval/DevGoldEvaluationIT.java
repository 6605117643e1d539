package org.w3id.hpkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Target extraction beyond the corpus, scored as `hpkg eval` scores it: the devset plan (the PDF as
 * published, data/devset; gold data/gold/devset) and the plans written in the genre (data/genre-dev, gold data/gold/genre-dev). Gold sets
 * of targets only: their tasks are not scored.
 */
class DevGoldEvaluationIT {

    private static EvalReport evaluate(String gold, String corpus, StringWriter text) throws Exception {
        Evaluation evaluation = new Evaluation(EvalOptions.builder().gold(Path.of(gold)).corpus(Path.of(corpus))
                .threads(2).build(), System.err);
        EvalReport report = evaluation.run();
        new ReportWriter(gold, evaluation.graphSource()).text(report, new PrintWriter(text), true);
        return report;
    }

    @Test
    void givenTheDevsetPlan_whenEvaluated_thenItsTargetsInTablesGoalsAndTasksAreRead() throws Exception {
        StringWriter text = new StringWriter();
        EvalReport report = evaluate("data/gold/devset", "data/devset", text);
        assertEquals(38, report.targets().gold(), "the gold of the PDF");
        assertTrue(report.targets().f1() >= 0.95, text.toString());
        assertTrue(report.allTaskCountsExact(), "tasks are not annotated, so not scored");
        assertEquals(1, report.documents().size(), "the folder's README is not a plan");
    }

    @Test
    void givenPlansWrittenInTheGenre_whenEvaluated_thenTargetF1ReachesTheGoal() throws Exception {
        StringWriter text = new StringWriter();
        EvalReport report = evaluate("data/gold/genre-dev", "data/genre-dev", text);
        assertEquals(7, report.documents().size());
        assertEquals(117, report.targets().gold());
        assertTrue(report.targets().f1() >= 0.95, text.toString());
    }
}
