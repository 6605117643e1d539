package org.w3id.hpkg.parse;

import java.util.List;
import org.w3id.hpkg.normalize.NormalizedDocument;

/** The parse stage's result: header, sections and tasks with spans into the normalized text. */
public record ParsedDocument(NormalizedDocument source, DocumentHeader header, List<ParsedSection> sections,
        List<ParsedTask> tasks) {
    public ParsedDocument {
        sections = List.copyOf(sections);
        tasks = List.copyOf(tasks);
    }

    public String text() {
        return source.text();
    }
}
