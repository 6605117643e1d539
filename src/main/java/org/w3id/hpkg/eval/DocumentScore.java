package org.w3id.hpkg.eval;

import java.util.List;
import java.util.Map;

/**
 * The scores of one document.
 *
 * @param doc the file name
 * @param targets target counts
 * @param goldTasks tasks in gold
 * @param predictedTasks tasks in the graph
 * @param fields per task field, the tasks scored and those right ({@link FieldScore#NONE} where the
 *     document does not name the field)
 * @param mismatches every disagreement found
 * @param tasksScored false when the gold annotates targets only
 */
public record DocumentScore(String doc, TargetScore targets, int goldTasks, int predictedTasks,
        Map<TaskField, FieldScore> fields, List<Mismatch> mismatches, boolean tasksScored) {

    public DocumentScore {
        fields = Map.copyOf(fields);
        mismatches = List.copyOf(mismatches);
    }

    public DocumentScore(String doc, TargetScore targets, int goldTasks, int predictedTasks,
            Map<TaskField, FieldScore> fields, List<Mismatch> mismatches) {
        this(doc, targets, goldTasks, predictedTasks, fields, mismatches, true);
    }

    /** Exact, or not scored (a gold set of targets only). */
    public boolean taskCountExact() {
        return !tasksScored || goldTasks == predictedTasks;
    }
}
