package org.w3id.hpkg.normalize;

/**
 * A data-quality observation about a document: where the text was damaged or repaired. Offsets are
 * into the normalized text; -1 when the note concerns the whole document.
 */
public record QualityNote(Kind kind, int offset, String detail) {

    public enum Kind {
        /** A character was lost (U+FFFD, or '?' where a Chinese character stood). */
        DAMAGED_CHARACTER,
        /** The text was written in traditional characters and converted. */
        TRADITIONAL_CONVERTED,
        /** Pinyin readings in brackets were removed. */
        PINYIN_REMOVED,
        /** Lines broken in the middle of a sentence were rejoined. */
        LINES_REJOINED,
        /** Control characters or unpaired surrogates were removed. */
        CONTROL_REMOVED,
        /** The file was not in UTF-8. */
        LEGACY_ENCODING,
        /** A field or date could not be read; the rest of the document was kept. */
        UNPARSED_VALUE
    }

    public static QualityNote whole(Kind kind, String detail) {
        return new QualityNote(kind, -1, detail);
    }
}
