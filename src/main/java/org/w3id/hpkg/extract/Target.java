package org.w3id.hpkg.extract;

import java.math.BigDecimal;
import org.w3id.hpkg.parse.Span;

/**
 * A quantity a plan commits to, or (in an indicator table) a commitment stated in words.
 *
 * @param indicator what is measured, as written (shortest identifying noun phrase)
 * @param indicatorKey the normalized wording that identifies the same indicator across documents
 * @param comparator how the value bounds the indicator (for a change: the size of the change); null for a
 *     qualitative target
 * @param value the value, or the size of a change; null for a qualitative target
 * @param max upper bound for {@link Comparison#BETWEEN}, else null
 * @param unit "%", "‰", or the measure word as written; "" when the text gives none
 * @param deadline its own deadline, else its task's, else null
 * @param span the clause (or table cell's row) it was read from
 * @param change for a change ({@code 比2015年降低10%}) its direction and baseline; null for a level
 * @param baseline the baseline an indicator table prints beside it ({@code 2015年：76.34}), else null
 * @param statement the words of a qualitative target ({@code 持续改善}), else null
 */
public record Target(String indicator, String indicatorKey, Comparison comparator, BigDecimal value, BigDecimal max,
        String unit, Deadline deadline, Span span, Change change, Baseline baseline, String statement) {

    /** A level: the indicator is to reach, keep or stay within the value. */
    public Target(String indicator, String indicatorKey, Comparison comparator, BigDecimal value, BigDecimal max,
            String unit, Deadline deadline, Span span) {
        this(indicator, indicatorKey, comparator, value, max, unit, deadline, span, null, null, null);
    }

    /** Whether the plan commits in words only (no value). */
    public boolean qualitative() {
        return value == null;
    }

    /** The same target due at another horizon. */
    public Target withDeadline(Deadline due) {
        return new Target(indicator, indicatorKey, comparator, value, max, unit, due, span, change, baseline, statement);
    }

    /** The direction of a change and the year it is measured from. */
    public record Change(Direction direction, Integer baselineYear, boolean annual) {}

    /** Which way a change goes. */
    public enum Direction {
        INCREASE("Increase"),
        DECREASE("Decrease");

        private final String localName;

        Direction(String localName) {
            this.localName = localName;
        }

        /** The local name of the ontology individual. */
        public String localName() {
            return localName;
        }
    }

    /** The value an indicator table prints for its baseline, and the year it was measured. */
    public record Baseline(BigDecimal value, Integer year) {}
}
