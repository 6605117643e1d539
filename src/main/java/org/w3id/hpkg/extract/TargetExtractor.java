package org.w3id.hpkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hpkg.data.DataTable;
import org.w3id.hpkg.normalize.ChineseNumerals;
import org.w3id.hpkg.normalize.Punctuation;
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

    private static final Pattern SENTENCE_END = Punctuation.sentenceEnd();
    private static final Pattern SLOGAN_VALUES =
            Pattern.compile("“([两二三四五六七八九十]|\\d{1,2})个(\\d+(?:\\.\\d+)?)(%|‰)”");
    /** At most this many characters before a count that continues a list of counts ("，市级临床重点专科10个"). */
    private static final int SHORTEST_LISTED_CLAUSE = 12;
    private static final Pattern LEADING_YEAR = Pattern.compile("(\\d{4})年");
    /** Characters allowed between a qualifier such as 至少 and its value ("至少选择1所"). */
    private static final int MAX_QUALIFIER_GAP = 3;

    private final QuantityFinder quantities = new QuantityFinder();
    private final IndicatorPhrase phrases = new IndicatorPhrase();
    private final IndicatorKey keys = new IndicatorKey();
    private final Horizons horizons;
    private final ChangePhrase changes = new ChangePhrase();
    private final UnitNormalizer units = new UnitNormalizer();
    private final Descriptions descriptions = new Descriptions();
    private final IndicatorNames names = new IndicatorNames(phrases, changes);
    private final IndicatorTable tables;
    private final List<String[]> comparatorWords = DataTable.load("extract/comparators.tsv").rows();
    private final List<String> commitments = DataTable.load("extract/commitment-words.tsv").column(0);
    private final List<String[]> joiners = DataTable.load("extract/value-joiners.tsv").rows();
    private final List<String> distributives = DataTable.load("extract/distributive-words.tsv").column(0);
    private final List<String> pastWords = DataTable.load("extract/past-time-words.tsv").column(0);

    public TargetExtractor(DeadlineParser deadlines) {
        this.horizons = new Horizons(deadlines);
        this.tables = new IndicatorTable(keys, changes);
    }

    /** The text as the extractor reads it: see {@link BrokenLines#join}. */
    public String readingText(String text) {
        return BrokenLines.join(text);
    }

    /** Targets in text[from, to); {@code taskDeadline} applies to those whose sentence names none. */
    public List<Target> extract(String text, int from, int to, Integer planYear, Deadline taskDeadline) {
        return extract(text, from, to, planYear, planYear, taskDeadline);
    }

    /**
     * Targets in text[from, to): those of indicator tables and those of running text, in text order.
     * {@code referenceYear} (the year the plan was issued, else its plan year) divides the past from the
     * horizons; {@code taskDeadline} applies to targets whose sentence names no horizon.
     */
    public List<Target> extract(String text, int from, int to, Integer planYear, Integer referenceYear,
            Deadline taskDeadline) {
        return extract(text, from, to, planYear, referenceYear, taskDeadline, false);
    }

    /**
     * As {@link #extract(String, int, int, Integer, Integer, Deadline)}; {@code goals} for a goals paragraph,
     * whose statements are the plan's commitments even where a copula links indicator and value
     * ("达标率均为100%").
     */
    public List<Target> extract(String text, int from, int to, Integer planYear, Integer referenceYear,
            Deadline taskDeadline, boolean goals) {
        Context context = new Context(planYear, referenceYear, taskDeadline, goals);
        List<Target> targets = new ArrayList<>();
        int start = from;
        for (IndicatorTable.Read table : tables.read(text, from, to, referenceYear, taskDeadline)) {
            extractRunningText(text, start, table.span().start(), context, targets);
            targets.addAll(table.targets());
            start = table.span().end();
        }
        extractRunningText(text, start, to, context, targets);
        return targets;
    }

    /** What every sentence of one region shares, and the last indicator read (for 2030年达到95% after X…). */
    private static final class Context {
        final Integer planYear;
        final Integer referenceYear;
        final Deadline taskDeadline;
        final boolean goals;
        String lastIndicator;
        /** A horizon that opened the sentence before ";": "到2025年，A…；B…" holds for B too. */
        Deadline carried;

        Context(Integer planYear, Integer referenceYear, Deadline taskDeadline, boolean goals) {
            this.planYear = planYear;
            this.referenceYear = referenceYear;
            this.taskDeadline = taskDeadline;
            this.goals = goals;
        }
    }

    /**
     * Reads sentence by sentence. A paragraph that opens by reporting the past ("2021年，全县…。全年累计投入…")
     * goes on reporting it until a sentence names a horizon.
     */
    private void extractRunningText(String text, int from, int to, Context context, List<Target> out) {
        int start = from;
        boolean pastParagraph = false;
        Matcher end = SENTENCE_END.matcher(text).region(from, to);
        while (start < to) {
            int stop = end.find() ? end.end() : to;
            String sentence = text.substring(start, stop);
            if (aboutThePast(sentence, context.referenceYear)) {
                pastParagraph = true;
            } else if (!pastParagraph || descriptions.namesHorizon(sentence) || opensWithPlanYear(sentence, context)) {
                pastParagraph = false;
                extractSentence(text, start, stop, context, out);
            }
            char last = text.charAt(stop - 1);
            if (last == '\n') {
                context.lastIndicator = null;
                pastParagraph = false;
            }
            if (last != ';' && last != '；') {
                context.carried = null;
            }
            start = stop;
        }
    }

    /** "2023年全市卫生健康工作的总体要求是…" after a review of 2022: the plan's own year ends the review. */
    private static boolean opensWithPlanYear(String sentence, Context context) {
        Matcher year = LEADING_YEAR.matcher(sentence.strip());
        return year.lookingAt() && context.referenceYear != null
                && Integer.parseInt(year.group(1)) >= context.referenceYear;
    }

    private void extractSentence(String text, int from, int to, Context context, List<Target> out) {
        List<Quantity> found = new ArrayList<>(quantities.find(text, from, to));
        // an age that qualifies a population (0—6岁儿童, 65岁以上老年人) is no quantity of the plan's
        found.removeIf(q -> q.kind() == Quantity.UnitKind.AGE && !endsClause(text, q.end(), to));
        // a length of time is a target only where a bound states it (控制在8天以内), not in 3天内 or 15分钟健身圈
        found.removeIf(q -> q.kind() == Quantity.UnitKind.DURATION && skipAfterWords(text, q.end(), to) == q.end()
                && qualifierBefore(text, clauseStart(text, from, q.start()), q) == null);
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
            int clauseStart = clauseStart(text, from, first.start());
            boolean rate = first.kind().level();
            // a count after an accepted one continues its list ("新增省级重点专科3个，市级重点专科10个")
            boolean listed = previousCountAccepted && first.start() - clauseStart <= SHORTEST_LISTED_CLAUSE;
            boolean committed = rate || hasCommitment(text, clauseStart, first.start())
                    || qualifierBefore(text, clauseStart, first) != null || listed;
            // a rule for individuals counts what each person does (5次, 1小时, 1项), never a share of them
            boolean individual = !rate || first.kind() == Quantity.UnitKind.DURATION
                    ? descriptions.individualRule(text, from, clauseStart, clauseEnd(text, first.end(), to)) : false;
            if (committed && !individual) {
                // the phrase starts after the previous value and its bound ("90%以上、2030年达到92%")
                int phraseStart = Math.max(clauseStart,
                        i > 0 ? skipAfterWords(text, found.get(i - 1).end(), first.start()) : clauseStart);
                int nextStart = j + 1 < found.size() ? found.get(j + 1).start() : Integer.MAX_VALUE;
                committed = readRun(text, from, to, run, clauseStart, phraseStart, nextStart, context, out);
                previousCountAccepted = committed && !rate;
            } else {
                previousCountAccepted = false;
            }
            i = j + 1;
        }
        Deadline named = horizons.nearest(text, from, to, to, to, context.planYear, context.referenceYear);
        if (named != null) {
            context.carried = named;
        }
        Deadline due = named != null ? named : context.carried;
        sloganTargets(text, from, to, due != null ? due : context.taskDeadline, out);
    }

    /** Reads the targets of one run of values; false when it describes rather than commits. */
    private boolean readRun(String text, int from, int to, List<Quantity> run, int clauseStart, int phraseStart,
            int nextStart, Context context, List<Target> out) {
        Quantity first = run.get(0);
        Quantity last = run.get(run.size() - 1);
        int clauseEnd = clauseEnd(text, last.end(), to);
        boolean rate = first.kind().level();
        boolean boundAfter = skipAfterWords(text, last.end(), clauseEnd) > last.end();
        boolean bounded = boundAfter || qualifierBefore(text, clauseStart, first) != null;
        // 为 states a rate's value ("死亡率为9.8/10万"); before a count it is a preposition ("免费为6000对夫妇")
        if (descriptions.present(text, from, clauseStart, first.start(), to, bounded || !rate, context.goals)) {
            return false;
        }
        Target.Change change = rate ? changes.read(text, clauseStart, first.start()) : null;
        int afterValue = skipAfterWords(text, last.end(), clauseEnd);
        Comparison comparator = change != null ? changeComparator(text, clauseStart, first, last.end())
                : comparator(text, clauseStart, first, last.end(), rate);
        List<Deadline> years = horizons.group(text, from, first.start(), context.referenceYear);
        int h = years.size();
        int perYear = h >= 2 && run.size() > h && run.size() % h == 0 ? run.size() / h : run.size();
        List<String> indicators = names.of(text, phraseStart, first.start(), afterValue,
                Math.min(clauseEnd, nextStart), first.kind(), perYear, change != null);
        // "到2025年底，达到4.5个" after "到2024年底，X达到3.5个": the same indicator at the next horizon
        if (indicators.isEmpty() && context.lastIndicator != null) {
            indicators = List.of(context.lastIndicator);
        }
        if (indicators.isEmpty()) {
            return true;
        }
        Deadline due = horizons.nearest(text, from, to, first.start(), clauseEnd, context.planYear,
                context.referenceYear);
        if (due == null) {
            due = context.carried != null ? context.carried : context.taskDeadline;
        }
        Span span = new Span(clauseStart, clauseEnd);
        int k = indicators.size();
        if (h >= 2 && run.size() == k * h) {
            // 到2025年和2030年，A、B分别达到a、b和c、d: the first list for the first year, the next for the next
            for (int y = 0; y < h; y++) {
                for (int n = 0; n < k; n++) {
                    add(out, indicators.get(n), comparator, run.get(y * k + n), years.get(y), span, change);
                }
            }
        } else {
            List<Deadline> dues = h >= 2 ? years : java.util.Collections.singletonList(due);
            for (Deadline d : dues) {
                for (int n = 0; n < run.size(); n++) {
                    List<String> names = run.size() == 1 ? indicators : List.of(indicators.get(Math.min(n, k - 1)));
                    for (String name : names) {
                        add(out, name, comparator, run.get(n), d, span, change);
                    }
                }
            }
        }
        context.lastIndicator = indicators.get(indicators.size() - 1);
        return true;
    }

    private void add(List<Target> out, String name, Comparison comparator, Quantity q, Deadline due, Span span,
            Target.Change change) {
        Comparison c = q.max() != null ? Comparison.BETWEEN : comparator;
        // a count per population (每千人拥有…2.3名) is a level to reach, not a number of things to build
        if (c == Comparison.EXACTLY && units.perPopulation(name) != null) {
            c = Comparison.AT_LEAST;
        }
        out.add(new Target(name, keys.of(name), c, q.value(), q.max(), q.unit(), due, span, change, null, null));
    }

    /** A change's bound: 以上/左右 after the value, a bound between verb and value, else at least. */
    private Comparison changeComparator(String text, int clauseStart, Quantity first, int valueEnd) {
        String after = text.substring(valueEnd, Math.min(text.length(), valueEnd + 3));
        for (String[] row : comparatorWords) {
            if (row[1].equals("AFTER") && after.startsWith(row[2])) {
                return Comparison.valueOf(row[0]);
            }
        }
        String before = text.substring(clauseStart, first.start()).stripTrailing();
        if (before.endsWith("约")) {
            return Comparison.APPROXIMATELY;
        }
        return before.endsWith("不超过") || before.endsWith("不高于") ? Comparison.AT_MOST : Comparison.AT_LEAST;
    }

    /** “三个100%” after a list of three rates: each rate is a target of 100%. */
    private void sloganTargets(String text, int from, int to, Deadline due, List<Target> out) {
        Matcher m = SLOGAN_VALUES.matcher(text).region(from, to);
        while (m.find()) {
            int count = ChineseNumerals.value(m.group(1));
            int clauseStart = clauseStart(text, from, m.start());
            List<String> names = this.names.split(phrases.before(text.substring(clauseStart, m.start())));
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

    /**
     * A sentence that opens with a past year (2020年，… in a plan issued in 2021), with a year and a word of the
     * present ("2015年我国人均预期寿命已达…"), or with 去年 reports results.
     */
    private boolean aboutThePast(String sentence, Integer referenceYear) {
        String s = sentence.strip().replaceFirst("^[,，、:：;；]+", "");
        Matcher year = LEADING_YEAR.matcher(s);
        if (year.lookingAt() && (referenceYear != null && Integer.parseInt(year.group(1)) < referenceYear
                || descriptions.reportsThePresent(s))) {
            return true;
        }
        return pastWords.stream().anyMatch(s::startsWith);
    }

    /** Whether {@code next} continues the list of values that {@code first} opened and {@code previous} last extended. */
    private boolean joins(String text, int sentenceStart, Quantity first, Quantity previous, Quantity next) {
        if (next.kind() != first.kind()) {
            return false;
        }
        // "90%以上和95%以上": the first value's bound stands before the joiner
        String between = text.substring(skipAfterWords(text, previous.end(), next.start()), next.start()).strip();
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
        return Punctuation.endsClause(next) || Punctuation.endsSentence(next);
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
        if (found == null) {
            found = sharedQualifier(text, clauseStart, first);
        }
        if (found != null) {
            return found;
        }
        return rate ? Comparison.AT_LEAST : Comparison.EXACTLY;
    }

    /**
     * The qualifier of the list a value continues: "至少建成1个胸痛中心和1个卒中中心" bounds both counts, the
     * second joined to the first's noun by a joiner ({@code value-joiners.tsv}); null when the value
     * follows no joiner or the list's first value has no qualifier.
     */
    private Comparison sharedQualifier(String text, int clauseStart, Quantity value) {
        String before = text.substring(clauseStart, value.start());
        for (String[] row : joiners) {
            if (before.endsWith(row[0])) {
                List<Quantity> earlier = quantities.find(text, clauseStart, value.start() - row[0].length());
                if (earlier.isEmpty()) {
                    return null;
                }
                Quantity previous = earlier.get(earlier.size() - 1);
                Comparison found = qualifierBefore(text, clauseStart, previous);
                return found != null ? found : sharedQualifier(text, clauseStart, previous);
            }
        }
        return null;
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

    private static int clauseStart(String text, int sentenceStart, int at) {
        for (int k = at - 1; k >= sentenceStart; k--) {
            if (Punctuation.endsClause(text.charAt(k))) {
                return k + 1;
            }
        }
        return sentenceStart;
    }

    private static int clauseEnd(String text, int at, int sentenceEnd) {
        for (int k = at; k < sentenceEnd; k++) {
            char c = text.charAt(k);
            if (Punctuation.endsClause(c) || Punctuation.endsSentence(c)) {
                return k;
            }
        }
        return sentenceEnd;
    }
}
