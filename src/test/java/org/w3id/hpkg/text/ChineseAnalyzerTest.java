package org.w3id.hpkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class ChineseAnalyzerTest {

    /** Tokens as "term@position[start,end)". */
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                out.add(term + "@" + position + "[" + offset.startOffset() + "," + offset.endOffset() + ")");
            }
            ts.end();
        }
        return out;
    }

    @Test
    void givenALongerWord_whenIndexing_thenItsBigramsShareItsPosition() throws IOException {
        assertEquals(List.of("强化@0[0,2)", "慢性病@1[2,5)", "慢性@1[2,4)", "性病@1[3,5)", "防@2[5,6)", "控@3[6,7)"),
                tokens(ChineseAnalyzer.forIndexing(), "强化慢性病防控"));
        assertEquals(List.of("在@0[0,1)", "管@1[1,2)", "高血压@2[2,5)", "高血@2[2,4)", "血压@2[3,5)", "患者@3[5,7)"),
                tokens(ChineseAnalyzer.forIndexing(), "在管高血压患者"));
    }

    @Test
    void givenAQuery_thenOnlyTheSegmentersWordsAreKept() throws IOException {
        assertEquals(List.of("强化@0[0,2)", "慢性病@1[2,5)", "防@2[5,6)", "控@3[6,7)"),
                tokens(ChineseAnalyzer.forQueries(), "强化慢性病防控"));
        assertEquals(List.of("家庭@0[0,2)", "医生@1[2,4)", "签约@2[4,6)"), tokens(ChineseAnalyzer.forQueries(), "家庭医生签约"));
    }

    @Test
    void givenPunctuationAndLatinWords_thenPunctuationIsDroppedAndLatinWordsStemmed() throws IOException {
        assertEquals(List.of("drg@0[0,4)", "付费@2[5,7)"), tokens(ChineseAnalyzer.forIndexing(), "DRGs、付费。"));
    }
}
