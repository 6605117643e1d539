package org.w3id.hpkg.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
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

    private static final Pattern BASELINE = Pattern.compile("[在比较与](?:\\d{4}年|上年|去年|上一年)(?:度)?(?:的)?(?:基础上|相比|同期)?");
    private static final Pattern DATE_PREFIX = Pattern.compile("^(?:[到至于在])?\\d{4}年(?:\\d{1,2}月)?(?:底|末)?(?:前)?");
    /** A unit of account after the indicator ("接种率以乡镇(街道)为单位保持在90%以上"). */
    private static final Pattern PER_UNIT = Pattern.compile("以[^,，、]{1,12}?为单位$");
    /** A horizon between the indicator and its verb ("孕产妇系统管理率2025年达到90%"). */
    private static final Pattern DATE_SUFFIX = Pattern.compile("(?:[到至于在])?\\d{4}年(?:\\d{1,2}月)?(?:底|末)?(?:前)?$");
    private static final Pattern DISTRIBUTIVE = Pattern.compile("^[一二三四五六七八九十两\\d]*(\\p{IsHan}{1,4}(?:\\([^)]{1,4}\\))?)分别");
    private static final String MARKS = "[\\s、,，:：;；]";
    private static final String JOINERS = "以及|和|及|与";
    private static final String TRAILING = "(?:" + MARKS + "|" + JOINERS + "|等)+$";
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^(?:" + MARKS + "|" + JOINERS + ")+|" + TRAILING);
    private static final Pattern LEADING_MARKS = Pattern.compile("^" + MARKS + "+");
    private static final Pattern TRAILING_EDGE = Pattern.compile(TRAILING);
    private static final Pattern TRAILING_DE = Pattern.compile("的$");
    private static final Pattern TRAILING_BUILD = Pattern.compile("(?:的)?(?:创建|建设)$");
    private static final Pattern OPENING_MARK = Pattern.compile("[“《(‘]");
    private static final int SHORTEST_AFTER_VERB = 4;
    private static final int SHORTEST_AFTER_COMMITMENT = 3;

    private final List<String> leadWords = DataTable.load("extract/indicator-lead-words.tsv").column(0);
    private final List<String> tailWords = DataTable.load("extract/indicator-tail-words.tsv").column(0);
    /** Longest first, so that 下降到 goes whole rather than as 降到 leaving 下. */
    private final List<String> verbs = DataTable.load("extract/target-verbs.tsv").column(0).stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    private final List<String> commitments = DataTable.load("extract/commitment-words.tsv").column(0);
    private final List<String> subjects = DataTable.load("extract/subject-words.tsv").column(0);

    /** Cleans the phrase before a value: "确保报告患病率不低于" becomes "报告患病率". */
    String before(String phrase) {
        String p = stripPunctuation(DATE_PREFIX.matcher(BASELINE.matcher(phrase).replaceAll("")).replaceAll(""));
        boolean changed = true;
        while (changed && !p.isEmpty()) {
            changed = false;
            for (String w : tailWords) {
                if (p.endsWith(w)) {
                    p = p.substring(0, p.length() - w.length());
                    changed = true;
                }
            }
            for (String v : verbs) {
                if (p.endsWith(v)) {
                    p = p.substring(0, p.length() - v.length());
                    changed = true;
                }
            }
            String undated = PER_UNIT.matcher(DATE_SUFFIX.matcher(p).replaceFirst("")).replaceFirst("");
            changed |= !undated.equals(p);
            p = stripPunctuation(undated);
        }
        p = TRAILING_DE.matcher(p).replaceAll("");
        return p.isEmpty() ? p : stripLeading(p);
    }

    /** Cleans the phrase after a count: "普惠性幼儿园开设托班试点" stays whole here; see {@link #head}. */
    String after(String phrase) {
        // a joiner at its start is the noun's own (建成3个和美乡村健康驿站): a joiner before the next value
        // never reaches here (IndicatorNames)
        String p = TRAILING_EDGE.matcher(LEADING_MARKS.matcher(phrase).replaceAll("")).replaceAll("");
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

    /**
     * Removes leading cue words, adverbs, prepositions, commitment words ({@code 免费}, {@code 培养}) and at
     * most one other verb, word by word, as long as a real phrase remains.
     */
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
            // an adverb of frequency before a verb at the front describes who is counted ("经常参加体育锻炼人数")
            String next = String.valueOf(terms.get(i + 1).nature);
            boolean modifiesVerb = nature.startsWith("d") && next.startsWith("v") && cut == 0
                    && !commitments.contains(terms.get(i + 1).word);
            boolean cue = leadWords.contains(t.word) || nature.startsWith("d") && !modifiesVerb || nature.startsWith("p")
                    || nature.startsWith("c") || nature.equals("w") && !OPENING_MARK.matcher(t.word).matches();
            boolean longEnough = phrase.length() - cut - t.word.length() >= SHORTEST_AFTER_VERB;
            // A verb goes only if a real phrase remains: "规范管理率" keeps its 规范.
            // commitment verbs go (免费/vd 培养/v), not other commitment words such as 每 in 每千人口
            boolean commitment = commitments.contains(t.word) && nature.startsWith("v") && longEnough;
            boolean verb = !verbTaken && nature.equals("v") && longEnough;
            if (cue || commitment) {
                cut += t.word.length();
            } else if (verb) {
                cut += t.word.length();
                verbTaken = true;
            } else {
                break;
            }
        }
        String rest = phrase.substring(Math.min(cut, phrase.length()));
        if (rest.isEmpty()) {
            return phrase;
        }
        // The segmenter may fuse a leading commitment verb with the noun after it (新建村/ns 卫生室).
        for (String word : commitments) {
            if (word.length() >= 2 && rest.startsWith(word) && rest.length() - word.length() >= SHORTEST_AFTER_COMMITMENT) {
                return rest.substring(word.length());
            }
        }
        return rest;
    }

    /**
     * "基层(一级)、二级、三级医疗机构基本药物配备使用比例" or "老年人、孕产妇、0—6岁儿童健康管理率" with one
     * value per item: the items are modifiers that share the last item's head, which is restored on
     * each. The last item's own modifier ends at its first word with the same part of speech as the last
     * word of the item before it (三级/b after 二级/b; 儿童/n after 孕产妇/n); failing that, at the word
     * boundary nearest the length of the item before it (住院 in 住院患者满意度 after 门诊). Returns the
     * phrase alone when it does not split into {@code values} items.
     */
    List<String> distributeSharedHead(String phrase, int values) {
        String[] raw = phrase.split("、");
        if (raw.length != values || values < 2) {
            return List.of(phrase);
        }
        String last = raw[raw.length - 1];
        String peer = raw[raw.length - 2];
        String peerNature = lastNature(peer);
        List<Term> terms = HanLP.segment(last);
        int split = -1;
        int at = 0;
        for (int i = 0; i < terms.size() - 1; i++) {
            at += terms.get(i).word.length();
            if (peerNature != null && peerNature.equals(String.valueOf(terms.get(i).nature))) {
                split = at;
                break;
            }
        }
        if (split < 0) {
            at = 0;
            int best = Integer.MAX_VALUE;
            for (int i = 0; i < terms.size() - 1; i++) {
                at += terms.get(i).word.length();
                if (Math.abs(at - peer.length()) < best) {
                    best = Math.abs(at - peer.length());
                    split = at;
                }
            }
        }
        if (split <= 0 || last.length() - split < 2) {
            return List.of(phrase);
        }
        String shared = last.substring(split);
        List<String> names = new ArrayList<>();
        for (int k = 0; k < raw.length - 1; k++) {
            names.add(raw[k] + shared);
        }
        names.add(last);
        return names;
    }

    /**
     * "奖励扶助对象资格确认率、资金发放率": a list that varies the measure keeps the subject of its first
     * item, which is restored on later items that are shorter than the first and end in a different
     * measure. A list that varies the subject instead ("孕产妇死亡率、婴儿死亡率": same 死亡率), and an item
     * that names a subject of its own (a word of {@code extract/subject-words.tsv}: "新生儿访视率"), are
     * left alone.
     */
    List<String> shareSubject(List<String> parts) {
        if (parts.size() < 2) {
            return parts;
        }
        List<Term> first = words(parts.get(0));
        List<String> out = new ArrayList<>(parts);
        for (int k = 1; k < parts.size(); k++) {
            List<Term> later = words(parts.get(k));
            String item = parts.get(k);
            if (later.size() < 2 || later.size() >= first.size() || subjects.stream().anyMatch(item::contains)) {
                continue;
            }
            List<Term> parallel = first.subList(first.size() - later.size(), first.size());
            if (lastTwo(parallel).equals(lastTwo(later))) {
                continue;
            }
            List<Term> subject = first.subList(0, first.size() - later.size());
            Term end = subject.get(subject.size() - 1);
            if (end.nature == null || !end.nature.toString().startsWith("n")) {
                continue;
            }
            StringBuilder prefix = new StringBuilder();
            subject.forEach(t -> prefix.append(t.word));
            out.set(k, prefix + parts.get(k));
        }
        return out;
    }

    private static List<Term> words(String phrase) {
        List<Term> words = new ArrayList<>();
        for (Term t : HanLP.segment(phrase)) {
            if (t.nature == null || !t.nature.toString().equals("w")) {
                words.add(t);
            }
        }
        return words;
    }

    private static String lastTwo(List<Term> terms) {
        return terms.get(terms.size() - 2).word + terms.get(terms.size() - 1).word;
    }

    /** The part of speech of the last word that is not punctuation, or null. */
    private static String lastNature(String phrase) {
        List<Term> terms = HanLP.segment(phrase);
        for (int i = terms.size() - 1; i >= 0; i--) {
            String nature = String.valueOf(terms.get(i).nature);
            if (!nature.equals("w")) {
                return nature;
            }
        }
        return null;
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
