package org.w3id.hpkg.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.w3id.hpkg.load.LoadedDocument;
import org.w3id.hpkg.load.Origin;

/**
 * The normalize stage: bytes in, {@link NormalizedDocument} out. Each step is a small class of its own
 * so that it can be tested on a string; this class only fixes their order, which matters: pinyin goes
 * before script conversion (HanLP would otherwise see the readings), width folding before spacing
 * (full-width spaces), spacing before line joining (line lengths). Page furniture goes first (it needs
 * the page breaks that control cleaning would remove), printed lines of a PDF are rejoined before
 * anything strips their indentation, and radicals are folded before script conversion.
 */
public final class Normalizer {

    private final EncodingDetector encodings = new EncodingDetector();
    private final ControlCharacterCleaner controls = new ControlCharacterCleaner();
    private final PinyinAnnotationRemover pinyin = new PinyinAnnotationRemover();
    private final ScriptConverter script = new ScriptConverter();
    private final WidthFolder width = new WidthFolder();
    private final SpacingCleaner spacing = new SpacingCleaner();
    private final LineJoiner lines;
    private final DamageScanner damage = new DamageScanner();
    private final PageFurniture furniture = new PageFurniture();
    private final RadicalFolder radicals = new RadicalFolder();
    private final RecordTables records = new RecordTables();
    private final PrintedLines printed;
    private final GluedItems glued;

    /**
     * @param paragraphStart matches the start of a line that always begins a new paragraph (outline
     *     numbers, field labels); supplied by the parse stage's pattern tables
     * @param markerStyles the outline's numbering styles (group 1 the number), to split items glued into
     *     one line
     */
    public Normalizer(Pattern paragraphStart, List<Pattern> markerStyles) {
        this.lines = new LineJoiner(paragraphStart);
        this.printed = new PrintedLines(paragraphStart);
        this.glued = new GluedItems(markerStyles);
    }

    public Normalizer(Pattern paragraphStart) {
        this(paragraphStart, List.of());
    }

    /**
     * Normalizes a document the load stage converted (PDF, Word, web page): its page furniture removed,
     * a PDF's printed lines rejoined, then as a text file.
     */
    public NormalizedDocument normalize(String fileName, LoadedDocument loaded, Origin origin)
            throws UnreadableInputException {
        List<QualityNote> notes = new ArrayList<>();
        notes.add(QualityNote.whole(QualityNote.Kind.CONVERTED, "read from " + loaded.format().description()
                + (loaded.pages() > 0 ? " (" + loaded.pages() + " pages)" : "")));
        if (loaded.recognized()) {
            notes.add(QualityNote.whole(QualityNote.Kind.RECOGNIZED_TEXT,
                    "the text was recognized from page images (OCR): characters may be misread"));
        }
        String text = furniture(loaded.text(), notes);
        if (loaded.format().paginated()) {
            text = printed.join(text, new int[1]);
        }
        Normalized result = normalizeWithOriginal(text, notes);
        if (result.text().isBlank()) {
            throw new UnreadableInputException("the file holds no text");
        }
        List<LoadedDocument.Heading> headings = new ArrayList<>();
        for (LoadedDocument.Heading h : loaded.headings()) {
            String line = normalizeLine(h.text());
            if (!line.isEmpty()) {
                headings.add(new LoadedDocument.Heading(h.level(), line));
            }
        }
        return new NormalizedDocument(fileName, result.text(), loaded.format().name(), notes, result.original(),
                origin, headings);
    }

    /** One line (a heading) normalized character by character as the text is, without joining. */
    String normalizeLine(String line) {
        int[] count = new int[1];
        String text = radicals.fold(controls.clean(line, count), count);
        String simplified = script.toSimplifiedIfTraditional(text);
        return spacing.clean(width.fold(simplified != null ? simplified : text)).strip();
    }

    private String recordTables(String text, List<QualityNote> notes) {
        int[] count = new int[1];
        String out = records.rebuild(text, count);
        if (count[0] > 0) {
            notes.add(QualityNote.whole(QualityNote.Kind.TABLE_REBUILT,
                    count[0] + " row(s) of a table printed as labelled records read back as rows"));
        }
        return out;
    }

