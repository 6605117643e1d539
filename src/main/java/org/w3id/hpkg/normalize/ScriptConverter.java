package org.w3id.hpkg.normalize;

import com.hankcs.hanlp.HanLP;

/**
 * Converts a document written in traditional characters to simplified ones with HanLP. The decision is
 * taken per document: a simplified text is left untouched, because converting it again can only
 * introduce errors (characters such as 著 or 乾 are valid in both scripts).
 */
final class ScriptConverter {

    /** Share of Chinese characters that must change before a document counts as traditional. */
    private static final double TRADITIONAL_SHARE = 0.01;

    /** Returns the converted text, or null when the document is not in traditional characters. */
    String toSimplifiedIfTraditional(String text) {
        String converted = HanLP.convertToSimplifiedChinese(text);
        if (converted.length() != text.length()) {
            return converted;
        }
        int han = 0;
        int changed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (c != converted.charAt(i)) {
                    changed++;
                }
            }
        }
        return han > 0 && changed >= 3 && changed >= han * TRADITIONAL_SHARE ? converted : null;
    }
}
