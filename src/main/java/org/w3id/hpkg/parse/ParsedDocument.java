package org.w3id.hpkg.parse;

import java.util.List;
import org.w3id.hpkg.normalize.NormalizedDocument;

/**
 * The parse stage's result: header, sections and tasks with spans into the normalized text.
 *
 * @param preamble the text before the outline (title, notice, opening paragraphs): goals stated there are
 *     the document's, as those of a goals section are
 */
public record ParsedDocument(NormalizedDocument source, DocumentHeader header, Span preamble,
        List<ParsedSection> sections, List<ParsedTask> tasks) {
    public ParsedDocument {
        sections = List.copyOf(sections);
        tasks = List.copyOf(tasks);
    }

    public String text() {
        return source.text();
    }
}
