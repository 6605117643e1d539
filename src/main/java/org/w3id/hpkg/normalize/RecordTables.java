package org.w3id.hpkg.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a table printed as labelled records back into rows of cells. Some PDFs (and web pages made for
 * phones) print each row of a table as {@code 领域：健康水平 指标：人均预期寿命(岁) 2015年：76.34 2020年：77.3},
 * broken over lines and pages like running text. A run of at least {@link #MIN_ROWS} lines that open with
 * the same short label, whose records carry the same labels in the same order, becomes a header row of
 * the labels and one TAB-separated row per record, as a table read from Word or HTML is.
 */
final class RecordTables {

    private static final int MIN_ROWS = 3;
    /** A label: up to eight characters without spaces, punctuation or colons, and its colon. */
    private static final Pattern LABEL = Pattern.compile("(?:^|(?<=\\s))([^\\s:：，。；、,;()（）]{1,8})[:：]");
    private static final Pattern OPENING = Pattern.compile("^([^\\s:：，。；、,;()（）]{1,6})[:：]");
    /** The most lines a record continues over; longer runs are not a record. */
    private static final int MAX_RECORD_LINES = 4;
    /** The longest line that continues a record (the rest of its values). */
    private static final int MAX_FRAGMENT = 40;
    private static final Pattern DIGIT_SPACE = Pattern.compile("(\\d) +(?=\\p{IsHan})");

    /** Returns the text with record tables as rows; {@code count[0]} receives the rows made. */
    String rebuild(String text, int[] count) {
        count[0] = 0;
        if (text.indexOf('：') < 0 && text.indexOf(':') < 0) {
            return text;
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        List<String> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            int end = table(lines, i, out, count);
            if (end > i) {
                i = end;
            } else {
                out.add(lines.get(i++));
            }
        }
        return String.join("\n", out);
    }

    /** Reads a record table starting at {@code start} into {@code out}; returns where it ends, or start. */
    private int table(List<String> lines, int start, List<String> out, int[] count) {
        String opener = opener(lines.get(start));
        // a record opens with two labels on its line at least: one label a line is a field block
        if (opener == null || labels(tidy(lines.get(start))).size() < 2) {
            return start;
        }
        List<String> records = new ArrayList<>();
        int i = start;
        List<String> labels = null;
        while (i < lines.size() && opener.equals(opener(lines.get(i))) && labels(tidy(lines.get(i))).size() >= 2) {
            StringBuilder record = new StringBuilder(tidy(lines.get(i)));
            int j = i + 1;
            while (j < lines.size() && j - i < MAX_RECORD_LINES && continues(lines.get(j), opener, record, labels)) {
                record.append(' ').append(tidy(lines.get(j)));
                j++;
            }
            List<String> these = labels(record.toString());
            if (labels == null) {
                labels = these;
            }
            if (!these.equals(labels) || labels.size() < 2) {
                break;
            }
            records.add(record.toString());
            i = j;
        }
        if (records.size() < MIN_ROWS) {
            return start;
        }
        out.add(String.join("\t", labels));
        for (String record : records) {
            out.add(String.join("\t", values(record)));
            count[0]++;
        }
        return i;
    }

    /** Whether a line continues the record so far: it is not the next record and the record lacks labels or a tail. */
    private static boolean continues(String line, String opener, StringBuilder record, List<String> labels) {
        String t = line.strip();
        // a continuation is a short fragment of the record, never running text or another labelled line
        if (t.isEmpty() || opener.equals(opener(t)) || t.length() > MAX_FRAGMENT || t.indexOf('。') >= 0) {
            return false;
        }
        List<String> have = labels(record.toString());
        if (labels == null || have.size() < labels.size()) {
            return true;
        }
        // the record has all its labels: only a short fragment of its last value may follow (左⏎右)
        return t.length() <= 3 && !t.matches(".*[。；;:：].*");
    }

    /** A number set apart from its measure word ({@code 2015 年}) would read as a label of its own. */
    private static String tidy(String line) {
        return DIGIT_SPACE.matcher(line.strip()).replaceAll("$1");
    }

    private static String opener(String line) {
        Matcher m = OPENING.matcher(line.strip());
        return m.find() ? m.group(1) : null;
    }

    private static List<String> labels(String record) {
        List<String> labels = new ArrayList<>();
        Matcher m = LABEL.matcher(record);
        while (m.find()) {
            labels.add(m.group(1));
        }
        return labels;
    }

    private static List<String> values(String record) {
        List<String> values = new ArrayList<>();
        Matcher m = LABEL.matcher(record);
        int valueStart = -1;
        while (m.find()) {
            if (valueStart >= 0) {
                values.add(record.substring(valueStart, m.start()).strip());
            }
            valueStart = m.end();
        }
        values.add(record.substring(valueStart).strip());
        return values;
    }
}
