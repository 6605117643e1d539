package org.w3id.hpkg.pipeline;

import java.util.List;
import org.w3id.hpkg.store.ShapesValidator;

/** The outcome of a rebuild: per-file results, the quads loaded, and whether the store was switched. */
public record RebuildResult(List<FileOutcome> files, long quads, List<String> violations, boolean switched,
        long millis) {

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
