package org.w3id.hpkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hpkg.data.DataTable;
import org.w3id.hpkg.parse.Span;

/**
 * Reads targets from a task's text, sentence by sentence and clause by clause.
 *
 * <p>A rate ({@code %}, {@code ‰}) is always a target; a count or amount only when a commitment word
 * ({@code 创建}, {@code 培养}, {@code 完成}…) precedes it in its clause, so that descriptions
 * ({@code 围绕15个专项行动}) are left out. Values joined by 、 ({@code 分别达到90%、80%、60%以上}) are
 * paired with the indicators listed before them. The indicator is the phrase before the value
 * ({@code 接种率达到90%}) or, for a count of things, the noun phrase after it ({@code 创建3个国家卫生镇}).
 */
public final class TargetExtractor {

    private static final Pattern SENTENCE_END = Pattern.compile("[。;；!！?？\\n]");
    /** The characters of {@link #SENTENCE_END}, and those that end a clause, for testing one character. */
    private static final String SENTENCE_END_CHARS = "。;；!！?？\n";
    private static final String CLAUSE_END_CHARS = ",，:：";
    private static final Pattern SLOGAN_VALUES =
            Pattern.compile("“([两二三四五六七八九十]|\\d{1,2})个(\\d+(?:\\.\\d+)?)(%|‰)”");
    private static final Pattern SENTENCE_DATE = Pattern.compile(
            "(\\d{4})年(?:(\\d{1,2})月)?(底|末|内|前|年底)?(?!的|基础|以来|相比|同期|起|开始)|年内|年底前?|今年");
    private static final Pattern LEADING_YEAR = Pattern.compile("(\\d{4})年");
    private static final String CHINESE_DIGITS = "一二三四五六七八九十";
    /** Characters allowed between a qualifier such as 至少 and its value ("至少选择1所"). */
    private static final int MAX_QUALIFIER_GAP = 3;

    private final QuantityFinder quantities = new QuantityFinder();
    private final IndicatorPhrase phrases = new IndicatorPhrase();
    private final IndicatorKey keys = new IndicatorKey();
    private final DeadlineParser deadlines;
    private final List<String[]> comparatorWords = DataTable.load("extract/comparators.tsv").rows();
    private final List<String> commitments = DataTable.load("extract/commitment-words.tsv").column(0);
    private final List<String> heads = DataTable.load("extract/indicator-heads.tsv").column(0);
    private final List<String> phraseEnds = DataTable.load("extract/count-phrase-ends.tsv").column(0);
    private final List<String[]> joiners = DataTable.load("extract/value-joiners.tsv").rows();
    private final List<String> distributives = DataTable.load("extract/distributive-words.tsv").column(0);
    private final List<String> pastWords = DataTable.load("extract/past-time-words.tsv").column(0);

    public TargetExtractor(DeadlineParser deadlines) {
        this.deadlines = deadlines;
    }

    /** Targets in text[from, to); {@code taskDeadline} applies to those whose sentence names none. */
    public List<Target> extract(String text, int from, int to, Integer planYear, Deadline taskDeadline) {
        List<Target> targets = new ArrayList<>();
        int start = from;
        Matcher end = SENTENCE_END.matcher(text).region(from, to);
        while (start < to) {
            int stop = end.find() ? end.end() : to;
            extractSentence(text, start, stop, planYear, taskDeadline, targets);
            start = stop;
        }
        return targets;
    }

    private void extractSentence(String text, int from, int to, Integer planYear, Deadline taskDeadline,
            List<Target> out) {
        if (aboutThePast(text.substring(from, to), planYear)) {
            return;
        }
        Deadline due = sentenceDeadline(text, from, to, planYear);
        if (due == null) {
            due = taskDeadline;
        }
        List<Quantity> found = new ArrayList<>(quantities.find(text, from, to));
        // an age that qualifies a population (0—6岁儿童, 65岁以上老年人) is no quantity of the plan's
        found.removeIf(q -> q.kind() == Quantity.UnitKind.AGE && !endsClause(text, q.end(), to));
        boolean previousCountAccepted = false;
        int i = 0;
        while (i < found.size()) {
            // A run of values joined by 、 (or by 和 after 分别) shares one comparator and pairs with a list
            // of indicators.
            int j = i;
            while (j + 1 < found.size() && joins(text, from, found.get(i), found.get(j), found.get(j + 1))) {
                j++;
            }
            List<Quantity> run = found.subList(i, j + 1);
            Quantity first = run.get(0);
            Quantity last = run.get(run.size() - 1);
            int clauseStart = clauseStart(text, from, first.start());
            int clauseEnd = clauseEnd(text, last.end(), to);
            int phraseStart = Math.max(clauseStart, i > 0 ? found.get(i - 1).end() : clauseStart);
            int nextStart = j + 1 < found.size() ? found.get(j + 1).start() : Integer.MAX_VALUE;
            boolean rate = first.kind() == Quantity.UnitKind.RATE || first.kind() == Quantity.UnitKind.AGE;
            boolean committed = rate || hasCommitment(text, clauseStart, first.start())
                    || qualifierBefore(text, clauseStart, first) != null
                    || previousCountAccepted && first.start() - clauseStart <= 1;
            if (committed) {
                int afterValue = skipAfterWords(text, last.end(), clauseEnd);
                Comparison comparator = comparator(text, clauseStart, first, last.end(), rate);
                List<String> indicators = indicators(text, phraseStart, first.start(), afterValue,
                        Math.min(clauseEnd, nextStart), first.kind(), run.size());
                Span span = new Span(clauseStart, clauseEnd);
                for (int k = 0; k < run.size(); k++) {
                    Quantity q = run.get(k);
                    if (indicators.isEmpty()) {
                        break;
                    }
                    List<String> names = run.size() == 1 ? indicators : List.of(indicators.get(Math.min(k, indicators.size() - 1)));
                    for (String name : names) {
                        Comparison c = q.max() != null ? Comparison.BETWEEN : comparator;
                        out.add(new Target(name, keys.of(name), c, q.value(), q.max(), q.unit(), due, span));
                    }
                }
                previousCountAccepted = !rate;
            } else {
                previousCountAccepted = false;
            }
            i = j + 1;
        }
        sloganTargets(text, from, to, due, out);
    }

