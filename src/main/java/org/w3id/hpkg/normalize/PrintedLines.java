package org.w3id.hpkg.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rejoins the printed lines of a paginated document (a PDF's text layer) into paragraphs, before
 * anything strips the lines: a printed line that runs to the right margin continues on the next line,
 * also in the middle of a word or a number ({@code 卫生健⏎康委}), unless the next line starts a paragraph.
 * Where the document indents its paragraphs (as Chinese official documents do, two characters), an
 * indented line starts one; else a line that ends a sentence ends its paragraph. The margin is learned
 * from the document: the most common width of its long lines, CJK characters counting double.
 */
final class PrintedLines {

    /** Share of indented lines from which a document is taken to indent its paragraphs. */
    private static final double INDENTING = 0.05;
    private final Pattern paragraphStart;
    private final WidthFolder width = new WidthFolder();

    PrintedLines(Pattern paragraphStart) {
        this.paragraphStart = paragraphStart;
    }

    /** Returns the text with printed lines rejoined; {@code count[0]} receives the joins. */
    String join(String text, int[] count) {
        count[0] = 0;
        List<String> lines = new ArrayList<>();
        List<Boolean> gaps = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.stripTrailing());
                gaps.add(Character.isWhitespace(line.charAt(line.length() - 1)));
            }
        }
        int margin = margin(lines);
        long indented = lines.stream().filter(PrintedLines::indented).count();
        boolean indents = indented >= INDENTING * lines.size();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > 0 && joins(lines.get(i - 1), line, margin, indents)) {
                String next = line.strip();
                // a number or word broken apart, or a printed gap after a bracket or sign before one
                // ("(%) ⏎2015年"), keeps a space; Chinese runs on without one
                char last = out.charAt(out.length() - 1);
                if (isAsciiWord(next.charAt(0)) && (isAsciiWord(last) || gaps.get(i - 1) && !SpacingCleaner.isWide(last))) {
                    out.append(' ');
                }
                out.append(next);
                count[0]++;
            } else {
                out.append(i > 0 ? "\n" : "").append(line);
            }
        }
        return out.append('\n').toString();
    }

    private boolean joins(String line, String next, int margin, boolean indents) {
        if (line.indexOf('\t') >= 0 || next.indexOf('\t') >= 0 || margin == 0 || displayWidth(line) < margin) {
            return false;
        }
        String folded = width.fold(next.strip());
        if (paragraphStart.matcher(folded).lookingAt() || indents && indented(next)) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return indents || !Punctuation.endsLine(last);
    }

    /**
     * The width a full line reaches: the most common width (in steps of two CJK characters) among long
     * lines, less two CJK characters; 0 when too few lines share a width to tell.
     */
    private static int margin(List<String> lines) {
        Map<Integer, Integer> widths = new HashMap<>();
        for (String line : lines) {
            int w = displayWidth(line);
            if (w >= 30) {
                widths.merge(w / 4, 1, Integer::sum);
            }
        }
        int best = 0;
        int seen = 0;
        for (Map.Entry<Integer, Integer> e : widths.entrySet()) {
            if (e.getValue() > seen || e.getValue() == seen && e.getKey() > best) {
                best = e.getKey();
                seen = e.getValue();
            }
        }
        return seen < 3 ? 0 : best * 4 - 4;
    }

    private static boolean isAsciiWord(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static boolean indented(String line) {
        return line.startsWith("  ") || line.startsWith("\u3000") || line.startsWith("\t");
    }

    /** Printed width: CJK and full-width characters two, others one; leading indentation included. */
    static int displayWidth(String line) {
        int w = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            w += c >= '\u1100' && (SpacingCleaner.isWide(c) || c >= '\uFF00' && c <= '\uFFEF' || c == '\u3000') ? 2 : 1;
        }
        return w;
    }
}
