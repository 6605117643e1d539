package org.w3id.hpkg.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3id.hpkg.data.DataTable;
import org.w3id.hpkg.load.LoadedDocument;
import org.w3id.hpkg.normalize.Punctuation;

/**
 * Reads the numbered outline of a plan into sections and tasks, part by part (notice, plan, annexes:
 * {@link DocumentParts}), in three steps: classify the lines ({@link OutlineClassifier}), nest the items
 * into a tree, flatten the tree. Nesting is decided by the order in which numbering styles first appear,
 * as a reader does; tasks are the leaves of the outline (the finest numbered items), sections the items
 * above them (a task's section is the nearest),  goals paragraphs ({@code parse/goals-headings.tsv}) and headings that frame the plan rather
 * than assign work ({@code parse/grouping-headings.tsv}). Labelled field blocks end the text of the item
 * they follow; a block right under a section heading applies to all its tasks. A table flattened to rows
 * of tab-separated cells is read through its header row: the columns headed by a field label
 * ({@code 牵头单位}, {@code 完成时限}) give each row its fields, a duty table's department column its lead
 * body; an indicator table's rows stay text.
 */
public final class OutlineParser {

    private final List<MarkerStyle> styles;
    private final FieldLabels fieldLabels;
    private final Pattern fieldLine;
    private final List<String> goalsHeadings;
    private final List<String> groupingHeadings;
    private final OutlineClassifier classifier;
    private final DocumentParts parts = new DocumentParts();

    public OutlineParser(FieldLabels fieldLabels) {
        this.styles = MarkerStyle.load();
        this.fieldLabels = fieldLabels;
        this.fieldLine = fieldLabels.lineStart();
        this.goalsHeadings = DataTable.load("parse/goals-headings.tsv").column(0);
        this.groupingHeadings = DataTable.load("parse/grouping-headings.tsv").column(0);
        this.classifier = new OutlineClassifier(styles, fieldLabels);
    }

    /** A pattern matching the start of any line that begins a numbered item or a field. */
    public Pattern paragraphStart() {
        StringBuilder alternatives = new StringBuilder(fieldLine.pattern());
        for (MarkerStyle style : styles) {
            alternatives.append('|').append(style.pattern().pattern());
        }
        return Pattern.compile("(?:" + alternatives + ")");
    }

    /**
     * The outline of a document; {@code outlineStart} and {@code outlineEnd} bound the plan's outline in the
     * text (the head before it, the signature after it); {@code parts} has more than one part only for a
     * file that holds several.
     */
    public record Outline(List<ParsedSection> sections, List<ParsedTask> tasks, int outlineStart, int outlineEnd,
            List<ParsedPart> parts) {}

    public Outline parse(String text) {
        return parse(text, List.of());
    }

    public Outline parse(String text, List<LoadedDocument.Heading> formatHeadings) {
        Map<String, Integer> headings = new HashMap<>();
        formatHeadings.forEach(h -> headings.putIfAbsent(h.text(), h.level()));
        List<ParsedPart> found = parts.find(text);
        List<ParsedSection> sections = new ArrayList<>();
        List<ParsedTask> tasks = new ArrayList<>();
        int outlineStart = -1;
        int outlineEnd = text.length();
        for (ParsedPart part : found) {
            List<Line> lines = Line.split(text.substring(0, part.span().end())).stream()
                    .filter(l -> l.start() >= part.span().start()).toList();
            OutlineClassifier.Classified classified = classifier.classify(text, lines, part.span().end(), headings);
            if (classified.outlineStart() < 0) {
                continue;
            }
            if (outlineStart < 0 || part.kind() == ParsedPart.Kind.PLAN && outlineStartIsNotice(found, outlineStart)) {
                outlineStart = classified.outlineStart();
                outlineEnd = classified.outlineEnd();
            }
            flatten(text, tree(classified.items()), sections, tasks);
        }
        if (outlineStart < 0) {
            return new Outline(List.of(), List.of(), text.length(), text.length(), found);
        }
        return new Outline(sections, tasks, outlineStart, outlineEnd, found);
    }

    /** Whether an outline found first lies in the notice: the plan's own outline then bounds the head. */
    private static boolean outlineStartIsNotice(List<ParsedPart> parts, int offset) {
        return parts.stream().anyMatch(p -> p.kind() == ParsedPart.Kind.NOTICE && p.contains(offset));
    }

    /**
     * Nests items: an item of a style already open is a sibling of that item, wherever that style was
     * first seen (1) 2) under 一、 then ⑴ ⑵ under 二、: ⑵ follows ⑴, it is not its child); a new style nests
     * one level deeper; a table row without a number is a leaf of the innermost open item.
     */
    private static List<OutlineItem> tree(List<OutlineItem> items) {
        List<OutlineItem> roots = new ArrayList<>();
        List<Integer> styleOrder = new ArrayList<>();
        List<OutlineItem> stack = new ArrayList<>();
        for (OutlineItem item : items) {
            if (item.style == OutlineItem.ROW) {
                attach(item, stack.isEmpty() ? null : stack.get(stack.size() - 1), roots);
                continue;
            }
            int depth = styleOrder.indexOf(item.style);
            if (depth < 0) {
                styleOrder.add(item.style);
                depth = styleOrder.size() - 1;
            }
            int open = -1;
            for (int k = stack.size() - 1; k >= 0; k--) {
                if (stack.get(k).style == item.style) {
                    open = k;
                    break;
                }
            }
            int keep = open >= 0 ? open : depth;
            while (stack.size() > keep) {
                stack.remove(stack.size() - 1);
            }
            // A style seen before only deeper can reappear higher up: attach to the nearest open ancestor.
            attach(item, stack.isEmpty() ? null : stack.get(stack.size() - 1), roots);
            stack.add(item);
        }
        return roots;
    }

