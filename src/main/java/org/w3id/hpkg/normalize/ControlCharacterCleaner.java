package org.w3id.hpkg.normalize;

/** Unifies line ends and drops control characters, zero-width marks and unpaired surrogates. */
final class ControlCharacterCleaner {

    /** Returns the cleaned text; {@code removed[0]} receives the number of characters dropped. */
    String clean(String text, int[] removed) {
        StringBuilder out = new StringBuilder(text.length());
        int dropped = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t') {
                out.append(c);
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    out.append(c).append(text.charAt(++i));
                } else {
                    dropped++;
                }
            } else if (Character.isLowSurrogate(c) || Character.isISOControl(c) || isInvisible(c)) {
                dropped++;
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.append('\n');
            } else {
                out.append(c);
            }
        }
        removed[0] = dropped;
        return out.toString();
    }

    private static boolean isInvisible(char c) {
        return c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060';
    }
}
