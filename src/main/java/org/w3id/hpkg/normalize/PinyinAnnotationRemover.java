package org.w3id.hpkg.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes pinyin readings printed after characters, as in {@code 衛(wèi)生}. A reading is a bracketed
 * run of lower-case Latin letters with at least one tone mark, right after a Chinese character, so that
 * bracketed words such as {@code (一级)} or {@code (CDC)} are kept.
 */
final class PinyinAnnotationRemover {

    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ";
    private static final Pattern READING = Pattern.compile(
            "(?<=\\p{IsHan})[ \\t]*[(（][ \\t]*([a-z" + TONED + "]{1,7})[ \\t]*[)）]");

    /** Returns the text without readings; {@code count[0]} receives how many were removed. */
    String remove(String text, int[] count) {
        // Only readings with a tone mark are removed: a text without any toned letter has none (most texts).
        if (!hasToneMark(text)) {
            count[0] = 0;
            return text;
        }
        Matcher m = READING.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int removed = 0;
        while (m.find()) {
            if (hasToneMark(m.group(1))) {
                m.appendReplacement(out, "");
                removed++;
            }
        }
        m.appendTail(out);
        count[0] = removed;
        return out.toString();
    }

    private static boolean hasToneMark(String syllable) {
        for (int i = 0; i < syllable.length(); i++) {
            if (TONED.indexOf(syllable.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
