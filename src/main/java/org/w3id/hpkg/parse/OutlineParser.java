package org.w3id.hpkg.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hpkg.data.DataTable;

/**
 * Reads the numbered outline of a plan into sections and tasks. Nesting is decided by the order in
 * which numbering styles first appear, as a reader does; tasks are the leaves of the outline (the
 * finest numbered items), sections the top-level items above them. Labelled field blocks end the text
 * of the item they follow; a block right under a section heading applies to all its tasks. A table
 * flattened to rows of tab-separated cells is read through its header row: the columns headed by a
 * field label ({@code 牵头单位}, {@code 完成时限}) give each numbered row its fields.
 */
public final class OutlineParser {

    private final List<MarkerStyle> styles;
    private final FieldLabels fieldLabels;
    private final Pattern fieldLine;
    private final List<Pattern> footerLines = new ArrayList<>();
    private final List<String> goalsHeadings;
    private static final Pattern PUNCTUATED = Pattern.compile(".*[。,;:，；：].*");

    public OutlineParser(FieldLabels fieldLabels) {
        this.styles = MarkerStyle.load();
        this.fieldLabels = fieldLabels;
        this.fieldLine = fieldLabels.lineStart();
        for (String regex : DataTable.load("parse/footer-lines.tsv").column(0)) {
            footerLines.add(Pattern.compile(regex));
        }
        this.goalsHeadings = DataTable.load("parse/goals-headings.tsv").column(0);
    }

    /** A pattern matching the start of any line that begins a numbered item or a field. */
    public Pattern paragraphStart() {
        StringBuilder alternatives = new StringBuilder(fieldLine.pattern());
        for (MarkerStyle style : styles) {
            alternatives.append('|').append(style.pattern().pattern());
        }
        return Pattern.compile("(?:" + alternatives + ")");
    }

    /** The outline of a document; {@code outlineStart} and {@code outlineEnd} bound it in the text. */
    public record Outline(List<ParsedSection> sections, List<ParsedTask> tasks, int outlineStart, int outlineEnd) {}

    private static final class Item {
        final int style;
        final String number;
        final int start;
        final int bodyStart;
        int end;
        final List<Item> children = new ArrayList<>();
        Item parent;
        /** Fields from the columns of a table row, and where the row's task text ends; null if not a row. */
        List<FieldValue> rowFields;
        int rowBodyEnd;

        Item(int style, String number, int start, int bodyStart) {
            this.style = style;
            this.number = number;
            this.start = start;
            this.bodyStart = bodyStart;
        }
    }

