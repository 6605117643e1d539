package org.w3id.hpkg.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of an evaluation: per-document scores, their totals, and the documents of the graph that
 * gold does not cover. Totals sum counts over documents (micro-averages), as the guidelines say.
 */
public final class EvalReport {

    private final List<DocumentScore> documents;
    private final List<String> unscored;
    private final boolean targetsAnnotated;

    /** A report whose gold annotates targets. */
    public EvalReport(List<DocumentScore> documents, List<String> unscored) {
        this(documents, unscored, true);
    }

    /** @param targetsAnnotated whether gold lists targets (else target scores mean nothing and are not given) */
    public EvalReport(List<DocumentScore> documents, List<String> unscored, boolean targetsAnnotated) {
        this.documents = List.copyOf(documents);
        this.unscored = List.copyOf(unscored);
        this.targetsAnnotated = targetsAnnotated;
    }

    /** Whether gold lists targets: without a targets file, targets are not scored. */
    public boolean targetsAnnotated() {
        return targetsAnnotated;
    }

    /** Whether gold lists the tasks of any document (a dev set of targets or bodies alone lists none). */
    public boolean tasksAnnotated() {
        return taskScoredDocuments() > 0;
    }

    public List<DocumentScore> documents() {
        return documents;
    }

    /** Documents in the graph that gold has no annotations for. */
    public List<String> unscored() {
        return unscored;
    }

    public TargetScore targets() {
        TargetScore total = TargetScore.NONE;
        for (DocumentScore d : documents) {
            total = total.plus(d.targets());
        }
        return total;
    }

    public int goldTasks() {
        return documents.stream().mapToInt(DocumentScore::goldTasks).sum();
    }

    public int predictedTasks() {
        return documents.stream().mapToInt(DocumentScore::predictedTasks).sum();
    }

    /** Documents whose tasks gold annotates and whose task count is exact. */
    public long exactTaskCounts() {
        return documents.stream().filter(d -> d.tasksScored() && d.taskCountExact()).count();
    }

    /** Documents whose tasks gold annotates (a dev set of targets or bodies alone annotates none). */
    public long taskScoredDocuments() {
        return documents.stream().filter(DocumentScore::tasksScored).count();
    }

    public boolean allTaskCountsExact() {
        return exactTaskCounts() == taskScoredDocuments();
    }

    public FieldScore field(TaskField field) {
        FieldScore total = FieldScore.NONE;
        for (DocumentScore d : documents) {
            total = total.plus(d.fields().get(field));
        }
        return total;
    }

    /** Bodies per item over all documents ({@link ItemScorer}). */
    public FieldScore bodyItems() {
        FieldScore total = FieldScore.NONE;
        for (DocumentScore d : documents) {
            total = total.plus(d.bodyItems());
        }
        return total;
    }

    public Map<TaskField, FieldScore> fields() {
        Map<TaskField, FieldScore> all = new EnumMap<>(TaskField.class);
        for (TaskField f : TaskField.values()) {
            all.put(f, field(f));
        }
        return all;
    }

    public List<Mismatch> mismatches() {
        List<Mismatch> all = new ArrayList<>();
        documents.forEach(d -> all.addAll(d.mismatches()));
        return all;
    }

    /**
     * What falls short of the thresholds, one sentence each; empty when the evaluation passes. Field
     * accuracies that nothing was scored for (no document names the field) are not checked.
     */
    public List<String> failures(Thresholds thresholds) {
        List<String> failures = new ArrayList<>();
        TargetScore t = targets();
        if (targetsAnnotated && t.f1() < thresholds.targetF1()) {
            failures.add(String.format("target F1 %.3f is below %.2f", t.f1(), thresholds.targetF1()));
        }
        if (thresholds.exactTaskCounts() && !allTaskCountsExact()) {
            for (DocumentScore d : documents) {
                if (!d.taskCountExact()) {
                    failures.add(d.doc() + ": " + d.predictedTasks() + " tasks found, gold has " + d.goldTasks());
                }
            }
        }
        for (TaskField f : TaskField.values()) {
            Double accuracy = field(f).accuracy();
            if (accuracy != null && accuracy < thresholds.fieldAccuracy()) {
                failures.add(String.format("%s accuracy %.3f is below %.2f", f.title(), accuracy,
                        thresholds.fieldAccuracy()));
            }
        }
        Double items = bodyItems().accuracy();
        if (items != null && items < thresholds.fieldAccuracy()) {
            failures.add(String.format("bodies per item %.3f is below %.2f", items, thresholds.fieldAccuracy()));
        }
        return failures;
    }

    /** Minimum scores an evaluation must reach: {@link #DEFAULT} is the project's bar (issue 3). */
    public record Thresholds(double targetF1, boolean exactTaskCounts, double fieldAccuracy) {
        public static final Thresholds DEFAULT = new Thresholds(0.95, true, 0.95);
    }
}
