package org.w3id.hpkg.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hpkg.data.DataTable;

/**
 * Reads the head of a plan (the lines before its outline) and its signature (the lines after):
 * issuing body, document number, titles, date and plan year.
 */
public final class HeaderParser {

    private static final Pattern DOCUMENT_NUMBER =
            Pattern.compile("\\p{IsHan}{1,16}[〔\\[(【](\\d{4})[〕\\])】]\\s*第?\\s*\\d{1,4}\\s*号");
    private static final Pattern DATE_LINE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern BOOK_TITLE = Pattern.compile("《([^《》]+)》");
    private static final int MAX_TITLE = 60;

    private final List<String> titleWords = DataTable.load("parse/plan-title-words.tsv").column(0);
    private final List<String> issuerSuffixes = DataTable.load("parse/issuer-suffixes.tsv").column(0);

    public DocumentHeader parse(String text, int outlineStart, int outlineEnd) {
        List<Line> head = Line.split(text.substring(0, outlineStart));
        List<Line> tail = Line.split(text.substring(outlineEnd));
        String number = documentNumber(head);
        String notice = noticeTitle(head);
        String title = planTitle(head, notice);
        LocalDate issued = date(head);
        if (issued == null) {
            issued = date(tail);
        }
        String issuer = issuer(head, tail);
        Integer year = null;
        if (title != null) {
            Matcher m = YEAR.matcher(title);
            if (m.find()) {
                year = Integer.valueOf(m.group(1));
            }
        }
        if (year == null && issued != null) {
            year = issued.getYear();
        }
        return new DocumentHeader(issuer, number, title, notice, issued, year);
    }

    private static String documentNumber(List<Line> head) {
        for (Line line : head) {
            Matcher m = DOCUMENT_NUMBER.matcher(line.text());
            if (m.find() && line.text().length() <= 40) {
                return m.group().replaceAll("\\s+", "");
            }
        }
        return null;
    }

    private static String noticeTitle(List<Line> head) {
        for (Line line : head) {
            String t = line.text();
            if (t.length() <= MAX_TITLE && t.startsWith("关于") && t.endsWith("通知")) {
                return t;
            }
        }
        return null;
    }

    private String planTitle(List<Line> head, String notice) {
        for (Line line : head) {
            String t = line.text();
            if (t.length() <= MAX_TITLE && !t.startsWith("关于") && t.indexOf('《') < 0 && !t.matches(".*[。,;:，；：].*")
                    && titleWords.stream().anyMatch(t::contains)) {
                return t;
            }
        }
        if (notice != null) {
            Matcher book = BOOK_TITLE.matcher(notice);
            if (book.find()) {
                return book.group(1);
            }
            return notice.replaceFirst("^关于(印发)?", "").replaceFirst("的?通知$", "");
        }
        return null;
    }

    private static LocalDate date(List<Line> lines) {
        for (Line line : lines) {
            Matcher m = DATE_LINE.matcher(line.text());
            if (m.matches() || m.lookingAt() && line.text().length() <= 16) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private String issuer(List<Line> head, List<Line> tail) {
        // "X文件" mastheads, possibly spread over two short lines ("中共同心县" / "卫生健康局党组文件").
        for (int i = 0; i < head.size(); i++) {
            String t = head.get(i).text();
            if (t.endsWith("文件") && t.length() > 2 && t.length() <= 30) {
                String name = t.substring(0, t.length() - 2);
                if (i > 0 && isShortName(head.get(i - 1).text()) && !endsLikeBody(head.get(i - 1).text())) {
                    name = head.get(i - 1).text() + name;
                }
                return name;
            }
        }
        // A head that opens with a body name.
        if (!head.isEmpty() && isShortName(head.get(0).text()) && endsLikeBody(head.get(0).text())) {
            return head.get(0).text();
        }
        // A signature: a body name right before a date line, in the head or after the outline.
        for (List<Line> lines : List.of(head, tail)) {
            for (int i = 0; i + 1 < lines.size(); i++) {
                String t = lines.get(i).text();
                if (isShortName(t) && endsLikeBody(t) && DATE_LINE.matcher(lines.get(i + 1).text()).lookingAt()) {
                    return t;
                }
            }
        }
        return null;
    }

    private static boolean isShortName(String t) {
        return t.length() >= 2 && t.length() <= 30 && !t.matches(".*[。,;:，；：、《》\\d].*");
    }

    private boolean endsLikeBody(String t) {
        return issuerSuffixes.stream().anyMatch(t::endsWith);
    }
}
