package org.w3id.hpkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hpkg.data.DataTable;

/**
 * Reads a change stated before a value: {@code 比2015年降低10%}, {@code 在2020年基础上提高5个百分点},
 * {@code 每年下降1个百分点以上}, {@code 年降幅}. The verb ({@code extract/change-verbs.tsv}) stands right
 * before the value, perhaps with a bound between ({@code 提高不少于}); followed by 到/至 it would state a
 * level and is not read here. The baseline year is the one named with 比/较/与 or 在…基础上 in the clause.
 */
final class ChangePhrase {

    private static final Pattern BASELINE_YEAR = Pattern.compile(
            "(?:比|较|与|同)\\s*(\\d{4})\\s*年|在\\s*(\\d{4})\\s*年(?:底|末)?(?:的)?(?:基础上|水平上)");
    /** Bounds that may stand between the verb and the value ("降低不少于10%"). */
    private static final Pattern BOUND_AFTER_VERB = Pattern.compile("(?:了)?(?:不低于|不少于|至少|超过|约|达|达到)?\\s*$");

    private static final String NOT_BEFORE_ANNUAL = " 上去今明本当前后近";

    private final List<String[]> verbs;
    private final List<String> annualWords = DataTable.load("extract/annual-change-words.tsv").column(0);

    ChangePhrase() {
        verbs = new ArrayList<>(DataTable.load("extract/change-verbs.tsv").rows());
        verbs.sort(Comparator.comparingInt((String[] r) -> r[1].length()).reversed());
    }

    /** The change that text[clauseStart, valueStart) states for the value at valueStart, or null. */
    Target.Change read(String text, int clauseStart, int valueStart) {
        String before = text.substring(clauseStart, valueStart);
        Matcher bound = BOUND_AFTER_VERB.matcher(before);
        String head = bound.find() ? before.substring(0, bound.start()) : before;
        head = head.stripTrailing();
        for (String[] row : verbs) {
            if (head.endsWith(row[1])) {
                String rest = head.substring(0, head.length() - row[1].length());
                boolean annual = annualWords.stream().anyMatch(w -> annualBefore(rest, w));
                return new Target.Change(Target.Direction.valueOf(row[0]), baselineYear(before), annual);
            }
        }
        return null;
    }

    /** The verb and the words before it that the indicator phrase must lose ("年均增长", "每年下降"). */
    String strip(String phrase) {
        String p = phrase.stripTrailing();
        for (String[] row : verbs) {
            if (p.endsWith(row[1]) && p.length() > row[1].length()) {
                p = p.substring(0, p.length() - row[1].length());
                for (String w : annualWords) {
                    if (annualBefore(p, w) && p.length() > w.length() + 1) {
                        return p.substring(0, p.length() - w.length());
                    }
                }
                return p;
            }
        }
        return p;
    }

    /** "每年"/"年均" before the verb, but not the 年 of a date ("到2030年下降30%"). */
    private static boolean annualBefore(String rest, String word) {
        if (!rest.endsWith(word)) {
            return false;
        }
        int at = rest.length() - word.length() - 1;
        // not the 年 of a date (2030年) or of a year named relatively (比上年, 去年, 今年)
        return at < 0 || !Character.isDigit(rest.charAt(at)) && NOT_BEFORE_ANNUAL.indexOf(rest.charAt(at)) < 0;
    }

    private static Integer baselineYear(String clause) {
        Matcher m = BASELINE_YEAR.matcher(clause);
        Integer year = null;
        while (m.find()) {
            year = Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return year;
    }
}
