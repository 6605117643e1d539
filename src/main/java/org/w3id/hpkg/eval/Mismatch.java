package org.w3id.hpkg.eval;

/**
 * One disagreement between gold and prediction, for the detailed report.
 *
 * @param doc the document
 * @param task the task ordinal, or 0 for the document as a whole
 * @param kind what disagrees, e.g. {@code missed target} or {@code lead bodies}
 * @param expected the gold value ("" when gold has none)
 * @param found the predicted value ("" when there is none)
 */
public record Mismatch(String doc, int task, String kind, String expected, String found) {

    @Override
    public String toString() {
        return doc + (task > 0 ? " task " + task : "") + ": " + kind
                + (expected.isEmpty() ? "" : " — expected " + expected) + (found.isEmpty() ? "" : " — found " + found);
    }
}
