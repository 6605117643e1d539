package org.w3id.hpkg.normalize;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.w3id.hpkg.data.DataTable;

/**
 * Replaces radical look-alikes with the characters they stand for: the Kangxi Radicals block
 * ({@code ⼈⼯⽅}, U+2F00–U+2FDF) through NFKC, which maps each to its unified ideograph, and the CJK
 * Radicals Supplement ({@code ⺠⻔}, U+2E80–U+2EFF), which NFKC leaves alone, through a table. PDF text
 * layers written with some fonts use them; they look right and match nothing.
 */
final class RadicalFolder {

    private final Map<Integer, String> supplement = new HashMap<>();

    RadicalFolder() {
        for (String[] row : DataTable.load("normalize/radicals-supplement.tsv").rows()) {
            supplement.put(row[0].codePointAt(0), row[1]);
        }
    }

    /** Returns the folded text; {@code count[0]} receives how many characters were replaced. */
    String fold(String text, int[] count) {
        count[0] = 0;
        if (!hasRadical(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= 0x2F00 && c <= 0x2FDF) {
                out.append(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC));
                count[0]++;
            } else if (supplement.containsKey(c)) {
                out.append(supplement.get(c));
                count[0]++;
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean hasRadical(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u2E80' && c <= '\u2FDF') {
                return true;
            }
        }
        return false;
    }
}
