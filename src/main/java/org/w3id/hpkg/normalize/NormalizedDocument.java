package org.w3id.hpkg.normalize;

import java.util.List;

/**
 * The normalized text of one corpus file: simplified characters, half-width forms, one paragraph per
 * line. All offsets used by later stages (provenance spans, notes) point into {@link #text()}.
 *
 * @param original for a document converted from traditional characters, its text before the conversion,
 *     normalized in every other way like {@link #text()} and aligned with it character for character
 *     (the same offsets address both); null when the document was not converted or the two could not
 *     be aligned
 */
public record NormalizedDocument(String fileName, String text, String encoding, List<QualityNote> notes,
        String original) {
    public NormalizedDocument {
        notes = List.copyOf(notes);
        if (original != null && original.length() != text.length()) {
            throw new IllegalArgumentException("the original text of " + fileName + " is not aligned with its text");
        }
    }

    public NormalizedDocument(String fileName, String text, String encoding, List<QualityNote> notes) {
        this(fileName, text, encoding, notes, null);
    }
}
