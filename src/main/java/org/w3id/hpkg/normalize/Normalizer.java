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
        String text = normalizeText(decoded.text(), notes);
        if (text.isBlank()) {
            throw new UnreadableInputException("the file holds no text");
        }
        return new NormalizedDocument(fileName, text, decoded.encoding(), notes);
    }

    /** Normalizes already decoded text; notes about repairs are added to {@code notes}. */
    public String normalizeText(String raw, List<QualityNote> notes) {
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
        String simplified = script.toSimplifiedIfTraditional(text);
        if (simplified != null) {
            text = simplified;
            notes.add(QualityNote.whole(QualityNote.Kind.TRADITIONAL_CONVERTED,
                    "converted from traditional to simplified characters"));
        }
        text = width.fold(text);
        text = spacing.clean(text);
        text = lines.join(text, count);
        if (count[0] > 0) {
            notes.add(QualityNote.whole(QualityNote.Kind.LINES_REJOINED, count[0] + " broken line(s) rejoined"));
        }
        notes.addAll(damage.scan(text));
        return text;
    }
}
