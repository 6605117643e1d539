package org.w3id.hpkg.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rejoins paragraphs that a PDF or Word conversion broke in the middle of a sentence, and drops blank
 * lines, so that every paragraph is one line. A line is continued by the next non-blank line when it
 * does not end a sentence, the next line does not start an outline item or a labelled field, and the
 * break is clearly inside running text: after a comma or an opening bracket, after a full-width line,
 * or after a line that already ended a sentence (short lines without a full stop are headings, titles
 * and signatures).
 */
final class LineJoiner {

    /** Shortest line that counts as a full printed line of running text. */
    private static final int FULL_LINE = 40;
    /** Shortest line that counts as running text when it already holds a full stop. */
    private static final int SHORT_RUNNING_LINE = 20;
    private static final String CLOSERS = "”’」』)）》】〕]";
    private static final String SOFT_END = "，,、（(《“‘「【〔";
    private final Pattern newParagraph;

    LineJoiner(Pattern newParagraph) {
        this.newParagraph = newParagraph;
    }

    /** Returns the rejoined text; {@code joins[0]} receives how many breaks were repaired. */
    String join(String text, int[] joins) {
        return joinAligned(text, null, joins)[0];
    }

    /**
     * Rejoins {@code text}, and applies the very same joins to {@code shadow}, a text with the same line
     * structure (such as the same document before script conversion). Returns both; the shadow's result
     * is null when {@code shadow} is null or its lines do not correspond to those of {@code text}.
     */
    String[] joinAligned(String text, String shadow, int[] joins) {
        List<String> lines = nonBlankLines(text);
        List<String> shadowLines = shadow == null ? null : nonBlankLines(shadow);
        if (shadowLines != null && shadowLines.size() != lines.size()) {
            shadowLines = null;
        }
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder shadowOut = new StringBuilder(shadowLines == null ? 0 : text.length());
        int joined = 0;
        String current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (current == null) {
                current = line;
            } else if (continues(current, line)) {
                current = current + line;
                joined++;
            } else {
                out.append(current).append('\n');
                current = line;
                if (shadowLines != null) {
                    shadowOut.append('\n');
                }
            }
            if (shadowLines != null) {
                shadowOut.append(shadowLines.get(i));
            }
        }
        if (current != null) {
            out.append(current).append('\n');
            if (shadowLines != null) {
                shadowOut.append('\n');
            }
        }
        joins[0] = joined;
        return new String[] {out.toString(), shadowLines == null ? null : shadowOut.toString()};
    }

    private static List<String> nonBlankLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private boolean continues(String line, String next) {
        // table rows (cells separated by tabs) are never joined
        if (newParagraph.matcher(next).lookingAt() || line.indexOf('\t') >= 0 || next.indexOf('\t') >= 0) {
            return false;
        }
        char last = lastMeaningful(line);
        if (Punctuation.endsLine(last)) {
            return false;
        }
        if (SOFT_END.indexOf(line.charAt(line.length() - 1)) >= 0) {
            return true;
        }
        if (CLOSERS.indexOf(line.charAt(line.length() - 1)) >= 0) {
            return false;
        }
        // A full printed line, or running text that already finished a sentence on this line.
        return line.length() >= FULL_LINE || line.length() >= SHORT_RUNNING_LINE && line.indexOf('。') >= 0;
    }

    private static char lastMeaningful(String line) {
        int i = line.length() - 1;
        while (i > 0 && CLOSERS.indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return line.charAt(i);
    }
}
