package org.w3id.hpkg.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hpkg.data.DataTable;

/**
 * Finds the parts of a file: a covering notice ({@code 关于印发《X》的通知}) up to the line that repeats the
 * title X of the plan it publishes, the plan, and each annex from its {@code 附件N} line on
 * ({@code parse/part-markers.tsv}). A file with none of these is one part, the plan.
 */
final class DocumentParts {

    private static final Pattern BOOK_TITLE = Pattern.compile("《([^《》]+)》");
    private static final int MAX_TITLE = 80;
    private final List<Pattern> annexLines = new ArrayList<>();

    DocumentParts() {
        for (String[] row : DataTable.load("parse/part-markers.tsv").rows()) {
            if (row[0].equals("ANNEX")) {
                annexLines.add(Pattern.compile(row[1]));
            }
        }
    }

    List<ParsedPart> find(String text) {
        List<Line> lines = Line.split(text);
        List<int[]> annexes = new ArrayList<>(); // line index of each annex start
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (isAnnexLine(lines.get(i).text().strip())) {
                annexes.add(new int[] {i});
            }
        }
        int mainEnd = annexes.isEmpty() ? text.length() : lines.get(annexes.get(0)[0]).start();
        List<ParsedPart> parts = new ArrayList<>();
        int planStart = planStart(lines, mainEnd);
        if (planStart > 0) {
            parts.add(new ParsedPart(1, ParsedPart.Kind.NOTICE, null, noticeTitle(lines, planStart), new Span(0, planStart)));
        }
        String planTitle = planStart > 0 ? text.substring(planStart, lineEnd(text, planStart)).strip() : null;
        parts.add(new ParsedPart(parts.size() + 1, ParsedPart.Kind.PLAN, null, planTitle,
                new Span(Math.max(planStart, 0), mainEnd)));
        for (int a = 0; a < annexes.size(); a++) {
            int index = annexes.get(a)[0];
            int start = lines.get(index).start();
            int end = a + 1 < annexes.size() ? lines.get(annexes.get(a + 1)[0]).start() : text.length();
            String title = index + 1 < lines.size() && isTitle(lines.get(index + 1).text())
                    ? lines.get(index + 1).text().strip() : null;
            parts.add(new ParsedPart(parts.size() + 1, ParsedPart.Kind.ANNEX,
                    lines.get(index).text().strip().replaceAll("[:：\\s]", ""), title, new Span(start, end)));
        }
        return parts;
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private boolean isAnnexLine(String line) {
        for (Pattern p : annexLines) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Where the plan a notice publishes starts (the line repeating its title), or -1 without a notice. */
    private static int planStart(List<Line> lines, int end) {
        for (int i = 0; i < lines.size() && lines.get(i).start() < end; i++) {
            String notice = noticeAt(lines, i);
            if (notice == null) {
                continue;
            }
            Matcher book = BOOK_TITLE.matcher(notice);
            if (!book.find()) {
                return -1;
            }
            String title = bare(book.group(1));
            for (int j = i + 1; j < lines.size() && lines.get(j).start() < end; j++) {
                String t = bare(lines.get(j).text());
                if (t.equals(title) || t.length() <= title.length() + 12 && t.endsWith(title) && !t.contains("印发")) {
                    return lines.get(j).start();
                }
            }
            return -1;
        }
        return -1;
    }

    /** A notice title starting at line i (over at most three lines while its 《》 are open), or null. */
    static String noticeAt(List<Line> lines, int i) {
        String t = titleAt(lines, i);
        return t.length() <= MAX_TITLE && t.contains("印发《") && t.endsWith("通知") ? t : null;
    }

    /** Line i, joined with the next (at most two) while a 《 it opens is not closed: a title broken over lines. */
    static String titleAt(List<Line> lines, int i) {
        StringBuilder title = new StringBuilder(lines.get(i).text().strip());
        int j = i;
        while (open(title) && j + 1 < lines.size() && j - i < 2) {
            title.append(lines.get(++j).text().strip());
        }
        return title.toString();
    }

    private static String noticeTitle(List<Line> lines, int planStart) {
        for (int i = 0; i < lines.size() && lines.get(i).start() < planStart; i++) {
            String notice = noticeAt(lines, i);
            if (notice != null) {
                return notice;
            }
        }
        return null;
    }

    private static boolean open(CharSequence s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            depth += s.charAt(i) == '《' ? 1 : s.charAt(i) == '》' ? -1 : 0;
        }
        return depth > 0;
    }

    private static boolean isTitle(String line) {
        String t = line.strip();
        return !t.isEmpty() && t.length() <= MAX_TITLE && t.indexOf('。') < 0 && t.indexOf('\t') < 0;
    }

    /** A title without quotes, brackets and spaces, for comparison. */
    private static String bare(String s) {
        return s.replaceAll("[\\s“”\"《》]", "");
    }
}
