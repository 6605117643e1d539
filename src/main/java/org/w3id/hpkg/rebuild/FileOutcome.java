package org.w3id.hpkg.rebuild;

/**
 * What a rebuild did with one file: loaded as is, loaded with problems worth a look (damaged characters,
 * no tasks found, shape warnings), quarantined (read, but its graph violates the shapes: left out, with
 * the violations as the reason), or skipped with the reason.
 */
public record FileOutcome(String fileName, Status status, String detail, int tasks, int targets) {

    public enum Status {
        LOADED,
        DEGRADED,
        QUARANTINED,
        SKIPPED
    }

    /** {@code reasons}: the violations, one per line. */
    public static FileOutcome quarantined(String fileName, String reasons) {
        return new FileOutcome(fileName, Status.QUARANTINED, reasons, 0, 0);
    }

    public static FileOutcome skipped(String fileName, String reason) {
        return new FileOutcome(fileName, Status.SKIPPED, reason, 0, 0);
    }
}
