package org.w3id.hpkg.parse;

import java.util.List;

/**
 * The finest numbered item carrying a piece of work.
 *
 * @param ordinal 1-based position among the document's tasks, as they appear (printed numbers are not trusted)
 * @param number the number as printed, e.g. {@code (十二)}
 * @param label the heading phrase, or the first clause
 * @param span the task's text, from its number to the end of its body (field blocks excluded)
 * @param bodyStart where the text after the number starts
 * @param section the ordinal of its section, or 0 when the task is itself top-level
 * @param fields labelled fields, its own first, then those inherited from its section
 */
public record ParsedTask(int ordinal, String number, String label, Span span, int bodyStart, int section,
        List<FieldValue> fields) {

    public ParsedTask {
        fields = List.copyOf(fields);
    }

    public Span body() {
        return new Span(bodyStart, span.end());
    }

    /** Every value of a field, in text order ({@code 牵头单位} and {@code 责任单位} both name lead bodies). */
    public List<FieldValue> values(Field field) {
        return fields.stream().filter(v -> v.field() == field).toList();
    }

    /** The first value of a field, or null. */
    public FieldValue field(Field field) {
        for (FieldValue value : fields) {
            if (value.field() == field) {
                return value;
            }
        }
        return null;
    }
}
