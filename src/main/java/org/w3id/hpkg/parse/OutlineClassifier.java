package org.w3id.hpkg.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hpkg.data.DataTable;
import org.w3id.hpkg.normalize.Punctuation;

/**
 * The first step of outline parsing: each line of a part is classified (a numbered item, a table's header
 * or row, a field line, a table of contents, the footer that ends the outline, or running text) and the
 * items are returned in order, not yet nested.
 */
final class OutlineClassifier {

    private final List<MarkerStyle> styles;
    private final FieldLabels fieldLabels;
    private final Pattern fieldLine;
    private final TableHeader.Reader tables;
    private final List<Pattern> footerLines = new ArrayList<>();
    private final Set<String> contentsHeadings;

    OutlineClassifier(List<MarkerStyle> styles, FieldLabels fieldLabels) {
        this.styles = styles;
        this.fieldLabels = fieldLabels;
        this.fieldLine = fieldLabels.lineStart();
        this.tables = new TableHeader.Reader(fieldLabels);
        for (String regex : DataTable.load("parse/footer-lines.tsv").column(0)) {
            footerLines.add(Pattern.compile(regex));
        }
        this.contentsHeadings = Set.of("目录", "目 录");
    }

    /** The items of one part, in order, and where its outline starts and ends (start -1: no outline). */
    record Classified(List<OutlineItem> items, int outlineStart, int outlineEnd) {}

    /**
     * @param headings lines the file's format marks as headings, by text → level; unnumbered, they are
     *     items of a style of their own per level once the outline has started
     */
    Classified classify(String text, List<Line> lines, int partEnd, Map<String, Integer> headings) {
        List<OutlineItem> items = new ArrayList<>();
        TableHeader table = null;
        int outlineStart = -1;
        int outlineEnd = partEnd;
        String firstContentsEntry = null;
        boolean contents = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String t = line.text();
            if (outlineStart >= 0 && isFooter(lines, i)) {
                outlineEnd = line.start();
                break;
            }
            if (contentsHeadings.contains(t.strip())) {
                contents = true;
                continue;
            }
            if (contents) {
                String entry = t.strip().replaceAll("[.…·\\s]*\\d*$", "");
                if (entry.equals(firstContentsEntry) || t.length() > 40 || Punctuation.hasProseMark(t)) {
                    contents = false;
                } else {
                    firstContentsEntry = firstContentsEntry == null ? entry : firstContentsEntry;
                    continue;
                }
            }
            if (fieldLine.matcher(t).lookingAt()) {
                continue;
            }
            if (t.indexOf('\t') < 0) {
                // a task table's columns hold for the rows that follow it (as printed, between other lines)
                table = table != null && table.kind() == TableHeader.Kind.TASKS ? table : null;
            } else {
                TableHeader header = tables.read(t);
                if (header != null) {
                    table = header;
                    continue;
                }
                if (table != null && table.kind() == TableHeader.Kind.INDICATORS) {
                    continue; // an indicator table's rows stay text of their section
                }
            }
            OutlineItem item = item(text, line, table, headings, outlineStart >= 0);
            if (item != null) {
                outlineStart = outlineStart < 0 ? line.start() : outlineStart;
                items.add(item);
            }
        }
        for (int k = 0; k < items.size(); k++) {
            items.get(k).end = k + 1 < items.size() ? items.get(k + 1).start : outlineEnd;
        }
        return new Classified(items, outlineStart, outlineEnd);
    }

    private OutlineItem item(String text, Line line, TableHeader table, Map<String, Integer> headings, boolean started) {
        String t = line.text();
        if (table != null && table.kind() == TableHeader.Kind.DUTIES) {
            return dutyRow(text, line, table);
        }
        for (int s = 0; s < styles.size(); s++) {
            Matcher m = styles.get(s).pattern().matcher(t);
            if (m.lookingAt() && m.end() < t.length()) {
                int bodyStart = skipSpace(text, line.start() + m.end(), line.end());
                OutlineItem item = new OutlineItem(s, m.group(0).strip(), line.start(), bodyStart);
                if (table != null && t.indexOf('\t') >= 0) {
                    readRow(text, line, bodyStart, table.columns(), item);
                }
                return item;
            }
        }
        if (table != null && table.kind() == TableHeader.Kind.TASKS) {
            OutlineItem row = new OutlineItem(OutlineItem.ROW, "", line.start(), line.start());
            readRow(text, line, line.start(), table.columns(), row);
            return row.rowFields != null ? row : null;
        }
        Integer level = headings.get(t.strip());
        if (level != null && started && t.indexOf('\t') < 0) {
            return new OutlineItem(styles.size() + level, "", line.start(), skipSpace(text, line.start(), line.end()));
        }
        return null;
    }

    /** A duty table's row: its department the lead body, its text the duty columns. */
    private OutlineItem dutyRow(String text, Line line, TableHeader table) {
        int column = 0;
        int cellStart = line.start();
        int textStart = -1;
        FieldValue department = null;
        int departmentColumn = table.columns().keySet().iterator().next();
        for (int i = line.start(); i <= line.end(); i++) {
            if (i == line.end() || text.charAt(i) == '\t') {
                int start = skipSpace(text, cellStart, i);
                int end = i;
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (column == departmentColumn && end > start) {
                    department = new FieldValue(Field.LEAD, table.columns().get(departmentColumn),
                            text.substring(start, end), new Span(start, end));
                } else if (column == table.textColumn()) {
                    textStart = start;
                }
                column++;
                cellStart = i + 1;
            }
        }
        if (department == null || textStart < 0 || textStart >= line.end()) {
            return null;
        }
        OutlineItem row = new OutlineItem(OutlineItem.ROW, "", line.start(), textStart);
        row.rowFields = List.of(department);
        row.rowBodyEnd = line.end();
        return row;
    }

    /** The cells of a table row under the field columns become the item's fields; its text ends before them. */
    private void readRow(String text, Line line, int bodyStart, Map<Integer, String> columns, OutlineItem item) {
        List<FieldValue> fields = new ArrayList<>();
        int bodyEnd = -1;
        int cellStart = line.start();
        int column = 0;
        for (int i = line.start(); i <= line.end(); i++) {
            if (i == line.end() || text.charAt(i) == '\t') {
                String label = columns.get(column);
                if (label != null && cellStart > bodyStart) {
                    bodyEnd = bodyEnd < 0 ? cellStart : bodyEnd;
                    int start = skipSpace(text, cellStart, i);
                    int end = i;
                    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                        end--;
                    }
                    if (end > start) {
                        fields.add(new FieldValue(fieldLabels.headerField(label), label, text.substring(start, end),
                                new Span(start, end)));
                    }
                }
                column++;
                cellStart = i + 1;
            }
        }
        if (bodyEnd > bodyStart) {
            item.rowFields = fields;
            item.rowBodyEnd = bodyEnd;
        }
    }

    private static int skipSpace(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private boolean isFooter(List<Line> lines, int i) {
        String text = lines.get(i).text();
        for (Pattern p : footerLines) {
            if (p.matcher(text).lookingAt()) {
                return true;
            }
        }
        // A signature: a short line without punctuation right before a date line.
        if (i + 1 < lines.size() && text.length() <= 30 && !Punctuation.hasProseMark(text)) {
            String next = lines.get(i + 1).text();
            for (Pattern p : footerLines) {
                if (p.pattern().startsWith("\\d{4}") && p.matcher(next).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }
}
