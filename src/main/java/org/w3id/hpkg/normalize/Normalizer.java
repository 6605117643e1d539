package org.w3id.hpkg.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The normalize stage: bytes in, {@link NormalizedDocument} out. Each step is a small class of its own
 * so that it can be tested on a string; this class only fixes their order, which matters: pinyin goes
 * before script conversion (HanLP would otherwise see the readings), width folding before spacing
 * (full-width spaces), spacing before line joining (line lengths).
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

    /**
     * @param paragraphStart matches the start of a line that always begins a new paragraph (outline
     *     numbers, field labels); supplied by the parse stage's pattern tables
     */
    public Normalizer(Pattern paragraphStart) {
        this.lines = new LineJoiner(paragraphStart);
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
        String text = controls.clean(raw, count);
        if (count[0] > 0) {
            notes.add(QualityNote.whole(QualityNote.Kind.CONTROL_REMOVED,
                    count[0] + " control character(s) or unpaired surrogate(s) removed"));
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
        text = spacing.clean(text);
        if (original != null) {
            original = spacing.clean(width.fold(original));
            if (original.length() != text.length()) {
                original = null;
            }
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
