package org.w3id.hpkg.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * After each Chinese word of three or more characters, emits the word's character bigrams at the same
 * position ({@code 慢性病} → {@code 慢性病}, {@code 慢性}, {@code 性病}), so that a two-character word
 * finds the longer words that contain it, while phrase queries still see one token per position.
 * Used only when indexing: a query keeps the segmenter's words.
 */
final class SubwordBigramFilter extends TokenFilter {

    static final String TYPE = "<SUBWORD>";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    private State word;
    private String wordText;
    private int wordStart;
    private int next;

    SubwordBigramFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (word != null && next + 2 <= wordText.length()) {
            restoreState(word);
            term.setEmpty().append(wordText, next, next + 2);
            // offsets are only exact when the word was not altered by an earlier filter
            offset.setOffset(wordStart + next, wordStart + next + 2);
            position.setPositionIncrement(0);
            type.setType(TYPE);
            next++;
            return true;
        }
        word = null;
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() >= 3 && allHan(term) && offset.endOffset() - offset.startOffset() == term.length()) {
            word = captureState();
            wordText = term.toString();
            wordStart = offset.startOffset();
            next = 0;
        }
        return true;
    }

    private static boolean allHan(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        word = null;
    }
}
