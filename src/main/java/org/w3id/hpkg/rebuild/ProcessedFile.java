package org.w3id.hpkg.rebuild;

import java.util.List;
import org.w3id.hpkg.rdf.PlanTargets;

/**
 * One corpus file through the stages: its outcome, its graph (null if skipped), the shapes it violates,
 * its content hash and {@link org.w3id.hpkg.rebuild.manifest.FileStamp} (both null if skipped), and its
 * plan's share of the target statistics (null if none).
 */
record ProcessedFile(FileOutcome outcome, DocumentGraph graph, List<String> violations, String sha256, String stamp,
        PlanTargets targets) {

    static ProcessedFile skipped(FileOutcome outcome) {
        return new ProcessedFile(outcome, null, List.of(), null, null, null);
    }
}
