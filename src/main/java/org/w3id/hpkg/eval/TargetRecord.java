package org.w3id.hpkg.eval;

import java.math.BigDecimal;

/**
 * One target as the gold format ({@code targets.tsv}) describes it.
 *
 * @param doc the corpus file name
 * @param task ordinal of the task it belongs to
 * @param indicator what is measured
 * @param comparator {@code AtLeast}, {@code AtMost}, {@code Exactly}, {@code Approximately} or {@code Between}
 * @param value the value (lower bound for Between)
 * @param max upper bound for Between, else null
 * @param unit "%", "‰", a measure word, or ""
 * @param due an ISO date, {@code ongoing}, or ""
 * @param evidence the clause it was read from (informational)
 */
public record TargetRecord(String doc, int task, String indicator, String comparator, BigDecimal value,
        BigDecimal max, String unit, String due, String evidence) {

    public TargetRecord {
        unit = unit == null ? "" : unit;
        due = due == null ? "" : due;
        evidence = evidence == null ? "" : evidence;
    }

    /** A compact description for mismatch lists: {@code 县域就诊率 AtLeast 90%}. */
    public String describe() {
        return indicator + " " + comparator + " " + value.stripTrailingZeros().toPlainString()
                + (max != null ? "-" + max.stripTrailingZeros().toPlainString() : "") + unit
                + (due.isEmpty() ? "" : " due " + due);
    }
}
