package org.w3id.hpkg.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds characters lost before the text reached us: U+FFFD, and question marks standing inside
 * Chinese text (what a GBK-to-ASCII conversion leaves). They are recorded, never guessed.
 */
final class DamageScanner {

    private static final int CONTEXT = 8;

    List<QualityNote> scan(String text) {
        List<QualityNote> notes = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || c == '?' && nextToHan(text, i)) {
                int end = i;
                while (end < text.length() && (text.charAt(end) == '\uFFFD' || text.charAt(end) == '?')) {
                    end++;
                }
                String context = text.substring(Math.max(0, i - CONTEXT), Math.min(text.length(), end + CONTEXT))
                        .replace('\n', ' ');
                notes.add(new QualityNote(QualityNote.Kind.DAMAGED_CHARACTER, i,
                        (end - i) + " damaged character(s) in “" + context + "”"));
                i = end;
            } else {
                i++;
            }
        }
        return notes;
    }

    private static boolean nextToHan(String text, int i) {
        int j = i;
        while (j > 0 && text.charAt(j - 1) == '?') j--;
        int k = i;
        while (k < text.length() - 1 && text.charAt(k + 1) == '?') k++;
        return j > 0 && isHan(text.charAt(j - 1)) || k + 1 < text.length() && isHan(text.charAt(k + 1));
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
