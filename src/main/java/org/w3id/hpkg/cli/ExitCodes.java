package org.w3id.hpkg.cli;

/** What hpkg's exit codes mean; the README lists them. */
public final class ExitCodes {

    /** Done. */
    public static final int OK = 0;
    /** The command could not do its work (I/O error, no store yet, bad query); the message says why. */
    public static final int FAILED = 1;
    /** Wrong options or arguments (picocli's usage error). */
    public static final int USAGE = 2;
    /** The rebuilt graph violates the SHACL shapes; the store was not switched. */
    public static final int INVALID_GRAPH = 3;
    /** Another rebuild holds the store's lock. */
    public static final int STORE_BUSY = 4;
    /** {@code rebuild --strict}: some files were skipped; the graph was still switched. */
    public static final int FILES_SKIPPED = 5;
    /** {@code eval --check}: the graph scores below the project's thresholds against gold. */
    public static final int BELOW_THRESHOLD = 6;

    private ExitCodes() {}
}
