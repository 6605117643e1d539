package org.w3id.hpkg.normalize;

import java.util.regex.Pattern;

/**
 * The punctuation every stage reads sentences and clauses by, named once. Each set holds both widths: the
 * normalizer folds full-width forms ({@code ；：！？，}) to ASCII, but tables and tests also hand the later stages
 * text as published, and CJK marks proper ({@code 。、}) have no half-width twin.
 */
public final class Punctuation {

    /** Marks that end a sentence; a line break ends one too, as plans set each item on its own line. */
    public static final String SENTENCE_ENDS = "。;；!！?？\n";
    /** Colons: a lead-in ("主要目标：") ends there, so a line ending with one is complete. */
    public static final String COLONS = ":：";
    /** Marks that end a clause inside a sentence. */
    public static final String CLAUSE_ENDS = ",，" + COLONS;
    /** Marks of running prose (full stop, semicolon, comma, colon): a heading, title or short name has none. */
    public static final String PROSE_MARKS = "。;；" + CLAUSE_ENDS;

    private Punctuation() {}

    public static boolean endsSentence(char c) {
        return SENTENCE_ENDS.indexOf(c) >= 0;
    }

    /** A printed line ending with a sentence end or a colon is complete; one ending otherwise may run on. */
    public static boolean endsLine(char c) {
        return endsSentence(c) || COLONS.indexOf(c) >= 0;
    }

    public static boolean endsClause(char c) {
        return CLAUSE_ENDS.indexOf(c) >= 0;
    }

    public static boolean isProseMark(char c) {
        return PROSE_MARKS.indexOf(c) >= 0;
    }

    /** Whether the text holds a mark of running prose, so cannot be a heading or a name. */
    public static boolean hasProseMark(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isProseMark(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A regex character class of the given marks, for patterns built around a set. */
    public static String charClass(String marks) {
        StringBuilder out = new StringBuilder("[");
        marks.chars().forEach(c -> out.append("\\[]^-&\\".indexOf(c) >= 0 ? "\\" : "").append((char) c));
        return out.append(']').toString();
    }

    /** Finds the next sentence end. */
    public static Pattern sentenceEnd() {
        return Pattern.compile(charClass(SENTENCE_ENDS));
    }
}
