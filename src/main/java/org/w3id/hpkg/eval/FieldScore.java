package org.w3id.hpkg.eval;

/** How many tasks had a field scored and how many of those were exactly right. */
public record FieldScore(int scored, int correct) {

    public static final FieldScore NONE = new FieldScore(0, 0);

    public FieldScore plus(FieldScore other) {
        return new FieldScore(scored + other.scored, correct + other.correct);
    }

    /** The share of scored tasks that were right; null when nothing was scored. */
    public Double accuracy() {
        return scored == 0 ? null : (double) correct / scored;
    }
}
