package org.w3id.hpkg.parse;

/** A half-open range [start, end) of characters in a normalized document's text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + "-" + end);
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
