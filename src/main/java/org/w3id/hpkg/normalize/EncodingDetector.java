package org.w3id.hpkg.normalize;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes a plan's bytes. BOMs and strict UTF-8 are decided here; UTF-16 without a BOM by the
 * position of zero bytes; the legacy Chinese encodings (GB18030, Big5) by juniversalchardet's
 * statistical detector, checked by a strict decode so that a wrong guess is never silently used.
 */
public final class EncodingDetector {

    public DecodedText decode(byte[] bytes) throws UnreadableInputException {
        if (bytes.length == 0) {
            throw new UnreadableInputException("the file is empty");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)");
        }
        DecodedText utf16 = bomlessUtf16(bytes);
        if (utf16 != null) {
            return utf16;
        }
        if (looksBinary(bytes)) {
            throw new UnreadableInputException("the file is binary (" + describeMagic(bytes) + "), not text");
        }
        DecodedText utf8 = tryStrict(bytes, StandardCharsets.UTF_8, "UTF-8");
        if (utf8 != null) {
            return utf8;
        }
        DecodedText damagedUtf8 = lenientUtf8(bytes);
        if (damagedUtf8 != null) {
            return damagedUtf8;
        }
        String guessed = detectLegacy(bytes);
        for (String name : new String[] {guessed, "GB18030", "Big5"}) {
            if (name == null || !Charset.isSupported(name)) {
                continue;
            }
            DecodedText decoded = tryStrict(bytes, Charset.forName(name), Charset.forName(name).name());
            if (decoded != null) {
                return decoded;
            }
        }
        throw new UnreadableInputException("the bytes are not valid UTF-8 (first invalid byte at line "
                + firstBadLine(new String(bytes, StandardCharsets.UTF_8)) + "), UTF-16, GB18030 or Big5"
                + (guessed == null ? "" : " (the detector guessed " + guessed + ")"));
    }

    /**
     * A UTF-8 file with a handful of invalid bytes (a damaged download) is still UTF-8: decode it with
     * U+FFFD in the damaged places, which the damage scanner then records, rather than re-reading the
     * whole file in a legacy encoding that would garble every character.
     */
    private static DecodedText lenientUtf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        if (replaced > 0 && han >= 10 && replaced <= Math.max(3, han / 200)) {
            return new DecodedText(text, "UTF-8 (" + replaced + " invalid byte sequences)");
        }
        return null;
    }

    private static String detectLegacy(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector(null);
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return null;
        }
        // GB2312 and GBK are subsets of GB18030: decoding with the superset loses nothing.
        return switch (name.toUpperCase()) {
            case "GB2312", "GBK", "HZ-GB-2312" -> "GB18030";
            case "BIG5", "BIG5-HKSCS", "EUC-TW" -> "Big5";
            default -> name;
        };
    }

    /**
     * UTF-16 without a BOM: accepted when one byte order decodes strictly to text that is almost all
     * Chinese, ASCII and punctuation. Random bytes or legacy encodings read as UTF-16 scatter over the
     * whole of Unicode instead.
     */
    private static DecodedText bomlessUtf16(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0 || tryStrict(bytes, StandardCharsets.UTF_8, "UTF-8") != null) {
            return null;
        }
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            DecodedText decoded = tryStrict(bytes, cs, cs.name());
            if (decoded != null && plausibleText(decoded.text())) {
                return decoded;
            }
        }
        return null;
    }

    private static boolean plausibleText(String text) {
        int n = Math.min(text.length(), 4096);
        int good = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\r' || c == '\t'
                    || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                    || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                    || block == Character.UnicodeBlock.GENERAL_PUNCTUATION) {
                good++;
            }
        }
        return good >= n * 0.95;
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return control > n / 10;
    }

    private static String describeMagic(byte[] bytes) {
        if (startsWith(bytes, '%', 'P', 'D', 'F')) return "a PDF";
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) return "a PNG image";
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) return "a JPEG image";
        if (startsWith(bytes, 'P', 'K', 3, 4)) return "a ZIP or Office file";
        if (startsWith(bytes, 'G', 'I', 'F', '8')) return "a GIF image";
        return "control bytes";
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A file with a BOM is in that encoding: decode it with U+FFFD for invalid sequences (unpaired
     * surrogates, a damaged byte), which the damage scanner records, unless so much is invalid that the
     * BOM was a coincidence.
     */
    private static DecodedText strict(byte[] bytes, int offset, Charset cs, String label)
            throws UnreadableInputException {
        DecodedText decoded = tryStrict(bytes, offset, cs, label);
        if (decoded != null) {
            return decoded;
        }
        String text = new String(bytes, offset, bytes.length - offset, cs);
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        if (replaced > Math.max(3, text.length() / 100)) {
            throw new UnreadableInputException("the file starts like " + label + " but " + replaced
                    + " of its sequences are invalid " + cs.name() + ", the first at line " + firstBadLine(text));
        }
        return new DecodedText(text, label + ", " + replaced + " invalid sequence(s)");
    }

    private static int firstBadLine(String text) {
        int bad = text.indexOf('\uFFFD');
        int line = 1;
        for (int i = 0; i < bad; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static DecodedText tryStrict(byte[] bytes, Charset cs, String label) {
        return tryStrict(bytes, 0, cs, label);
    }

    private static DecodedText tryStrict(byte[] bytes, int offset, Charset cs, String label) {
        try {
            String text = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return new DecodedText(text, label);
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
