package org.w3id.hpkg.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.w3id.hpkg.data.DataTable;

/**
 * Tells values that describe rather than commit: the present or the past ({@code 全县孕产妇死亡率为9.8/10万},
 * {@code 已达76.34岁}, {@code 截至2020年底}) and rules for individuals ({@code 学生每天体育活动时间不少于1小时},
 * {@code 孕妇产前检查不少于5次}). The words are data: {@code extract/present-markers.tsv},
 * {@code extract/copula-words.tsv}, {@code extract/commitment-cues.tsv},
 * {@code extract/individual-rule-words.tsv}.
 */
final class Descriptions {

    /** A horizon in the clause ("到2025年", "2030年前") makes it a commitment whatever else it says. */
    private static final Pattern HORIZON = Pattern.compile(
            "(?:到|(?<![截])至|力争|争取)\\s*\\d{4}\\s*年|\\d{4}\\s*年(?:底|末)?前|今年|(?<!\\d)年内|年底前|力争|确保|争取");

    private final List<String> presentMarkers = DataTable.load("extract/present-markers.tsv").column(0);
    private final List<String> copulas = DataTable.load("extract/copula-words.tsv").column(0);
    private final List<String> cues = DataTable.load("extract/commitment-cues.tsv").column(0);
    private final List<String> individualWords = DataTable.load("extract/individual-rule-words.tsv").column(0);
    private final List<String> people = DataTable.load("extract/person-words.tsv").column(0);

    /**
     * Whether the value at {@code valueStart} describes the present or the past: its clause (text from
     * {@code clauseStart}) holds a present marker before it, or it follows a copula in a sentence (from
     * {@code sentenceStart} to {@code sentenceEnd}) that names no horizon, bound or commitment.
     *
     * @param bounded whether a bound qualifies the value (以上, 不低于, 控制在…)
     * @param goals whether the text is a goals paragraph, where a copula states a commitment too
     */
    boolean present(String text, int sentenceStart, int clauseStart, int valueStart, int sentenceEnd, boolean bounded,
            boolean goals) {
        String clause = text.substring(clauseStart, valueStart);
        String sentence = text.substring(sentenceStart, sentenceEnd);
        if (HORIZON.matcher(sentence.substring(0, valueStart - sentenceStart)).find()) {
            return false;
        }
        if (presentMarkers.stream().anyMatch(clause::contains)) {
            return !bounded || clause.contains("已") || clause.contains("截至") || clause.contains("目前");
        }
        String lead = clause.stripTrailing();
        boolean copula = copulas.stream().anyMatch(lead::endsWith);
        return copula && !bounded && !goals && cues.stream().noneMatch(clause::contains);
    }

    /** Whether a sentence names a horizon of the plan (到2025年, 2022年底前, 今年…). */
    boolean namesHorizon(String sentence) {
        return HORIZON.matcher(sentence).find();
    }

    /** Whether a sentence holds a word of the present or the past (已, 截至…) and names no horizon. */
    boolean reportsThePresent(String sentence) {
        return !HORIZON.matcher(sentence).find() && presentMarkers.stream().anyMatch(sentence::contains);
    }

    /**
     * Whether the clause text[clauseStart, clauseEnd) states what each person is to do: a word of such a rule
     * in the clause, and people named in its sentence so far (from {@code sentenceStart}).
     */
    boolean individualRule(String text, int sentenceStart, int clauseStart, int clauseEnd) {
        String clause = text.substring(clauseStart, clauseEnd);
        if (clause.contains("人均")) {
            return false;
        }
        String sentence = text.substring(sentenceStart, clauseEnd);
        return individualWords.stream().anyMatch(clause::contains) && people.stream().anyMatch(sentence::contains);
    }
}
