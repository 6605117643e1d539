package org.w3id.hpkg.normalize;

import java.util.List;
import org.w3id.hpkg.load.LoadedDocument;
import org.w3id.hpkg.load.Origin;

/**
 * The normalized text of one corpus file: simplified characters, half-width forms, one paragraph per
 * line, a table row per line with its cells separated by TAB. All offsets used by later stages
 * (provenance spans, notes) point into {@link #text()}.
 *
 * @param original for a document converted from traditional characters, its text before the conversion,
 *     normalized in every other way like {@link #text()} and aligned with it character for character
 *     (the same offsets address both); null when the document was not converted or the two could not
 *     be aligned
 * @param origin the file's format and what it or {@code sources.csv} states about the document
 * @param headings the lines the file's format marked as headings (Word heading styles, HTML h1–h6),
 *     normalized as the text is
 */
public record NormalizedDocument(String fileName, String text, String encoding, List<QualityNote> notes,
        String original, Origin origin, List<LoadedDocument.Heading> headings) {
    public NormalizedDocument {
        notes = List.copyOf(notes);
        headings = List.copyOf(headings);
        if (original != null && original.length() != text.length()) {
            throw new IllegalArgumentException("the original text of " + fileName + " is not aligned with its text");
        }
    }

    public NormalizedDocument(String fileName, String text, String encoding, List<QualityNote> notes,
            String original) {
        this(fileName, text, encoding, notes, original, Origin.TEXT, List.of());
    }

    public NormalizedDocument(String fileName, String text, String encoding, List<QualityNote> notes) {
        this(fileName, text, encoding, notes, null);
    }

    /** This document with {@code origin} (as {@code sources.csv} completes it). */
    public NormalizedDocument withOrigin(Origin origin) {
        return new NormalizedDocument(fileName, text, encoding, notes, original, origin, headings);
    }
}
