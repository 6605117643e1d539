package org.w3id.hpkg.parse;

/**
 * One part of a file that holds several: the covering notice ({@code 关于印发《…》的通知}), the plan it
 * publishes, and each annex ({@code 附件1}…), each with its own title and outline.
 *
 * @param ordinal 1-based in document order
 * @param kind what the part is
 * @param number the annex's number as printed ({@code 附件2}); null for the notice and the plan
 * @param title the part's title line, or null
 * @param span the part's text
 */
public record ParsedPart(int ordinal, Kind kind, String number, String title, Span span) {

    public enum Kind {
        NOTICE,
        PLAN,
        ANNEX
    }

    public boolean contains(int offset) {
        return offset >= span.start() && offset < span.end();
    }
}
