package org.w3id.hpkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hpkg.data.DataTable;
import org.w3id.hpkg.normalize.Punctuation;

/**
 * Names the indicators of a run of values: the phrase before a rate or an amount, the noun after a count,
 * split into a list where each item names a measured quantity ({@code extract/indicator-heads.tsv}), and
 * trimmed to the shortest phrase that still identifies what is measured.
 */
final class IndicatorNames {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、]|和|及|与");
    /** A bound between a change verb and its value ("降低不少于10%"). */
    private static final Pattern BOUND_BEFORE_VALUE = Pattern.compile("(?:不低于|不少于|至少|超过|约|达到|达)\\s*$");
    /** A level verb whose complement names the base of a share ("提高到全国城市总数的50%"). */
    private static final Pattern SHARE_OF = Pattern.compile("(?:提高到|提高至|提升到|提升至|达到|占)[^，,、]{2,16}的$");

    private final IndicatorPhrase phrases;
    private final ChangePhrase changes;
    private final List<String> heads = DataTable.load("extract/indicator-heads.tsv").column(0);
    private final List<String> phraseEnds = DataTable.load("extract/count-phrase-ends.tsv").column(0);
    private final List<String> people = DataTable.load("extract/person-words.tsv").column(0);
    private final List<String> subjects = DataTable.load("extract/subject-words.tsv").column(0);
    private final List<String> joiners = DataTable.load("extract/value-joiners.tsv").column(0);

    IndicatorNames(IndicatorPhrase phrases, ChangePhrase changes) {
        this.phrases = phrases;
        this.changes = changes;
    }

    /**
     * The indicators of the values at text[valueStart…): from the phrase text[phraseStart, valueStart) before
     * them or the text[afterValue, clauseEnd) after them; {@code values} values share them; {@code change}
     * when the verb before them states a change (its words are no part of the indicator).
     */
    List<String> of(String text, int phraseStart, int valueStart, int afterValue, int clauseEnd,
            Quantity.UnitKind kind, int values, boolean change) {
        String rawBefore = text.substring(phraseStart, valueStart);
        if (change) {
            rawBefore = changes.strip(BOUND_BEFORE_VALUE.matcher(rawBefore).replaceFirst(""));
        }
        Matcher share = SHARE_OF.matcher(rawBefore);
        if (share.find() && share.start() >= 2) {
            rawBefore = rawBefore.substring(0, share.start());
        }
        String before = phrases.before(rawBefore);
        String between = text.substring(afterValue, clauseEnd);
        // "村卫生室1家、市级标准6家", "发热门诊2个和肠道门诊3个": text that opens with a joiner before the next
        // value is that value's own.
        // a share names what it counts after it in full ("80%以上的行政村达到省级卫生村标准"); a count only its noun
        boolean nextValueFollows = clauseEnd < text.length() && !Punctuation.endsClause(text.charAt(clauseEnd))
                && !Punctuation.endsSentence(text.charAt(clauseEnd));
        // (only before a next value: 建成3个和美乡村 counts 和美乡村)
        String after = nextValueFollows && joiners.stream().anyMatch(between::startsWith) ? "" : phrases.after(kind.level()
                ? text.substring(afterValue, clauseEnd) : countedPhrase(text, afterValue, clauseEnd));
        // A rate names its indicator before the value; so does an amount (投资550万元): what follows an
        // amount says what it is for. A count of things names them after the value (创建3个国家卫生镇).
        boolean useAfter = switch (kind) {
            case RATE, AGE, DURATION -> before.isEmpty() || before.length() <= 2 && !after.isEmpty();
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
        String listed = IndicatorPhrase.stripPunctuation(rawBefore.strip());
        if (kind == Quantity.UnitKind.COUNT && listed.endsWith("各") && values == 1) {
            // "建成胸痛中心、卒中中心各1个": each thing listed before 各 is counted
            return List.of(LIST_SEPARATOR.split(phrases.before(listed.substring(0, listed.length() - 1))));
        }
        List<String> names = split(before);
        if (values > 1 && names.size() == 1) {
            names = phrases.distributeSharedHead(before, values);
        }
        if (values == 1 && names.size() == 1 && rawBefore.contains("均")) {
            names = eachRate(before);
        }
        List<String> result = new ArrayList<>();
        for (String name : names) {
            result.addAll(kind.level()
                    ? List.of(measuredOf(name)) : List.of(name));
        }
        return result;
    }

    /**
     * "孕产妇系统管理率和3岁以下儿童系统管理率均达到90%": with 均, items joined by 和 that each name a measured
     * quantity are two indicators, as items joined by 、 are. Modifiers of one head stay one indicator
     * ("高血压、糖尿病患者规范管理率均达到65%", as the corpus gold reads it).
     */
    private List<String> eachRate(String phrase) {
        String[] parts = LIST_SEPARATOR.split(phrase);
        List<String> list = List.of(parts);
        if (parts.length < 2 || phrase.indexOf('(') >= 0 || !list.stream().allMatch(this::endsWithHead)) {
            return List.of(phrase);
        }
        return phrases.shareSubject(list);
    }

    /**
     * The measured quantity of "X的Y": Y alone where X only locates it ("辖区内所有社区卫生服务中心的家庭医生签约服务
     * 覆盖率"), X的Y where X names the people it is about ("高血压患者和2型糖尿病患者的基层规范管理服务率").
     */
    private String measuredOf(String name) {
        String head = IndicatorPhrase.head(name);
        if (head.equals(name)) {
            return name;
        }
        String owner = name.substring(0, name.length() - head.length() - 1);
        return people.stream().anyMatch(owner::contains) || generic(head) ? name : head;
    }

    /** "人口比例", "对象占比": a head that names whom it counts but not which of them, so X的 stays. */
    private boolean generic(String measured) {
        for (String h : heads) {
            if (measured.endsWith(h)) {
                String rest = measured.substring(0, measured.length() - h.length());
                return rest.length() <= 2 || subjects.contains(rest);
            }
        }
        return false;
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
    List<String> split(String phrase) {
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

}
