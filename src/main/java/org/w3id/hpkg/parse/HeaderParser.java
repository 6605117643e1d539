package org.w3id.hpkg.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hpkg.data.DataTable;
import org.w3id.hpkg.normalize.ChineseNumerals;
import org.w3id.hpkg.normalize.Punctuation;

/**
 * Reads the head of a plan (the lines before its outline) and its signature (the lines after):
 * issuing body, document number, titles, date and plan year.
 */
public final class HeaderParser {

    private static final Pattern DOCUMENT_NUMBER =
            Pattern.compile("\\p{IsHan}{1,16}[〔\\[(【](\\d{4})[〕\\])】]\\s*第?\\s*\\d{1,4}\\s*号");
    private static final Pattern DATE_LINE = Pattern.compile("[(\\[]?(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    /** Besides prose marks, what a short name never holds: an enumeration comma, a title's brackets, digits. */
    private static final Pattern NOT_IN_NAMES = Pattern.compile("[、《》\\d]");
    /** A date written in Chinese numerals, as signatures often are: 二〇二一年三月五日. */
    private static final Pattern CHINESE_DATE = Pattern.compile("[(\\[]?([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月"
            + "([一二三四五六七八九十]{1,3})日");
    /** {@code X印发《T》} or {@code (date X发布)}: the issuer of a published plan. */
    private static final Pattern PUBLISHED_BY = Pattern.compile("^(?!关于)(\\p{IsHan}[\\p{IsHan}、 ]{1,30}?)(?:关于)?印发《");
    private static final Pattern RELEASED_BY = Pattern.compile("日(\\p{IsHan}[\\p{IsHan}、]{1,30})(?:印发|发布)\\)?$");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern BOOK_TITLE = Pattern.compile("《([^《》]+)》");
    private static final int MAX_TITLE = 60;

    private final List<String> titleWords = DataTable.load("parse/plan-title-words.tsv").column(0);
    private final List<String> issuerSuffixes = DataTable.load("parse/issuer-suffixes.tsv").column(0);
    private final java.util.Map<String, String> labels = new java.util.HashMap<>();

    public HeaderParser() {
        for (String[] row : DataTable.load("parse/header-labels.tsv").rows()) {
            labels.put(row[1], row[0]);
        }
    }

    public DocumentHeader parse(String text, int outlineStart, int outlineEnd) {
        List<Line> head = Line.split(text.substring(0, outlineStart));
        List<Line> tail = Line.split(text.substring(outlineEnd));
        java.util.Map<String, String> labelled = labelled(head);
        String number = labelled.containsKey("NUMBER") ? labelled.get("NUMBER") : documentNumber(head);
        String notice = noticeTitle(head);
        String title = labelled.containsKey("TITLE") && notice == null ? bookTitle(labelled.get("TITLE"))
                : planTitle(head, notice);
        LocalDate issued = labelled.containsKey("DATE") ? date(List.of(new Line(0, labelled.get("DATE")))) : null;
        if (issued == null) {
            issued = date(head);
        }
        if (issued == null) {
            issued = date(tail);
        }
        String issuer = labelled.containsKey("ISSUER") ? labelled.get("ISSUER") : issuer(head, tail);
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

    /** The covering notice's title, also when a long one is broken over lines while its 《》 are open. */
    private static String noticeTitle(List<Line> head) {
        for (int i = 0; i < head.size(); i++) {
            String t = head.get(i).text();
            if (t.length() <= MAX_TITLE && t.startsWith("关于") && t.endsWith("通知")) {
                return t;
            }
            String joined = DocumentParts.noticeAt(head, i);
            if (joined != null) {
                return joined.substring(Math.max(0, joined.indexOf("关于")));
            }
        }
        return null;
    }

    /**
     * Labelled header data ({@code 发文机关：国务院}, {@code 成文日期：…}): a label and its value in one cell or
     * line, or the value in the cell after the label's (a web page's metadata table).
     */
    private java.util.Map<String, String> labelled(List<Line> head) {
        java.util.Map<String, String> found = new java.util.HashMap<>();
        for (Line line : head) {
            String[] cells = line.text().split("\t");
            for (int c = 0; c < cells.length; c++) {
                String cell = cells[c].strip();
                int colon = Math.max(cell.indexOf(':'), cell.indexOf('：'));
                if (colon <= 0) {
                    continue;
                }
                String field = labels.get(cell.substring(0, colon).strip());
                String value = cell.substring(colon + 1).strip();
                if (value.isEmpty() && c + 1 < cells.length) {
                    value = cells[c + 1].strip();
                }
                if (field != null && !value.isEmpty() && value.length() <= MAX_TITLE) {
                    found.putIfAbsent(field, value);
                }
            }
        }
        return found;
    }

    private static String bookTitle(String title) {
        Matcher book = BOOK_TITLE.matcher(title);
        return book.find() ? book.group(1) : title;
    }

    private String planTitle(List<Line> head, String notice) {
        for (Line line : head) {
            String t = line.text();
            // a line holding a 《 or 》 is (part of) a notice or publication title, never the plan's own
            if (t.length() <= MAX_TITLE && !t.startsWith("关于") && t.indexOf('《') < 0 && t.indexOf('》') < 0
                    && !t.endsWith("通知") && !Punctuation.hasProseMark(t) && titleWords.stream().anyMatch(t::contains)) {
                return t;
            }
        }
        for (int i = 0; i < head.size(); i++) {
            String t = DocumentParts.titleAt(head, i);
            Matcher published = PUBLISHED_BY.matcher(t);
            if (published.find()) {
                Matcher book = BOOK_TITLE.matcher(t);
                if (book.find()) {
                    return book.group(1);
                }
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
            String t = line.text().strip();
            Matcher m = DATE_LINE.matcher(t);
            if (m.matches() || m.lookingAt() && (t.length() <= 16 || RELEASED_BY.matcher(t).find())) {
                return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            Matcher chinese = CHINESE_DATE.matcher(t);
            if (chinese.lookingAt() && t.length() <= 16) {
                return date(ChineseNumerals.value(chinese.group(1)), ChineseNumerals.value(chinese.group(2)),
                        ChineseNumerals.value(chinese.group(3)));
            }
        }
        return null;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
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
        // A published plan's head: "X印发《T》" or "(date X发布)".
        for (Line line : head) {
            Matcher published = PUBLISHED_BY.matcher(line.text());
            if (published.find()) {
                return published.group(1).strip();
            }
            Matcher released = RELEASED_BY.matcher(line.text().strip());
            if (released.find()) {
                return released.group(1);
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
        return t.length() >= 2 && t.length() <= 30 && !Punctuation.hasProseMark(t) && !NOT_IN_NAMES.matcher(t).find();
    }

    private boolean endsLikeBody(String t) {
        return issuerSuffixes.stream().anyMatch(t::endsWith);
    }
}
