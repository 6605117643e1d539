package org.w3id.hpkg.parse;

import java.util.List;
import org.w3id.hpkg.normalize.NormalizedDocument;

/**
 * The parse stage's result: header, sections and tasks with spans into the normalized text.
 *
 * @param preamble the text before the outline (title, notice, opening paragraphs): goals stated there are
 *     the document's, as those of a goals section are
 * @param parts the parts of a file that holds several (notice, plan, annexes); a single part otherwise
 */
public record ParsedDocument(NormalizedDocument source, DocumentHeader header, Span preamble,
        List<ParsedSection> sections, List<ParsedTask> tasks, List<ParsedPart> parts) {
    public ParsedDocument {
        sections = List.copyOf(sections);
        tasks = List.copyOf(tasks);
        parts = List.copyOf(parts);
    }

    public ParsedDocument(NormalizedDocument source, DocumentHeader header, Span preamble,
            List<ParsedSection> sections, List<ParsedTask> tasks) {
        this(source, header, preamble, sections, tasks, List.of());
    }

    public String text() {
        return source.text();
    }

    /** Whether the file holds several parts (a notice and its plan, annexes). */
    public boolean hasParts() {
        return parts.size() > 1;
    }

    /** The part that holds a text offset (a task's or section's start), or null for a single-part file. */
    public ParsedPart partAt(int offset) {
        if (!hasParts()) {
            return null;
        }
        for (ParsedPart part : parts) {
            if (part.contains(offset)) {
                return part;
            }
        }
        return null;
    }
}
