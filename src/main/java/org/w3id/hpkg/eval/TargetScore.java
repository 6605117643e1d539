package org.w3id.hpkg.eval;

/**
 * Target counts of one document or of a whole evaluation.
 *
 * @param gold gold targets
 * @param predicted predicted targets
 * @param matched one-to-one matches
 * @param comparatorCorrect matched pairs whose comparators agree
 * @param dueCorrect matched pairs whose due dates agree
 */
public record TargetScore(int gold, int predicted, int matched, int comparatorCorrect, int dueCorrect) {

    public static final TargetScore NONE = new TargetScore(0, 0, 0, 0, 0);

    public TargetScore plus(TargetScore o) {
        return new TargetScore(gold + o.gold, predicted + o.predicted, matched + o.matched,
                comparatorCorrect + o.comparatorCorrect, dueCorrect + o.dueCorrect);
    }

    /** matched / predicted; 1 when nothing was predicted (nothing was predicted wrongly). */
    public double precision() {
        return predicted == 0 ? 1.0 : (double) matched / predicted;
    }

    /** matched / gold; 1 when gold has no targets. */
    public double recall() {
        return gold == 0 ? 1.0 : (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Share of matched pairs with the right comparator; null when nothing matched. */
    public Double comparatorAccuracy() {
        return matched == 0 ? null : (double) comparatorCorrect / matched;
    }

    /** Share of matched pairs with the right due date; null when nothing matched. */
    public Double dueAccuracy() {
        return matched == 0 ? null : (double) dueCorrect / matched;
    }
}
