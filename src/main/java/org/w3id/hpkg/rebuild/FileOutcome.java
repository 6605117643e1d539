package org.w3id.hpkg.rebuild;

/**
 * What a rebuild did with one file: loaded as is, loaded with problems worth a look (damaged characters,
 * no tasks found), or skipped with the reason.
 */
public record FileOutcome(String fileName, Status status, String detail, int tasks, int targets) {

    public enum Status {
        LOADED,
        DEGRADED,
        SKIPPED
    }

    public static FileOutcome skipped(String fileName, String reason) {
        return new FileOutcome(fileName, Status.SKIPPED, reason, 0, 0);
    }
}
