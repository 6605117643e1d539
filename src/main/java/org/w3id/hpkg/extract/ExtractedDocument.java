package org.w3id.hpkg.extract;

import java.util.List;
import org.w3id.hpkg.normalize.QualityNote;
import org.w3id.hpkg.parse.ParsedDocument;

/** The extract stage's result for one document. {@code jurisdiction} may be null when no region is named. */
public record ExtractedDocument(ParsedDocument parsed, Region jurisdiction, List<ExtractedTask> tasks,
        List<QualityNote> notes) {
    public ExtractedDocument {
        tasks = List.copyOf(tasks);
        notes = List.copyOf(notes);
    }
}
