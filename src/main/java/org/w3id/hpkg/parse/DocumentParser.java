package org.w3id.hpkg.parse;

import org.w3id.hpkg.normalize.NormalizedDocument;

/** The parse stage: a normalized document in, its header, sections and tasks out. */
public final class DocumentParser {

    private final FieldLabels fieldLabels = new FieldLabels();
    private final OutlineParser outline = new OutlineParser(fieldLabels);
    private final HeaderParser header = new HeaderParser();

    public ParsedDocument parse(NormalizedDocument document) {
        String text = document.text();
        OutlineParser.Outline parsed = outline.parse(text);
        DocumentHeader head = header.parse(text, parsed.outlineStart(), parsed.outlineEnd());
        return new ParsedDocument(document, head, new Span(0, parsed.outlineStart()), parsed.sections(), parsed.tasks());
    }

    /** The outline's numbering styles (group 1 the number), for the normalizer to split glued items. */
    public java.util.List<java.util.regex.Pattern> markerStyles() {
        return MarkerStyle.load().stream().map(MarkerStyle::pattern).toList();
    }

    /** Line starts that always open a new paragraph; the normalizer must not join across them. */
    public java.util.regex.Pattern paragraphStart() {
        return outline.paragraphStart();
    }
}
