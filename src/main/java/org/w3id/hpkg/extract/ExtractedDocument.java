package org.w3id.hpkg.extract;

import java.util.List;
import org.w3id.hpkg.extract.body.DocumentBodies;
import org.w3id.hpkg.extract.region.Jurisdiction;
import org.w3id.hpkg.extract.region.Region;
import org.w3id.hpkg.normalize.QualityNote;
import org.w3id.hpkg.parse.ParsedDocument;

/**
 * The extract stage's result for one document. {@code jurisdictionFound} (the region, stated or inferred
 * with its evidence) may be null when the plan says no region. {@code sectionTargets} are the targets
 * stated outside tasks (goals paragraphs, indicator tables, the preamble), one entry per section that
 * states any; {@code bodies} reads the issuer and the bodies the tasks name as entities.
 */
public record ExtractedDocument(ParsedDocument parsed, Jurisdiction jurisdictionFound, List<ExtractedTask> tasks,
        List<QualityNote> notes, List<SectionTargets> sectionTargets, DocumentBodies bodies) {
    public ExtractedDocument {
        tasks = List.copyOf(tasks);
        notes = List.copyOf(notes);
        sectionTargets = List.copyOf(sectionTargets);
        bodies = bodies == null ? DocumentBodies.AS_PRINTED : bodies;
    }

    /** A document without targets outside its tasks, whose bodies are read as printed, each its own entity. */
    public ExtractedDocument(ParsedDocument parsed, Jurisdiction jurisdictionFound, List<ExtractedTask> tasks,
            List<QualityNote> notes) {
        this(parsed, jurisdictionFound, tasks, notes, List.of(), DocumentBodies.AS_PRINTED);
    }

    /** How many targets the document states, in tasks and outside them. */
    public long targetCount() {
        return tasks.stream().mapToLong(t -> t.targets().size()).sum()
                + sectionTargets.stream().mapToLong(s -> s.targets().size()).sum();
    }

    /** The plan's jurisdiction, or null. */
    public Region jurisdiction() {
        return jurisdictionFound == null ? null : jurisdictionFound.region();
    }
}