    /** “三个100%” after a list of three rates: each rate is a target of 100%. */
    private void sloganTargets(String text, int from, int to, Deadline due, List<Target> out) {
        Matcher m = SLOGAN_VALUES.matcher(text).region(from, to);
        while (m.find()) {
            String n = m.group(1);
            int count = CHINESE_DIGITS.indexOf(n) >= 0 ? CHINESE_DIGITS.indexOf(n) + 1
                    : n.equals("两") ? 2 : Integer.parseInt(n);
            int clauseStart = clauseStart(text, from, m.start());
            List<String> names = splitIndicators(phrases.before(text.substring(clauseStart, m.start())));
            if (names.size() != count) {
                continue;
            }
            Span span = new Span(clauseStart, m.end());
            for (String name : names) {
                out.add(new Target(name, keys.of(name), Comparison.AT_LEAST, new BigDecimal(m.group(2)), null,
                        m.group(3), due, span));
            }
        }
    }

    private List<String> indicators(String text, int phraseStart, int valueStart, int afterValue, int clauseEnd,
            Quantity.UnitKind kind, int values) {
        String rawBefore = text.substring(phraseStart, valueStart);
        String before = phrases.before(rawBefore);
        String between = text.substring(afterValue, clauseEnd);
        // "村卫生室1家、市级标准6家": text that opens with 、 before the next value is that value's own.
        String after = between.startsWith("、") ? "" : phrases.after(countedPhrase(text, afterValue, clauseEnd));
        // A rate names its indicator before the value; so does an amount (投资550万元): what follows an
        // amount says what it is for. A count of things names them after the value (创建3个国家卫生镇).
        boolean useAfter = switch (kind) {
            case RATE, AGE -> before.isEmpty() || before.length() <= 2 && !after.isEmpty();
            case AMOUNT -> before.isEmpty() && !after.isEmpty();
            default -> !after.isEmpty() && Character.UnicodeScript.of(after.charAt(0)) == Character.UnicodeScript.HAN;
        };
        if (useAfter) {
            if (after.isEmpty()) {
                return List.of();
            }
            String counted = IndicatorPhrase.head(after);
            String each = phrases.distributiveSubject(rawBefore);
            return List.of(each == null ? counted : "每" + each + counted);
        }
        if (before.isEmpty()) {
            return List.of();
        }
        List<String> names = splitIndicators(before);
        if (values > 1 && names.size() == 1) {
            names = phrases.distributeSharedHead(before, values);
        }
        List<String> result = new ArrayList<>();
        for (String name : names) {
            result.add(kind == Quantity.UnitKind.RATE || kind == Quantity.UnitKind.AGE ? IndicatorPhrase.head(name) : name);
        }
        return result;
    }

    /** The noun phrase after a count, up to the clause end, the next quantity, or a predicate verb. */
    private String countedPhrase(String text, int from, int clauseEnd) {
        int end = clauseEnd;
        for (int k = from; k < clauseEnd - 1; k++) {
            if (text.charAt(k) == '、' && Character.isDigit(text.charAt(k + 1))) {
                end = k;
                break;
            }
        }
        String phrase = text.substring(from, end);
        for (String verb : phraseEnds) {
            int at = phrase.indexOf(verb);
            if (at >= 2) {
                phrase = phrase.substring(0, at);
            }
        }
        return phrase;
    }

    /**
     * Splits "A率、B率以及C和D率" into indicators, keeping together parts that do not name a measured
     * quantity on their own ("在管高血压、糖尿病患者规范管理率" is one indicator).
     */
    private List<String> splitIndicators(String phrase) {
        String[] raw = phrase.split("、|以及");
        List<String> parts = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (int k = 0; k < raw.length; k++) {
            if (pending.length() > 0) {
                pending.append('、');
            }
            pending.append(raw[k]);
            if (endsWithHead(raw[k]) || k == raw.length - 1) {
                parts.add(pending.toString());
                pending.setLength(0);
            }
        }
        if (parts.size() > 1 && parts.stream().allMatch(this::endsWithHead)) {
            return phrases.shareSubject(parts);
        }
        return List.of(phrase);
    }

