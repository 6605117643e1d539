package org.w3id.hpkg.extract;

import java.math.BigDecimal;
import org.w3id.hpkg.parse.Span;

/**
 * A quantity a plan commits to.
 *
 * @param indicator what is measured, as written (shortest identifying noun phrase)
 * @param indicatorKey the normalized wording that identifies the same indicator across documents
 * @param max upper bound for {@link Comparison#BETWEEN}, else null
 * @param unit "%", "‰", or the measure word as written; "" when the text gives none
 * @param deadline its own deadline, else its task's, else null
 * @param span the clause it was read from
 */
public record Target(String indicator, String indicatorKey, Comparison comparator, BigDecimal value, BigDecimal max,
        String unit, Deadline deadline, Span span) {}
