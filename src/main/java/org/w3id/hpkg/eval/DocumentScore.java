package org.w3id.hpkg.eval;

import java.util.List;
import java.util.Map;

/**
 * The scores of one document.
 *
 * @param doc the file name
 * @param targets target counts
 * @param tasksScored whether gold lists the document's tasks (else their count is not scored)
 * @param goldTasks tasks in gold
 * @param predictedTasks tasks in the graph
 * @param fields per task field, the tasks scored and those right ({@link FieldScore#NONE} where the
 *     document does not name the field)
 * @param bodyItems the items whose bodies gold names, and those the graph has right ({@link ItemScorer})
 * @param mismatches every disagreement found
 */
public record DocumentScore(String doc, TargetScore targets, boolean tasksScored, int goldTasks, int predictedTasks,
        Map<TaskField, FieldScore> fields, FieldScore bodyItems, List<Mismatch> mismatches) {

    public DocumentScore {
        fields = Map.copyOf(fields);
        mismatches = List.copyOf(mismatches);
    }

    /** Exact, or not scored (a gold set of targets only). */
    public boolean taskCountExact() {
        return !tasksScored || goldTasks == predictedTasks;
    }
}