    private String gluedItems(String text, List<QualityNote> notes) {
        int[] count = new int[1];
        String out = glued.split(text, count);
        if (count[0] > 0) {
            notes.add(QualityNote.whole(QualityNote.Kind.ITEMS_SPLIT,
                    count[0] + " numbered item(s) glued into a longer line split onto their own"));
        }
        return out;
    }

    private String furniture(String text, List<QualityNote> notes) {
        int[] count = new int[1];
        String out = furniture.remove(text, count);
        if (count[0] > 0) {
            notes.add(QualityNote.whole(QualityNote.Kind.FURNITURE_REMOVED,
                    count[0] + " line(s) of page furniture (page numbers, running headers, web-page chrome) removed"));
        }
        return out;
    }

    public NormalizedDocument normalize(String fileName, byte[] bytes) throws UnreadableInputException {
        DecodedText decoded = encodings.decode(bytes);
        List<QualityNote> notes = new ArrayList<>();
        if (!decoded.encoding().startsWith("UTF-8")) {
            notes.add(QualityNote.whole(QualityNote.Kind.LEGACY_ENCODING, "read as " + decoded.encoding()));
        }
        Normalized result = normalizeWithOriginal(decoded.text(), notes);
        if (result.text().isBlank()) {
            throw new UnreadableInputException("the file holds no text");
        }
        return new NormalizedDocument(fileName, result.text(), decoded.encoding(), notes, result.original());
    }

    /** Normalizes already decoded text; notes about repairs are added to {@code notes}. */
    public String normalizeText(String raw, List<QualityNote> notes) {
        return normalizeWithOriginal(raw, notes).text();
    }

    /**
     * The normalized text and, for a document converted from traditional characters, the original
     * characters aligned with it (else null).
     */
    public record Normalized(String text, String original) {}

    /**
     * Normalizes already decoded text, keeping the pre-conversion characters of a traditional document.
     * HanLP's conversion usually maps one character to one; when it does, the unconverted text goes
     * through the same later steps (width folding and spacing work character by character; line joining
     * takes its decisions on the converted text and applies them to both), so that the two stay aligned
     * and every span of the normalized text also addresses its original characters. When the conversion
     * changed the length, or the results do not line up, no original is kept.
     */
    public Normalized normalizeWithOriginal(String raw, List<QualityNote> notes) {
        int[] count = new int[1];
        // a converted document's furniture went before its printed lines were rejoined
        String text = notes.stream().anyMatch(n -> n.kind() == QualityNote.Kind.CONVERTED) ? raw : furniture(raw, notes);
        text = controls.clean(text, count);
        if (count[0] > 0) {
            notes.add(QualityNote.whole(QualityNote.Kind.CONTROL_REMOVED,
                    count[0] + " control character(s) or unpaired surrogate(s) removed"));
        }
        text = radicals.fold(text, count);
        if (count[0] > 0) {
            notes.add(QualityNote.whole(QualityNote.Kind.RADICALS_FOLDED,
                    count[0] + " radical look-alike(s) (⼈⺠⻔…) replaced by the characters they stand for"));
        }
        text = pinyin.remove(text, count);
        if (count[0] > 0) {
            notes.add(QualityNote.whole(QualityNote.Kind.PINYIN_REMOVED, count[0] + " pinyin reading(s) removed"));
        }
        String original = null;
        String simplified = script.toSimplifiedIfTraditional(text);
        if (simplified != null) {
            original = simplified.length() == text.length() ? text : null;
            text = simplified;
            notes.add(QualityNote.whole(QualityNote.Kind.TRADITIONAL_CONVERTED,
                    "converted from traditional to simplified characters"));
        }
        text = width.fold(text);
        if (original == null) {
            // records are told apart by the spaces between their labels, which spacing then removes
            text = recordTables(text, notes);
        }
        text = spacing.clean(text);
        if (original != null) {
            original = spacing.clean(width.fold(original));
            if (original.length() != text.length()) {
                original = null;
            }
        }
        if (original == null) {
            // splits change the line structure the original is aligned with: only without one
            text = gluedItems(text, notes);
        }
        String[] joined = lines.joinAligned(text, original, count);
        text = joined[0];
        original = joined[1];
        if (count[0] > 0) {
            notes.add(QualityNote.whole(QualityNote.Kind.LINES_REJOINED, count[0] + " broken line(s) rejoined"));
        }
        notes.addAll(damage.scan(text));
        return new Normalized(text, original != null && original.length() == text.length() ? original : null);
    }
}
