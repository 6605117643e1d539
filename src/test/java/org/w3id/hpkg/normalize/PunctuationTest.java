package org.w3id.hpkg.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class PunctuationTest {

    @Test
    void tellsSentenceLineAndClauseEndsInBothWidths() {
        for (char c : "。;；!！?？\n".toCharArray()) {
            assertTrue(Punctuation.endsSentence(c), "sentence end " + c);
            assertTrue(Punctuation.endsLine(c), "line end " + c);
        }
        assertFalse(Punctuation.endsSentence('：'));
        assertTrue(Punctuation.endsLine('：'));
        assertTrue(Punctuation.endsLine(':'));
        assertTrue(Punctuation.endsClause('，'));
        assertFalse(Punctuation.endsClause('、'));
        assertFalse(Punctuation.endsLine('，'));
    }

    @Test
    void tellsProseFromHeadings() {
        assertFalse(Punctuation.hasProseMark("加强公共卫生体系建设"));
        assertFalse(Punctuation.hasProseMark("《健康中国行动》、专项行动"));
        assertTrue(Punctuation.hasProseMark("到2025年，基本建成"));
        assertTrue(Punctuation.hasProseMark("主要目标:"));
        assertTrue(Punctuation.hasProseMark("完善制度。"));
    }

    @Test
    void findsSentenceEndsWithItsPattern() {
        Matcher m = Punctuation.sentenceEnd().matcher("到2025年，覆盖率达到90%；到2030年达到95%。");
        assertTrue(m.find());
        assertEquals('；', m.group().charAt(0));
        assertTrue(m.find());
        assertEquals('。', m.group().charAt(0));
        assertFalse(m.find());
        assertEquals("[a\\-\\]\\^]", Punctuation.charClass("a-]^"));
    }
}
