package org.w3id.hpkg.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import org.junit.jupiter.api.Test;

/** hp:originalText in the corpus graph: the converted plan's tasks and spans in their original characters. */
class OriginalTextInGraphTest {

    @Test
    void givenTheConvertedPlan_thenItsTasksCarryTheirOriginalCharactersAlignedWithTheirText() {
        ResultTable t = ResultTable.select(AnalystCorpus.dataset(), QueryRunner.parse("""
                SELECT ?file ?kind ?text ?original WHERE {
                  ?s hp:originalText ?original ; hp:text ?text .
                  { ?s a hp:Task ; hp:document/hp:sourceFile ?file . BIND ("task" AS ?kind) }
                  UNION { ?s a hp:TextSpan ; hp:inDocument/hp:sourceFile ?file . BIND ("span" AS ?kind) }
                  UNION { ?s a hp:PolicyDocument ; hp:sourceFile ?file . BIND ("document" AS ?kind) } }"""));
        long tasks = 0;
        for (int i = 0; i < t.size(); i++) {
            assertEquals("004_202b33ede5430d66.txt", t.text(i, "file"), "only the traditional plan was converted");
            String text = t.text(i, "text");
            String original = t.text(i, "original");
            assertEquals(text.length(), original.length());
            assertTrue(!original.equals(text));
            // character for character, converting the original gives the text back (both spell 卫生 etc.)
            int same = 0;
            String converted = HanLP.convertToSimplifiedChinese(original);
            for (int c = 0; c < text.length(); c++) {
                same += converted.charAt(c) == text.charAt(c) ? 1 : 0;
            }
            assertTrue(same >= text.length() * 0.98, "aligned: " + same + "/" + text.length());
            tasks += t.text(i, "kind").equals("task") ? 1 : 0;
        }
        assertEquals(AnalystCorpus.gold("tasks.tsv").stream().filter(g -> g.get("doc").startsWith("004_")).count(), tasks);
        assertTrue(t.size() > tasks, "spans and the document too");
    }
}
