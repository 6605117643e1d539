package org.w3id.hpkg.extract;

import java.util.List;
import org.w3id.hpkg.extract.body.DocumentBodies;
import org.w3id.hpkg.normalize.QualityNote;
import org.w3id.hpkg.parse.ParsedDocument;

/**
 * The extract stage's result for one document. {@code jurisdiction} may be null when no region is named;
 * {@code bodies} reads the issuer and the bodies the tasks name as entities.
 */
public record ExtractedDocument(ParsedDocument parsed, Region jurisdiction, List<ExtractedTask> tasks,
        List<QualityNote> notes, DocumentBodies bodies) {
    public ExtractedDocument {
        tasks = List.copyOf(tasks);
        notes = List.copyOf(notes);
        bodies = bodies == null ? DocumentBodies.AS_PRINTED : bodies;
    }

    /** A document whose bodies are read as printed, each its own entity. */
    public ExtractedDocument(ParsedDocument parsed, Region jurisdiction, List<ExtractedTask> tasks,
            List<QualityNote> notes) {
        this(parsed, jurisdiction, tasks, notes, DocumentBodies.AS_PRINTED);
    }
}
