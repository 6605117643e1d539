package org.w3id.hpkg.eval;

import java.math.BigDecimal;

/**
 * One target as the gold format ({@code targets.tsv}) describes it.
 *
 * @param doc the corpus file name
 * @param task ordinal of the task it belongs to; 0 for a target stated outside tasks (a goals paragraph,
 *     an indicator table, the preamble: {@code task} empty in gold)
 * @param indicator what is measured
 * @param comparator {@code AtLeast}, {@code AtMost}, {@code Exactly}, {@code Approximately} or {@code Between};
 *     "" for a qualitative target
 * @param value the value (lower bound for Between; the size of a change); null for a qualitative target
 * @param max upper bound for Between, else null
 * @param unit "%", "‰", a measure word, or ""
 * @param due an ISO date, {@code ongoing}, or ""
 * @param evidence the clause it was read from (informational)
 * @param change {@code Increase} or {@code Decrease} for a change, else ""
 * @param baselineYear the year a change is measured from (or a table's baseline year), else ""
 * @param statement the words of a qualitative target ({@code 持续改善}), else ""
 */
public record TargetRecord(String doc, int task, String indicator, String comparator, BigDecimal value,
        BigDecimal max, String unit, String due, String evidence, String change, String baselineYear,
        String statement) {

    public TargetRecord {
        comparator = comparator == null ? "" : comparator;
        unit = unit == null ? "" : unit;
        due = due == null ? "" : due;
        evidence = evidence == null ? "" : evidence;
        change = change == null ? "" : change;
        baselineYear = baselineYear == null ? "" : baselineYear;
        statement = statement == null ? "" : statement;
    }

    /** A level target (no change, not qualitative). */
    public TargetRecord(String doc, int task, String indicator, String comparator, BigDecimal value, BigDecimal max,
            String unit, String due, String evidence) {
        this(doc, task, indicator, comparator, value, max, unit, due, evidence, "", "", "");
    }

    /** Whether the target is stated in words only. */
    public boolean qualitative() {
        return value == null;
    }

    /** A compact description for mismatch lists: {@code 县域就诊率 AtLeast 90%}. */
    public String describe() {
        if (qualitative()) {
            return indicator + " “" + statement + "”" + (due.isEmpty() ? "" : " due " + due);
        }
        return indicator + " " + (change.isEmpty() ? "" : change + " ") + comparator + " "
                + value.stripTrailingZeros().toPlainString()
                + (max != null ? "-" + max.stripTrailingZeros().toPlainString() : "") + unit
                + (baselineYear.isEmpty() ? "" : " from " + baselineYear)
                + (due.isEmpty() ? "" : " due " + due);
    }
}
