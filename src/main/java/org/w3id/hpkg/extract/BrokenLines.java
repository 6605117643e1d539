package org.w3id.hpkg.extract;

import java.util.regex.Pattern;
import org.w3id.hpkg.normalize.Punctuation;

/**
 * Lines a layout broke inside a sentence, as a PDF's text or a hard-wrapped file leaves them: a long line
 * that stops without punctuation and is followed by more of its sentence. Joined, an indicator broken across
 * lines is read whole ("城乡居民达到《国民体质测定标准》" / "合格以上的人数比例").
 */
final class BrokenLines {

    /** A line that starts an outline item: the line before it ends a sentence even without punctuation. */
    private static final Pattern ITEM_START = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[)）]|\\d{1,3}[.、．)）]|[①-⑳⑴-⒇]|——|第[一二三四五六七八九十]+[篇章节条])");
    /** A line at least this long that stops without punctuation was broken by the layout, not by the writer. */
    private static final int SHORTEST_BROKEN_LINE = 16;
    /** How much longer than a broken line the line after it may be (a page's lines differ by a few characters). */
    private static final int SLACK = 4;
    /** The characters that end a sentence: a line ending in one of them was not broken by the layout. */

    private BrokenLines() {}

    /**
     * The text as the extractor reads it: a line break inside a sentence (a long line that stops without
     * punctuation and is followed by more of it, as a PDF's layout leaves them) becomes a space, so that an
     * indicator broken across lines is read whole. Same length as the text, so offsets stay valid.
     */
    static String join(String text) {
        char[] chars = null;
        int lineStart = 0;
        for (int k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) {
            int next = text.indexOf('\n', k + 1);
            String line = text.substring(lineStart, k).strip();
            String following = text.substring(k + 1, next < 0 ? text.length() : next);
            // a title is followed by a longer paragraph; a line the layout broke is as long as the next or longer
            if (line.length() >= SHORTEST_BROKEN_LINE && line.length() + SLACK >= following.strip().length()
                    && !Punctuation.endsLine(line.charAt(line.length() - 1))
                    && line.indexOf('\t') < 0
                    && !following.isBlank() && following.indexOf('\t') < 0 && !ITEM_START.matcher(following).find()) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[k] = ' ';
            }
            lineStart = k + 1;
        }
        return chars == null ? text : new String(chars);
    }
}
