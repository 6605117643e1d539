package org.w3id.hpkg.normalize;

/**
 * Removes the spaces that typesetting and PDF conversion put inside Chinese text ({@code 2021 年},
 * {@code 卫 生 健 康 局}) and trims every line. Spaces between two Latin words are kept; tabs between the
 * cells of a table row are kept.
 */
final class SpacingCleaner {

    String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.indexOf('\t') >= 0 ? cleanRow(line.strip()) : cleanLine(line.strip()));
        }
        return out.toString();
    }

    /**
     * A line with tabs is a table row flattened to text: each tab separates two cells and is kept (an
     * empty cell keeps its column); the cells are cleaned one by one.
     */
    private static String cleanRow(String line) {
        String[] cells = line.split("\t", -1);
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(cleanLine(cells[i].strip()));
        }
        return out.toString();
    }

    private static String cleanLine(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                int end = i;
                while (end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\t')) {
                    end++;
                }
                char before = out.length() > 0 ? out.charAt(out.length() - 1) : 0;
                char after = end < line.length() ? line.charAt(end) : 0;
                if (!(isWide(before) && (isWide(after) || Character.isDigit(after)))
                        && !(Character.isDigit(before) && isWide(after))) {
                    out.append(' ');
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Chinese characters and CJK punctuation, which are never separated by spaces in running text. */
    static boolean isWide(char c) {
        if (c == 0) {
            return false;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && c >= '\u2010'
                || c == '%' || c == '‰';
    }
}