    private boolean endsWithHead(String part) {
        for (String head : heads) {
            if (part.endsWith(head)) {
                return true;
            }
        }
        return false;
    }

    /** A sentence that opens with a past year (2020年，… in a plan for 2021) or 去年 reports results. */
    private boolean aboutThePast(String sentence, Integer planYear) {
        String s = sentence.strip().replaceFirst("^[,，、:：;；]+", "");
        Matcher year = LEADING_YEAR.matcher(s);
        if (year.lookingAt() && planYear != null && Integer.parseInt(year.group(1)) < planYear) {
            return true;
        }
        return pastWords.stream().anyMatch(s::startsWith);
    }

    /** Whether {@code next} continues the list of values that {@code first} opened and {@code previous} last extended. */
    private boolean joins(String text, int sentenceStart, Quantity first, Quantity previous, Quantity next) {
        if (next.kind() != first.kind()) {
            return false;
        }
        String between = text.substring(previous.end(), next.start()).strip();
        for (String[] row : joiners) {
            if (between.equals(row[0])) {
                if (row[1].equals("ALWAYS")) {
                    return true;
                }
                String before = text.substring(clauseStart(text, sentenceStart, first.start()), first.start());
                return distributives.stream().anyMatch(before::contains);
            }
        }
        return false;
    }

    /** Whether a value (with the qualifier right after it, 以上/以下/左右) ends its clause. */
    private boolean endsClause(String text, int valueEnd, int sentenceEnd) {
        int at = skipAfterWords(text, valueEnd, sentenceEnd);
        if (at >= sentenceEnd) {
            return true;
        }
        char next = text.charAt(at);
        return CLAUSE_END_CHARS.indexOf(next) >= 0 || SENTENCE_END_CHARS.indexOf(next) >= 0;
    }

    private boolean hasCommitment(String text, int from, int to) {
        String before = text.substring(from, to);
        for (String word : commitments) {
            if (before.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private Comparison comparator(String text, int clauseStart, Quantity first, int valueEnd, boolean rate) {
        String after = text.substring(valueEnd, Math.min(text.length(), valueEnd + 3));
        for (String[] row : comparatorWords) {
            if (row[1].equals("AFTER") && after.startsWith(row[2])) {
                return Comparison.valueOf(row[0]);
            }
        }
        Comparison found = qualifierBefore(text, clauseStart, first);
        if (found != null) {
            return found;
        }
        return rate ? Comparison.AT_LEAST : Comparison.EXACTLY;
    }

    /** The qualifier right before a value (不低于, 控制在, 达到…), or null; a bounded value is a commitment. */
    private Comparison qualifierBefore(String text, int clauseStart, Quantity first) {
        String before = text.substring(clauseStart, first.start());
        int bestEnd = -1;
        int bestLength = 0;
        Comparison found = null;
        for (String[] row : comparatorWords) {
            if (row[1].equals("BEFORE")) {
                int at = before.lastIndexOf(row[2]);
                int wordEnd = at + row[2].length();
                // Only a qualifier next to the value counts: "签约服务…达到100%" holds 约 but is no approximation.
                if (at >= 0 && before.length() - wordEnd <= MAX_QUALIFIER_GAP
                        && (wordEnd > bestEnd || wordEnd == bestEnd && row[2].length() > bestLength)) {
                    bestEnd = wordEnd;
                    bestLength = row[2].length();
                    found = Comparison.valueOf(row[0]);
                }
            }
        }
        return found;
    }

    private int skipAfterWords(String text, int at, int clauseEnd) {
        for (String[] row : comparatorWords) {
            if (row[1].equals("AFTER") && text.startsWith(row[2], at) && at + row[2].length() <= clauseEnd) {
                return at + row[2].length();
            }
        }
        return at;
    }

    private Deadline sentenceDeadline(String text, int from, int to, Integer planYear) {
        Matcher m = SENTENCE_DATE.matcher(text).region(from, to);
        while (m.find()) {
            if (m.group(1) != null && planYear != null && Integer.parseInt(m.group(1)) < planYear) {
                continue;
            }
            Deadline d = deadlines.parse(m.group(), planYear);
            if (d != null && !d.ongoing()) {
                return d;
            }
        }
        return null;
    }

    private static int clauseStart(String text, int sentenceStart, int at) {
        for (int k = at - 1; k >= sentenceStart; k--) {
            if (CLAUSE_END_CHARS.indexOf(text.charAt(k)) >= 0) {
                return k + 1;
            }
        }
        return sentenceStart;
    }

    private static int clauseEnd(String text, int at, int sentenceEnd) {
        for (int k = at; k < sentenceEnd; k++) {
            char c = text.charAt(k);
            if (CLAUSE_END_CHARS.indexOf(c) >= 0 || SENTENCE_END_CHARS.indexOf(c) >= 0) {
                return k;
            }
        }
        return sentenceEnd;
    }
}
