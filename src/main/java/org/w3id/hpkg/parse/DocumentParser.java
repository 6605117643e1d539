package org.w3id.hpkg.parse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.w3id.hpkg.load.Origin;
import org.w3id.hpkg.normalize.NormalizedDocument;

/** The parse stage: a normalized document in, its header, parts, sections and tasks out. */
public final class DocumentParser {

    private final FieldLabels fieldLabels = new FieldLabels();
    private final OutlineParser outline = new OutlineParser(fieldLabels);
    private final HeaderParser header = new HeaderParser();

    public ParsedDocument parse(NormalizedDocument document) {
        String text = document.text();
        OutlineParser.Outline parsed = outline.parse(text, document.headings());
        DocumentHeader head = withOrigin(header.parse(text, parsed.outlineStart(), parsed.outlineEnd()), document.origin());
        return new ParsedDocument(document, head, new Span(0, parsed.outlineStart()), parsed.sections(), parsed.tasks(),
                parsed.parts());
    }

    /**
     * What {@code sources.csv} states wins over the header read from the text; what the file says about
     * itself (a web page's title) fills what the header lacks.
     */
    static DocumentHeader withOrigin(DocumentHeader h, Origin origin) {
        String title = pick(origin.stated().get(Origin.Field.TITLE), h.title(), origin.found().get(Origin.Field.TITLE));
        String issuer = pick(origin.stated().get(Origin.Field.ISSUER), h.issuer(), origin.found().get(Origin.Field.ISSUER));
        LocalDate issued = h.issued();
        String date = origin.stated().get(Origin.Field.ISSUED);
        if (date != null) {
            try {
                issued = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                // an unreadable date in sources.csv leaves the header's
            }
        }
        Integer year = h.planYear();
        if (year == null && issued != null) {
            year = issued.getYear();
        }
        return new DocumentHeader(issuer, h.documentNumber(), title, h.noticeTitle(), issued, year);
    }

    private static String pick(String stated, String read, String found) {
        return stated != null ? stated : read != null ? read : found;
    }

    /** The outline's numbering styles (group 1 the number), for the normalizer to split glued items. */
    public List<Pattern> markerStyles() {
        return MarkerStyle.load().stream().map(MarkerStyle::pattern).toList();
    }

    /** Line starts that always open a new paragraph; the normalizer must not join across them. */
    public Pattern paragraphStart() {
        return outline.paragraphStart();
    }
}