    public Outline parse(String text) {
        List<Line> lines = Line.split(text);
        List<Item> roots = new ArrayList<>();
        List<Integer> styleOrder = new ArrayList<>();
        List<Item> stack = new ArrayList<>();
        Item last = null;
        Map<Integer, String> columns = null;
        int outlineStart = -1;
        int outlineEnd = text.length();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (outlineStart >= 0 && isFooter(lines, i)) {
                outlineEnd = line.start();
                break;
            }
            if (fieldLine.matcher(line.text()).lookingAt()) {
                continue;
            }
            if (line.text().indexOf('\t') >= 0) {
                Map<Integer, String> header = tableHeader(line.text());
                if (header != null) {
                    columns = header;
                    continue;
                }
            }
            int style = -1;
            Matcher marker = null;
            for (int s = 0; s < styles.size(); s++) {
                Matcher m = styles.get(s).pattern().matcher(line.text());
                if (m.lookingAt() && m.end() < line.text().length()) {
                    style = s;
                    marker = m;
                    break;
                }
            }
            if (style < 0) {
                continue;
            }
            if (outlineStart < 0) {
                outlineStart = line.start();
            }
            int depth = styleOrder.indexOf(style);
            if (depth < 0) {
                styleOrder.add(style);
                depth = styleOrder.size() - 1;
            }
            int bodyStart = line.start() + marker.end();
            while (bodyStart < line.end() && Character.isWhitespace(text.charAt(bodyStart))) {
                bodyStart++;
            }
            Item item = new Item(style, marker.group(0).strip(), line.start(), bodyStart);
            if (columns != null && line.text().indexOf('\t') >= 0) {
                readRow(text, line, bodyStart, columns, item);
            }
            if (last != null) {
                last.end = line.start();
            }
            // An item of a style already open is a sibling of that item, wherever that style was first seen
            // (1) 2) under 一、 then ⑴ ⑵ under 二、: ⑵ follows ⑴, it is not its child).
            int open = -1;
            for (int k = stack.size() - 1; k >= 0; k--) {
                if (stack.get(k).style == style) {
                    open = k;
                    break;
                }
            }
            int keep = open >= 0 ? open : depth;
            while (stack.size() > keep) {
                stack.remove(stack.size() - 1);
            }
            // A style seen before only deeper can reappear higher up: attach to the nearest open ancestor.
            if (stack.isEmpty()) {
                roots.add(item);
            } else {
                Item parent = stack.get(stack.size() - 1);
                item.parent = parent;
                parent.children.add(item);
            }
            stack.add(item);
            last = item;
        }
        if (last != null) {
            last.end = outlineEnd;
        }
        if (outlineStart < 0) {
            return new Outline(List.of(), List.of(), text.length(), text.length());
        }
        List<ParsedSection> sections = new ArrayList<>();
        List<ParsedTask> tasks = new ArrayList<>();
        for (Item root : roots) {
            if (isGoals(text, root)) {
                sections.add(goalsSection(text, root, sections.size() + 1));
                continue;
            }
            int sectionOrdinal = 0;
            List<FieldValue> sectionFields = List.of();
            if (!root.children.isEmpty()) {
                sectionOrdinal = sections.size() + 1;
                int firstChild = root.children.get(0).start;
                int headEnd = endOfFirstLine(text, root.bodyStart, firstChild);
                sections.add(new ParsedSection(sectionOrdinal, root.number, text.substring(root.bodyStart, headEnd),
                        new Span(root.start, headEnd), new Span(labelEnd(text, root.bodyStart, firstChild), firstChild),
                        false));
                sectionFields = fieldLabels.find(text, root.bodyStart, firstChild);
            }
            collectLeaves(text, root, sectionOrdinal, sectionFields, tasks, sections);
        }
        return new Outline(sections, tasks, outlineStart, outlineEnd);
    }

    /** Whether an item's heading phrase names the plan's goals: its text, sub-items included, holds no tasks. */
    private boolean isGoals(String text, Item item) {
        String heading = label(text, item.bodyStart, item.end).replaceAll("[:：。]+$", "");
        return heading.length() <= 12 && goalsHeadings.stream().anyMatch(heading::endsWith);
    }

    private ParsedSection goalsSection(String text, Item item, int ordinal) {
        int end = subtreeEnd(item);
        int headEnd = endOfFirstLine(text, item.bodyStart, end);
        String heading = label(text, item.bodyStart, end);
        return new ParsedSection(ordinal, item.number, heading, new Span(item.start, headEnd),
                new Span(labelEnd(text, item.bodyStart, end), end), true);
    }

    private static int subtreeEnd(Item item) {
        Item last = item;
        while (!last.children.isEmpty()) {
            last = last.children.get(last.children.size() - 1);
        }
        return last.end;
    }

    /** Where the text after an item's heading phrase starts (past the phrase and the mark that closes it). */
    private static int labelEnd(String text, int from, int to) {
        String label = label(text, from, to);
        int end = from + label.length();
        while (end < to && (Character.isWhitespace(text.charAt(end)) || "。,;，；:：".indexOf(text.charAt(end)) >= 0)) {
            end++;
        }
        return Math.min(end, to);
    }

    private void collectLeaves(String text, Item item, int section, List<FieldValue> inherited, List<ParsedTask> out,
            List<ParsedSection> sections) {
        if (item.parent != null && isGoals(text, item)) {
            sections.add(goalsSection(text, item, sections.size() + 1));
            return;
        }
        if (!item.children.isEmpty()) {
            List<FieldValue> own = item.parent == null ? inherited
                    : merge(fieldLabels.find(text, item.bodyStart, item.children.get(0).start), inherited);
            for (Item child : item.children) {
                collectLeaves(text, child, section, own, out, sections);
            }
            return;
        }
        int fieldStart = item.rowFields != null ? item.rowBodyEnd : fieldLabels.firstLabel(text, item.bodyStart, item.end);
        int bodyEnd = fieldStart >= 0 ? fieldStart : item.end;
        while (bodyEnd > item.bodyStart && Character.isWhitespace(text.charAt(bodyEnd - 1))) {
            bodyEnd--;
        }
        List<FieldValue> fields = item.rowFields != null ? item.rowFields
                : fieldStart >= 0 ? fieldLabels.find(text, fieldStart, item.end) : List.of();
        String label = label(text, item.bodyStart, bodyEnd);
        out.add(new ParsedTask(out.size() + 1, item.number, label, new Span(item.start, bodyEnd), item.bodyStart,
                section, merge(fields, inherited)));
    }

    /** Column index → field label for a table header row (a row with at least one field label), else null. */
    private Map<Integer, String> tableHeader(String line) {
        String[] cells = line.split("\t", -1);
        Map<Integer, String> columns = new TreeMap<>();
        for (int i = 0; i < cells.length; i++) {
            if (fieldLabels.headerField(cells[i]) != null) {
                columns.put(i, cells[i].strip().replaceAll("[:：]$", "").strip());
            }
        }
        return columns.isEmpty() ? null : columns;
    }

    /** The cells of a table row under the field columns become the item's fields; its text ends before them. */
    private void readRow(String text, Line line, int bodyStart, Map<Integer, String> columns, Item item) {
        List<FieldValue> fields = new ArrayList<>();
        int bodyEnd = -1;
        int cellStart = line.start();
        int column = 0;
        for (int i = line.start(); i <= line.end(); i++) {
            if (i == line.end() || text.charAt(i) == '\t') {
                String label = columns.get(column);
                if (label != null && cellStart > bodyStart) {
                    bodyEnd = bodyEnd < 0 ? cellStart : bodyEnd;
                    int start = cellStart;
                    int end = i;
                    while (start < end && Character.isWhitespace(text.charAt(start))) {
                        start++;
                    }
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

    private static List<FieldValue> merge(List<FieldValue> own, List<FieldValue> inherited) {
        if (inherited.isEmpty()) {
            return own;
        }
        List<FieldValue> merged = new ArrayList<>(own);
        for (FieldValue value : inherited) {
            if (own.stream().noneMatch(v -> v.field() == value.field())) {
                merged.add(value);
            }
        }
        return merged;
    }

    /** The heading phrase: a heading line as a whole, else the words before the first sentence or clause end. */
    static String label(String text, int from, int to) {
        int lineEnd = endOfFirstLine(text, from, to);
        String first = text.substring(from, lineEnd);
        if (lineEnd < to && first.indexOf('。') < 0) {
            return first.strip();
        }
        int depth = 0;
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            if (c == '《' || c == '“' || c == '(') depth++;
            else if (c == '》' || c == '”' || c == ')') depth = Math.max(0, depth - 1);
            else if (depth == 0 && "。,;，；:".indexOf(c) >= 0) {
                return first.substring(0, i).strip();
            }
        }
        return first.strip();
    }

    private static int endOfFirstLine(String text, int from, int limit) {
        int nl = text.indexOf('\n', from);
        return nl < 0 || nl > limit ? limit : nl;
    }

    private boolean isFooter(List<Line> lines, int i) {
        String text = lines.get(i).text();
        for (Pattern p : footerLines) {
            if (p.matcher(text).lookingAt()) {
                return true;
            }
        }
        // A signature: a short line without punctuation right before a date line.
        if (i + 1 < lines.size() && text.length() <= 30 && !PUNCTUATED.matcher(text).matches()) {
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
