package org.w3id.hpkg.extract.body;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.w3id.hpkg.data.DataTable;
import org.w3id.hpkg.normalize.Punctuation;

/**
 * Finds the responsibility clauses of an item's text: in brackets anywhere in it
 * ({@code …健康素养水平。(国家卫生健康委牵头,教育部、体育总局按职责分工负责)}), and as sentences of their own,
 * sentence openings or sentence endings ({@code 县卫健局牵头,县医保局配合。}, {@code 由县卫健局牵头,县财政局配合,
 * 开展…}, {@code 推进医养结合,县卫健局牵头,县民政局配合。}). A
 * clause may be broken across lines and pages: line breaks and page numbers inside it are dropped
 * before it is read. All the clauses of one item together give its bodies.
 */
public final class ClauseFinder {

    /** A bracket longer than this is no clause (and an unclosed one is not searched to the end). */
    static final int LONGEST_CLAUSE = 400;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private final ClauseGrammar grammar;
    private final List<Pattern> furniture = new ArrayList<>();

    public ClauseFinder() {
        this(new ClauseGrammar());
    }

    ClauseFinder(ClauseGrammar grammar) {
        this.grammar = grammar;
        for (String regex : DataTable.load("extract/body/page-furniture.tsv").column(0)) {
            furniture.add(Pattern.compile(regex, Pattern.MULTILINE));
        }
    }

    /** The bodies named by the clauses of text[from, to). */
    public Responsibility find(String text, int from, int to) {
        Responsibility found = Responsibility.NONE;
        List<int[]> brackets = new ArrayList<>();
        List<int[]> clauses = new ArrayList<>();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                int close = closing(text, i, to);
                if (close < 0) {
                    continue;
                }
                String content = text.substring(i + 1, close);
                Responsibility r = grammar.mentionsARole(content) ? grammar.whole(clean(content)) : null;
                if (r != null) {
                    found = found.and(r);
                    clauses.add(new int[] {i, close + 1});
                }
                brackets.add(new int[] {i, close + 1});
                i = close;
            }
        }
        for (int start = from, end; start < to; start = end + 1) {
            while (start < to && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            end = sentenceEnd(text, start, to);
            if (start >= to || inside(brackets, start)) {
                continue;
            }
            String raw = text.substring(start, beforeClause(clauses, start, end));
            String sentence = grammar.mentionsARole(raw) ? clean(raw) : "";
            if (sentence.isEmpty()) {
                continue;
            }
            Responsibility r = grammar.whole(sentence);
            if (r == null) {
                r = grammar.opening(sentence);
            }
            if (r == null) {
                r = grammar.closing(sentence);
            }
            if (r != null) {
                found = found.and(r);
            }
        }
        return found;
    }

    /** Where the bracket opened at {@code open} closes (nested brackets inside names allowed), or -1. */
    private static int closing(String text, int open, int to) {
        int depth = 0;
        int limit = Math.min(to, open + LONGEST_CLAUSE);
        for (int i = open; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if (c == ')' || c == '）') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int sentenceEnd(String text, int start, int to) {
        for (int i = start; i < to; i++) {
            if (Punctuation.endsSentence(text.charAt(i))) {
                return i;
            }
        }
        return to;
    }

    private static boolean inside(List<int[]> ranges, int at) {
        return ranges.stream().anyMatch(r -> at >= r[0] && at < r[1]);
    }

    /** Where a sentence running to {@code end} stops: before the first bracketed clause inside it. */
    private static int beforeClause(List<int[]> clauses, int start, int end) {
        int cut = end;
        for (int[] c : clauses) {
            if (c[0] > start && c[0] < cut) {
                cut = c[0];
            }
        }
        return cut;
    }

    /** The clause without page furniture, line breaks and spaces, and without a closing full stop. */
    private String clean(String clause) {
        String c = clause;
        for (Pattern p : furniture) {
            c = p.matcher(c).replaceAll("");
        }
        c = SPACES.matcher(c).replaceAll("");
        while (c.endsWith("。") || c.endsWith(".")) {
            c = c.substring(0, c.length() - 1);
        }
        return c;
    }
}
