package org.w3id.hpkg.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides which distinct indicator keys are near-synonyms, to be linked with {@code skos:closeMatch}
 * (never merged). Two keys A and B, A the one with fewer words, are near-synonyms when all three hold:
 * <ol>
 *   <li><b>same head</b>: they end in the same head word, the last word of HanLP's segmentation, taken
 *       with the word before it when it is a single character ({@code 疫苗接种/率} → {@code 疫苗接种率});</li>
 *   <li><b>only qualifiers added</b>: every word of A occurs in B, in the same order, so that B only adds
 *       qualifiers ({@code 儿童疫苗接种率} in {@code 适龄儿童免疫规划疫苗接种率});</li>
 *   <li><b>close wording</b>: their character bags share at least {@value #MIN_DICE} of their characters
 *       (Dice coefficient), so that a bare head ({@code 规范管理率}) is not linked to every qualified form
 *       ({@code 高血压、糖尿病患者规范管理率}).</li>
 * </ol>
 * Keys that differ in their subject ({@code 县域就诊率}, {@code 基层就诊率}) fail rule 2 and stay apart.
 * The result depends only on the set of keys, never on their order, so rebuilds give the same links.
 */
public final class NearSynonyms {

    public static final double MIN_DICE = 0.6;

    /** A pair of near-synonyms, {@code first} before {@code second} in code-point order. */
    public record Pair(String first, String second) {}

    /**
     * All near-synonym pairs among the keys, sorted. Only keys with the same head word can pair, so keys
     * are compared within their head's group: tens of thousands of keys stay cheap.
     */
    public List<Pair> pairs(Collection<String> keys) {
        Map<String, List<String>> words = new HashMap<>();
        Map<String, List<String>> byHead = new TreeMap<>();
        for (String key : new TreeSet<>(keys)) {
            List<String> w = words(key);
            words.put(key, w);
            if (!w.isEmpty()) {
                byHead.computeIfAbsent(head(w), h -> new ArrayList<>()).add(key);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (List<String> group : byHead.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    String a = group.get(i);
                    String b = group.get(j);
                    if (close(words.get(a), words.get(b), a, b)) {
                        pairs.add(new Pair(a, b));
                    }
                }
            }
        }
        pairs.sort(java.util.Comparator.comparing(Pair::first).thenComparing(Pair::second));
        return pairs;
    }

    /** Whether two keys are near-synonyms by the rule above. */
    public boolean close(String a, String b) {
        return !a.equals(b) && close(words(a), words(b), a, b);
    }

    private static boolean close(List<String> wa, List<String> wb, String a, String b) {
        if (wa.isEmpty() || wb.isEmpty() || !head(wa).equals(head(wb))) {
            return false;
        }
        List<String> shorter = wa.size() <= wb.size() ? wa : wb;
        List<String> longer = shorter == wa ? wb : wa;
        return inOrder(shorter, longer) && dice(a, b) >= MIN_DICE;
    }

    private static String head(List<String> words) {
        String last = words.get(words.size() - 1);
        return last.length() == 1 && words.size() > 1 ? words.get(words.size() - 2) + last : last;
    }

    private static boolean inOrder(List<String> shorter, List<String> longer) {
        int at = 0;
        for (String w : shorter) {
            while (at < longer.size() && !longer.get(at).equals(w)) {
                at++;
            }
            if (at == longer.size()) {
                return false;
            }
            at++;
        }
        return true;
    }

    private static List<String> words(String key) {
        List<String> words = new ArrayList<>();
        for (Term t : HanLP.segment(key)) {
            if (t.nature == null || !t.nature.toString().equals("w")) {
                words.add(t.word);
            }
        }
        return words;
    }

    static double dice(String a, String b) {
        Map<Integer, Integer> bag = new HashMap<>();
        a.codePoints().forEach(c -> bag.merge(c, 1, Integer::sum));
        int shared = 0;
        for (int c : b.codePoints().toArray()) {
            Integer n = bag.get(c);
            if (n != null && n > 0) {
                bag.put(c, n - 1);
                shared++;
            }
        }
        return 2.0 * shared / (a.codePointCount(0, a.length()) + b.codePointCount(0, b.length()));
    }
}
