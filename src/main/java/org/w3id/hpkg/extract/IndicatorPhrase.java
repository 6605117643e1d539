package org.w3id.hpkg.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hpkg.data.DataTable;

/**
 * Trims a candidate phrase to the indicator it names. HanLP's segmentation gives word boundaries and
 * parts of speech, so that a leading cue verb or adverb ({@code 确保}, {@code 实现}, {@code 进一步}) is
 * removed as a whole word and never as the first character of a noun ({@code 使用率}).
 */
final class IndicatorPhrase {

    private static final Pattern BASELINE = Pattern.compile("[在比较与]\\d{4}年(?:的)?(?:基础上|相比|同期)?");
    private static final Pattern DATE_PREFIX = Pattern.compile("^(?:[到至于在])?\\d{4}年(?:\\d{1,2}月)?(?:底|末)?(?:前)?");
    private static final Pattern DISTRIBUTIVE = Pattern.compile("^[一二三四五六七八九十两\\d]*(\\p{IsHan}{1,4}(?:\\([^)]{1,4}\\))?)分别");
    private static final Pattern EDGE_PUNCTUATION =
            Pattern.compile("^(?:[\\s、,，:：;；]|以及|和|及|与)+|(?:[\\s、,，:：;；]|以及|和|及|与|等)+$");
    private static final Pattern TRAILING_DE = Pattern.compile("的$");
    private static final Pattern TRAILING_BUILD = Pattern.compile("(?:的)?(?:创建|建设)$");
    private static final Pattern OPENING_MARK = Pattern.compile("[“《(‘]");
    private static final int SHORTEST_AFTER_VERB = 4;

    private final List<String> leadWords = DataTable.load("extract/indicator-lead-words.tsv").column(0);
    private final List<String> tailWords = DataTable.load("extract/indicator-tail-words.tsv").column(0);
    private final List<String> verbs = DataTable.load("extract/target-verbs.tsv").column(0);
    private final List<String> commitments = DataTable.load("extract/commitment-words.tsv").column(0);

    /** Cleans the phrase before a value: "确保报告患病率不低于" becomes "报告患病率". */
    String before(String phrase) {
        String p = stripPunctuation(DATE_PREFIX.matcher(BASELINE.matcher(phrase).replaceAll("")).replaceAll(""));
        boolean changed = true;
        while (changed && !p.isEmpty()) {
            changed = false;
            for (String w : tailWords) {
                if (p.endsWith(w) && p.length() > w.length()) {
                    p = p.substring(0, p.length() - w.length());
                    changed = true;
                }
            }
            for (String v : verbs) {
                if (p.endsWith(v) && p.length() > v.length()) {
                    p = p.substring(0, p.length() - v.length());
                    changed = true;
                }
            }
        }
        p = TRAILING_DE.matcher(p).replaceAll("");
        return p.isEmpty() ? p : stripLeading(p);
    }

    /** Cleans the phrase after a count: "普惠性幼儿园开设托班试点" stays whole here; see {@link #head}. */
    String after(String phrase) {
        String p = stripPunctuation(phrase);
        if (p.startsWith("的")) {
            p = p.substring(1);
        }
        return TRAILING_BUILD.matcher(p).replaceAll("");
    }

    /** "十街(镇)分别至少培育": each of the units named before 分别, as "街(镇)"; null if none. */
    String distributiveSubject(String rawBefore) {
        Matcher m = DISTRIBUTIVE.matcher(stripPunctuation(rawBefore));
        return m.find() ? m.group(1) : null;
    }

    /** Removes leading cue words, adverbs, prepositions and at most one verb, word by word. */
    String stripLeading(String phrase) {
        if (phrase.isEmpty()) {
            return phrase;
        }
        List<Term> terms = HanLP.segment(phrase);
        int cut = 0;
        boolean verbTaken = false;
        for (int i = 0; i < terms.size() - 1; i++) {
            Term t = terms.get(i);
            String nature = t.nature == null ? "" : t.nature.toString();
            boolean cue = leadWords.contains(t.word) || nature.startsWith("d") || nature.startsWith("p")
                    || nature.startsWith("c") || nature.equals("w") && !OPENING_MARK.matcher(t.word).matches();
            // A verb goes only if a real phrase remains: "规范管理率" keeps its 规范.
            boolean verb = !verbTaken && (nature.equals("v") || commitments.contains(t.word))
                    && phrase.length() - cut - t.word.length() >= SHORTEST_AFTER_VERB;
            if (cue) {
                cut += t.word.length();
            } else if (verb) {
                cut += t.word.length();
                verbTaken = true;
            } else {
                break;
            }
        }
        String rest = phrase.substring(Math.min(cut, phrase.length()));
        return rest.isEmpty() ? phrase : rest;
    }

    /** Within a long phrase "X的Y", Y is the measured thing when it is long enough to stand alone. */
    static String head(String phrase) {
        int de = phrase.lastIndexOf('的');
        if (de > 0 && phrase.length() - de - 1 >= 4) {
            return phrase.substring(de + 1);
        }
        return phrase;
    }

    static String stripPunctuation(String phrase) {
        return EDGE_PUNCTUATION.matcher(phrase).replaceAll("");
    }
}
