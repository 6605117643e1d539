package org.w3id.hpkg.extract;

import java.math.BigDecimal;

/** A number (or range) with its unit found in a clause; offsets are absolute in the document text. */
record Quantity(int start, int end, BigDecimal value, BigDecimal max, String unit, UnitKind kind) {

    enum UnitKind {
        RATE,
        AMOUNT,
        COUNT,
        /** An age or a life span in years (岁): a target only where it ends its clause (人均预期寿命达到78.5岁). */
        AGE,
        /** A length of time (天, 小时): a target only with a bound (平均住院日控制在8天以内), never 15分钟健身圈. */
        DURATION,
        NONE;

        /** A rate, an age or a length of time: a level of an indicator named before it, never a count of things. */
        boolean level() {
            return this == RATE || this == AGE || this == DURATION;
        }
    }
}
