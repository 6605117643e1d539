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
        UNPARSED_VALUE,
        /** Radical look-alikes (Kangxi Radicals, CJK Radicals Supplement) were replaced by the characters. */
        RADICALS_FOLDED,
        /** Page numbers, running headers or web-page chrome were removed. */
        FURNITURE_REMOVED,
        /** A table printed as labelled records was read back into rows. */
        TABLE_REBUILT,
        /** Numbered items glued into one line were split. */
        ITEMS_SPLIT,
        /** The text was converted from another format (PDF, Word, web page…). */
        CONVERTED,
        /** The text was recognized from page images (OCR) and may hold recognition errors. */
        RECOGNIZED_TEXT
    }

    public static QualityNote whole(Kind kind, String detail) {
        return new QualityNote(kind, -1, detail);
    }
}
