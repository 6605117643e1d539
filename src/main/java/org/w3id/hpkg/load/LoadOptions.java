package org.w3id.hpkg.load;

import java.time.Duration;

/**
 * Limits and choices for reading converted formats.
 *
 * @param ocr recognize the text of PDFs without a text layer with Tesseract (Chinese, simplified)
 * @param timeLimit how long reading one file may take before it is given up (a parser that hangs)
 * @param maxPages more pages than a plan can have: a compilation or a mistake, refused
 * @param maxChars more text than a plan can have, refused (Tika's write limit)
 */
public record LoadOptions(boolean ocr, Duration timeLimit, int maxPages, int maxChars) {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(120);
    public static final int DEFAULT_MAX_PAGES = 500;
    public static final int DEFAULT_MAX_CHARS = 5_000_000;

    public static LoadOptions defaults() {
        return new LoadOptions(false, DEFAULT_TIME_LIMIT, DEFAULT_MAX_PAGES, DEFAULT_MAX_CHARS);
    }

    public LoadOptions withOcr(boolean ocr) {
        return new LoadOptions(ocr, timeLimit, maxPages, maxChars);
    }

    public LoadOptions withTimeLimit(Duration timeLimit) {
        return new LoadOptions(ocr, timeLimit, maxPages, maxChars);
    }

    public LoadOptions withMaxPages(int maxPages) {
        return new LoadOptions(ocr, timeLimit, maxPages, maxChars);
    }
}
