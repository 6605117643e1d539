package org.w3id.hpkg.extract;

import java.util.List;
import org.w3id.hpkg.normalize.QualityNote;
import org.w3id.hpkg.parse.ParsedDocument;

/**
 * The extract stage's result for one document. {@code jurisdiction} may be null when no region is named.
 * {@code sectionTargets} are the targets stated outside tasks (goals paragraphs, indicator tables, the
 * preamble), one entry per section that states any.
 */
public record ExtractedDocument(ParsedDocument parsed, Region jurisdiction, List<ExtractedTask> tasks,
        List<QualityNote> notes, List<SectionTargets> sectionTargets) {
    public ExtractedDocument {
        tasks = List.copyOf(tasks);
        notes = List.copyOf(notes);
        sectionTargets = List.copyOf(sectionTargets);
    }

    public ExtractedDocument(ParsedDocument parsed, Region jurisdiction, List<ExtractedTask> tasks,
            List<QualityNote> notes) {
        this(parsed, jurisdiction, tasks, notes, List.of());
    }

    /** How many targets the document states, in tasks and outside them. */
    public long targetCount() {
        return tasks.stream().mapToLong(t -> t.targets().size()).sum()
                + sectionTargets.stream().mapToLong(s -> s.targets().size()).sum();
    }
}
