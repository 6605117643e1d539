package org.w3id.hpkg.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hpkg.data.DataTable;

/**
 * Finds labelled fields ({@code 责任领导：…}, {@code 牵头单位：…}) in a task's text. A value runs to the
 * next label or to the end of its line, so that both one-field-per-line blocks and tables flattened
 * onto one line are read.
 */
public final class FieldLabels {

    private final Map<String, Field> labels = new TreeMap<>();
    private final Pattern labelPattern;
    private final Pattern lineStart;

    public FieldLabels() {
        for (String[] row : DataTable.load("parse/field-labels.tsv").rows()) {
            labels.put(row[1], Field.valueOf(row[0]));
        }
        List<String> ordered = new ArrayList<>(labels.keySet());
        ordered.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String label : ordered) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(label));
        }
        labelPattern = Pattern.compile("(" + alternatives + ")[ \\t]*[:：]?[ \\t]*");
        lineStart = Pattern.compile(labelPattern.pattern().replace("[:：]?", "[:：]"));
    }

    /** The field a table's column header names ({@code 牵头单位}, {@code 完成时限：}), or null. */
    public Field headerField(String cell) {
        return labels.get(cell.strip().replaceAll("[:：]$", "").strip());
    }

    /** A pattern matching a line that starts with a field label followed by a colon. */
    public Pattern lineStart() {
        return lineStart;
    }

    /** Offset of the first field label (with a colon) in text[from, to), or -1. */
    public int firstLabel(String text, int from, int to) {
        Matcher m = lineStart().matcher(text).region(from, to);
        return m.find() ? m.start() : -1;
    }

    /** All fields in text[from, to). */
    public List<FieldValue> find(String text, int from, int to) {
        Matcher m = lineStart().matcher(text).region(from, to);
        List<int[]> hits = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            hits.add(new int[] {m.start(), m.end()});
            names.add(m.group(1));
        }
        List<FieldValue> values = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            int valueStart = hits.get(i)[1];
            int limit = i + 1 < hits.size() ? hits.get(i + 1)[0] : to;
            int lineEnd = text.indexOf('\n', valueStart);
            int valueEnd = lineEnd >= 0 && lineEnd < limit ? lineEnd : limit;
            while (valueEnd > valueStart && Character.isWhitespace(text.charAt(valueEnd - 1))) {
                valueEnd--;
            }
            String name = names.get(i);
            values.add(new FieldValue(labels.get(name), name, text.substring(valueStart, valueEnd),
                    new Span(valueStart, valueEnd)));
        }
        return values;
    }
}
