package org.w3id.hpkg.normalize;

/**
 * Folds full-width ASCII forms (digits, Latin letters, punctuation such as {@code （）：，}) to their
 * half-width equivalents and the ideographic space to a plain space. CJK punctuation proper
 * ({@code 、。《》“”〔〕}) has no half-width twin and is kept.
 */
final class WidthFolder {

    String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
