package org.w3id.hpkg.extract;

import java.util.List;
import org.w3id.hpkg.extract.region.Jurisdiction;
import org.w3id.hpkg.extract.region.Region;
import org.w3id.hpkg.normalize.QualityNote;
import org.w3id.hpkg.parse.ParsedDocument;

/**
 * The extract stage's result for one document. {@code jurisdictionFound} (the region, stated or inferred
 * with its evidence) may be null when the plan says no region.
 */
public record ExtractedDocument(ParsedDocument parsed, Jurisdiction jurisdictionFound, List<ExtractedTask> tasks,
        List<QualityNote> notes) {
    public ExtractedDocument {
        tasks = List.copyOf(tasks);
        notes = List.copyOf(notes);
    }

    /** The plan's jurisdiction, or null. */
    public Region jurisdiction() {
        return jurisdictionFound == null ? null : jurisdictionFound.region();
    }
}
