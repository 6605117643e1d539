package org.w3id.hpkg.eval;

/** The task fields scored against gold, with the names reports use. */
public enum TaskField {
    LEADERS("leaders"),
    LEAD("lead bodies"),
    COOPERATING("cooperating bodies"),
    DUE("deadlines");

    private final String title;

    TaskField(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The key used in JSON output, e.g. {@code leadBodies}. */
    public String jsonKey() {
        return switch (this) {
            case LEADERS -> "leaders";
            case LEAD -> "leadBodies";
            case COOPERATING -> "cooperatingBodies";
            case DUE -> "deadlines";
        };
    }
}
