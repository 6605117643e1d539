package org.w3id.hpkg.load;

import java.util.List;
import java.util.Map;

/**
 * A converted file as structured text: one block (paragraph, heading, list item) per line, as the
 * format had it; a table row per line with its cells separated by TAB; pages (of a PDF) separated by a
 * line holding only {@link #PAGE_BREAK}, so that the normalizer can tell page furniture from text. Lines
 * of a PDF keep their leading spaces: an indented line starts a paragraph.
 *
 * @param headings the blocks the format marks as headings (Word heading styles, HTML h1–h6), in order
 * @param metadata what the file says about itself, under the keys of {@link Origin.Field}
 * @param recognized whether the text was recognized from page images (OCR) rather than read
 */
public record LoadedDocument(DocumentFormat format, String text, List<Heading> headings,
        Map<Origin.Field, String> metadata, boolean recognized, int pages) {

    public static final char PAGE_BREAK = '\f';

    public LoadedDocument {
        headings = List.copyOf(headings);
        metadata = Map.copyOf(metadata);
    }

    /** A block marked as a heading, level 1 the highest. */
    public record Heading(int level, String text) {}
}
