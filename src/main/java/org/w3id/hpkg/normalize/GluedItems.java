package org.w3id.hpkg.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits numbered items that a conversion (or the publisher) glued into one long line
 * ({@code …按职责分工负责）（二）加强…}) onto lines of their own, so that the outline sees them. A marker inside a
 * line counts only as part of a sequence: its number follows the previous marker of the same style (in
 * this line, or the last one of earlier lines), it follows a sentence end or a closing bracket, and a
 * Chinese character follows it. Numbers in running text ({@code 2.5}, {@code 第二}) never form such a sequence.
 */
final class GluedItems {

    private static final String BREAK_BEFORE = "。；;！!？?)）】”";
    /** What a marker starts with (after width folding): a bracket, a digit, a Chinese numeral, 第. */
    private static final String MARKER_START = "(（0123456789一二三四五六七八九十第";
    /** What ends a heading phrase. */
    private static final String HEADING_STOP = Punctuation.SENTENCE_ENDS + Punctuation.CLAUSE_ENDS + "、(（)）";
    private final List<Pattern> styles;

    /** @param styles the outline's marker styles (group 1 the number), matched at a position */
    GluedItems(List<Pattern> styles) {
        this.styles = styles;
    }

    /** Returns the text with glued items split; {@code count[0]} receives the splits made. */
    String split(String text, int[] count) {
        count[0] = 0;
        Map<Integer, Integer> lastNumber = new HashMap<>();
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(splitLine(line, lastNumber, count));
        }
        return out.toString();
    }

    private String splitLine(String line, Map<Integer, Integer> lastNumber, int[] count) {
        if (line.length() < 20 || line.indexOf('\t') >= 0) {
            noteStart(line, lastNumber);
            return line;
        }
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
        List<Integer> positions = positions(line);
        if (positions.isEmpty()) {
            noteStart(line, lastNumber);
            return line;
        }
        for (int s = 0; s < styles.size(); s++) {
            Integer previous = lastNumber.get(s);
            int[] start = startMarker(line, s);
            if (start != null) {
                previous = start[1];
            }
            List<int[]> candidates = new ArrayList<>();
            Matcher m = styles.get(s).matcher(line);
            for (int i : positions) {
                m.region(i, line.length());
                if (m.lookingAt() && m.end() < line.length() && isHan(line.charAt(m.end()))) {
                    int n = Numerals.value(m.group(1));
                    if (n > 0) {
                        candidates.add(new int[] {i, n});
                    }
                }
            }
            for (int k = 0; k < candidates.size(); k++) {
                int n = candidates.get(k)[1];
                boolean follows = previous != null && n == previous + 1;
                // a new sequence opens with 1 only if its 2 follows in the same line
                boolean opens = n == 1 && k + 1 < candidates.size() && candidates.get(k + 1)[1] == 2;
                if (follows || opens) {
                    cuts.add(candidates.get(k)[0]);
                    previous = n;
                }
            }
            if (previous != null) {
                lastNumber.put(s, previous);
            }
        }
        if (cuts.isEmpty()) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + cuts.size());
        int from = 0;
        for (int cut : cuts) {
            out.append(line, from, cut).append('\n');
            from = cut;
            count[0]++;
        }
        return out.append(line.substring(from)).toString();
    }

    /**
     * Where a glued marker may start: after a sentence end or closing bracket, or right after the line's own
     * short heading (一、总体要求（一）指导思想), at a character a marker can start with.
     */
    private List<Integer> positions(String line) {
        int headingStart = openingMarkerEnd(line);
        int headingEnd = -1;
        if (headingStart >= 0) {
            headingEnd = headingStart;
            while (headingEnd < line.length() && headingEnd - headingStart <= 15
                    && HEADING_STOP.indexOf(line.charAt(headingEnd)) < 0) {
                headingEnd++;
            }
        }
        List<Integer> positions = new ArrayList<>();
        for (int i = 1; i < line.length() - 1; i++) {
            boolean afterHeading = i >= headingStart + 2 && i <= headingEnd;
            char c = line.charAt(i);
            if ((afterHeading || BREAK_BEFORE.indexOf(line.charAt(i - 1)) >= 0)
                    && (MARKER_START.indexOf(c) >= 0 || isCircled(c))) {
                positions.add(i);
            }
        }
        return positions;
    }

    private static boolean isCircled(char c) {
        return c >= '①' && c <= '⑳' || c >= '⑴' && c <= '⒇';
    }

    /** Where the line's own opening marker (of any style) ends, or -1. */
    private int openingMarkerEnd(String line) {
        for (Pattern style : styles) {
            Matcher m = style.matcher(line);
            if (m.lookingAt()) {
                return m.end();
            }
        }
        return -1;
    }

    private void noteStart(String line, Map<Integer, Integer> lastNumber) {
        for (int s = 0; s < styles.size(); s++) {
            int[] start = startMarker(line, s);
            if (start != null) {
                lastNumber.put(s, start[1]);
            }
        }
    }

    /** The marker a line opens with in style s: {end, number}; null if none. */
    private int[] startMarker(String line, int s) {
        Matcher m = styles.get(s).matcher(line);
        if (m.lookingAt()) {
            int n = Numerals.value(m.group(1));
            return n > 0 ? new int[] {m.end(), n} : null;
        }
        return null;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
