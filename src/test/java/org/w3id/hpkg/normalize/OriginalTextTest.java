package org.w3id.hpkg.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.parse.DocumentParser;

/** The original characters of a document converted from traditional characters, aligned with its text. */
class OriginalTextTest {

    private final Normalizer normalizer = new Normalizer(new DocumentParser().paragraphStart());

    @Test
    void givenATraditionalPlan_thenItsOriginalCharactersAreKeptAlignedWithTheSimplifiedText() throws Exception {
        String raw = """
                衛生健康局 2021 年度工作計劃

                一、推進健康行動，深入開展愛國衛(wèi)生運動，
                計劃創建國家衛生鄉鎮，
                牽頭單位：縣衛生健康局
                """;
        NormalizedDocument doc = normalizer.normalize("plan.txt", raw.getBytes(StandardCharsets.UTF_8));
        String text = doc.text();
        String original = doc.original();
        assertNotNull(original);
        assertEquals("卫生健康局2021年度工作计划\n一、推进健康行动,深入开展爱国卫生运动,计划创建国家卫生乡镇,\n牵头单位:县卫生健康局\n", text);
        assertEquals("衛生健康局2021年度工作計劃\n一、推進健康行動,深入開展愛國衛生運動,計劃創建國家衛生鄉鎮,\n牽頭單位:縣衛生健康局\n", original);
        // the line starting with the field label was not joined, although in traditional characters the
        // label is not one the parser knows: the joins are decided on the simplified text, for both
        assertEquals(text.indexOf("牵头单位"), original.indexOf("牽頭單位"));
        assertTrue(doc.notes().stream().anyMatch(n -> n.kind() == QualityNote.Kind.TRADITIONAL_CONVERTED));
    }

    @Test
    void givenASimplifiedPlan_thenThereIsNoOriginalText() throws Exception {
        NormalizedDocument doc = normalizer.normalize("plan.txt",
                "卫生健康局2021年度工作计划\n一、推进健康行动。\n".getBytes(StandardCharsets.UTF_8));
        assertNull(doc.original());
    }

    @Test
    void givenAnOriginalOfAnotherLength_thenTheDocumentIsRefused() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new NormalizedDocument("x.txt", "卫生", "UTF-8", java.util.List.of(), "衛"));
        assertTrue(e.getMessage().contains("x.txt"));
    }
}