    private static void attach(OutlineItem item, OutlineItem parent, List<OutlineItem> roots) {
        if (parent == null) {
            roots.add(item);
        } else {
            item.parent = parent;
            parent.children.add(item);
        }
    }

    /** Sections and tasks from the tree, numbered on from those of earlier parts. */
    private void flatten(String text, List<OutlineItem> roots, List<ParsedSection> sections, List<ParsedTask> tasks) {
        for (OutlineItem root : roots) {
            if (isGoals(text, root)) {
                sections.add(wholeSection(text, root, sections.size() + 1, true));
                continue;
            }
            int sectionOrdinal = 0;
            List<FieldValue> sectionFields = List.of();
            if (!root.children.isEmpty()) {
                sectionOrdinal = headingSection(text, root, sections);
                sectionFields = fieldLabels.find(text, root.bodyStart, root.children.get(0).start);
            }
            collectLeaves(text, root, sectionOrdinal, sectionFields, tasks, sections);
        }
    }

    /** Adds the section of an item with items under it (its body the text before the first); returns its ordinal. */
    private static int headingSection(String text, OutlineItem item, List<ParsedSection> sections) {
        int ordinal = sections.size() + 1;
        int firstChild = item.children.get(0).start;
        int headEnd = endOfFirstLine(text, item.bodyStart, firstChild);
        sections.add(new ParsedSection(ordinal, item.number, text.substring(item.bodyStart, headEnd),
                new Span(item.start, headEnd), new Span(labelEnd(text, item.bodyStart, firstChild), firstChild), false));
        return ordinal;
    }

    /** Whether an item's heading phrase names the plan's goals: its text, sub-items included, holds no tasks. */
    private boolean isGoals(String text, OutlineItem item) {
        return item.rowFields == null && headingIn(text, item, goalsHeadings, false);
    }

    /** Whether an item only frames the plan (总体要求, 组织实施): a section even without items under it. */
    private boolean isGrouping(String text, OutlineItem item) {
        return item.rowFields == null && headingIn(text, item, groupingHeadings, true);
    }

    private static boolean headingIn(String text, OutlineItem item, List<String> words, boolean exact) {
        String heading = label(text, item.bodyStart, item.end).replaceAll("[:：。]+$", "");
        return heading.length() <= 12 && words.stream().anyMatch(exact ? heading::equals : heading::endsWith);
    }

    /** A goals paragraph or a framing heading: a section whose body is all of its text, sub-items included. */
    private static ParsedSection wholeSection(String text, OutlineItem item, int ordinal, boolean goals) {
        int end = item.subtreeEnd();
        int headEnd = endOfFirstLine(text, item.bodyStart, end);
        String heading = label(text, item.bodyStart, end);
        return new ParsedSection(ordinal, item.number, heading, new Span(item.start, headEnd),
                new Span(labelEnd(text, item.bodyStart, end), end), goals);
    }

    /** Where the text after an item's heading phrase starts (past the phrase and the mark that closes it). */
    private static int labelEnd(String text, int from, int to) {
        String label = label(text, from, to);
        int end = from + label.length();
        while (end < to && (Character.isWhitespace(text.charAt(end)) || Punctuation.isProseMark(text.charAt(end)))) {
            end++;
        }
        return Math.min(end, to);
    }

    private void collectLeaves(String text, OutlineItem item, int section, List<FieldValue> inherited,
            List<ParsedTask> out, List<ParsedSection> sections) {
        if (item.parent != null && isGoals(text, item)) {
            sections.add(wholeSection(text, item, sections.size() + 1, true));
            return;
        }
        if (!item.children.isEmpty()) {
            List<FieldValue> own = item.parent == null ? inherited
                    : merge(fieldLabels.find(text, item.bodyStart, item.children.get(0).start), inherited);
            // an item with items under it is a section of its own (第X章 under 第X篇, （一） under 一、)
            int mine = item.parent == null ? section : headingSection(text, item, sections);
            for (OutlineItem child : item.children) {
                collectLeaves(text, child, mine, own, out, sections);
            }
            return;
        }
        if (isGrouping(text, item)) {
            sections.add(wholeSection(text, item, sections.size() + 1, false));
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
            else if (depth == 0 && Punctuation.isProseMark(c)) {
                return first.substring(0, i).strip();
            }
        }
        return first.strip();
    }

    private static int endOfFirstLine(String text, int from, int limit) {
        int nl = text.indexOf('\n', from);
        return nl < 0 || nl > limit ? limit : nl;
    }
}
