package org.w3id.hpkg.eval;

import java.util.Set;

/**
 * One task as the gold format ({@code tasks.tsv}) describes it, whether read from a gold file or from
 * the graph.
 *
 * @param doc the corpus file name
 * @param ordinal 1-based position of the task in its document
 * @param label heading phrase (informational; not scored)
 * @param leaders names after 责任领导 and the like
 * @param lead lead bodies
 * @param cooperating cooperating bodies
 * @param due an ISO date, {@code ongoing}, or "" when none is stated
 */
public record TaskRecord(String doc, int ordinal, String label, Set<String> leaders, Set<String> lead,
        Set<String> cooperating, String due) {

    public TaskRecord {
        leaders = Set.copyOf(leaders);
        lead = Set.copyOf(lead);
        cooperating = Set.copyOf(cooperating);
        due = due == null ? "" : due;
    }

    /** The value of one scored field. */
    Object field(TaskField field) {
        return switch (field) {
            case LEADERS -> leaders;
            case LEAD -> lead;
            case COOPERATING -> cooperating;
            case DUE -> due;
        };
    }
}
