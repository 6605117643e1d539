package org.w3id.hpkg.bench;

/** How a generated plan departs from a clean UTF-8 simplified-Chinese text, as real downloads do. */
public enum PlanVariant {
    /** Task table style: 责任领导/牵头科室/配合科室（单位）/完成时限 lines after each task. */
    FIELDS,
    /** Written in traditional characters. */
    TRADITIONAL,
    /** Pinyin readings printed after some characters ({@code 衛(wèi)生}), as scraped web pages have. */
    PINYIN,
    /** A few characters lost to {@code ?} or U+FFFD. */
    DAMAGED,
    /** Paragraphs broken in mid-sentence, as PDF and Word conversions leave them. */
    BROKEN_LINES,
    /** Encoded in GB18030 instead of UTF-8. */
    GB18030,
    /** UTF-8 with a byte-order mark. */
    UTF8_BOM,
    /** Windows line ends. */
    CRLF,
    /** Paragraphs indented with ideographic spaces and PDF spacing inside the head ({@code 2021 年}). */
    TYPESET
}
