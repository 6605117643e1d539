package org.w3id.hpkg.rebuild;

import java.util.List;
import org.w3id.hpkg.validate.ShapesValidator;

/**
 * The outcome of a rebuild: per-file results, the quads loaded, and whether the store was switched.
 * An incremental rebuild lists only the files it extracted again; {@code unchanged} and {@code removed}
 * count the others, {@code note} says why a rebuild was full when an incremental one was asked for, and
 * {@code phases} where the time went.
 */
public record RebuildResult(List<FileOutcome> files, long quads, List<String> violations, boolean switched,
        long millis, Mode mode, int unchanged, int removed, String note, PhaseTimes phases) {

    /** How the store was brought up to date. */
    public enum Mode {
        /** Every file extracted into a new database (bulk loader), then switched. */
        FULL,
        /** Changed, added and removed files replaced in the current database in one transaction. */
        INCREMENTAL
    }

    public RebuildResult {
        files = List.copyOf(files);
        violations = List.copyOf(violations);
    }

    public long count(FileOutcome.Status status) {
        return files.stream().filter(f -> f.status() == status).count();
    }

    public int tasks() {
        return files.stream().mapToInt(FileOutcome::tasks).sum();
    }

    public int targets() {
        return files.stream().mapToInt(FileOutcome::targets).sum();
    }

    static String describe(String fileName, ShapesValidator.Violation v) {
        return fileName + ": " + v;
    }
}
