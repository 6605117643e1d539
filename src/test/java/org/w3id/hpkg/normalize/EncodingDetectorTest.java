package org.w3id.hpkg.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingDetectorTest {

    private static final String PLAN = "一、推进健康行动。科学编制卫生健康“十四五”规划，突出疾病防控、医疗救治、中医药管理。"
            + "计划创建2至3个国家卫生乡镇，120个省级卫生村。适龄儿童免疫规划疫苗接种率达到90%以上。";
    private static final String TRADITIONAL = "一、推進健康行動。科學編制衛生健康“十四五”規劃，突出疾病防控、醫療救治、中醫藥管理。"
            + "計劃創建2至3個國家衛生鄉鎮，120個省級衛生村。適齡兒童免疫規劃疫苗接種率達到90%以上。";

    private final EncodingDetector detector = new EncodingDetector();

    @Test
    void readsUtf8WithAndWithoutBom() throws Exception {
        assertEquals(PLAN, detector.decode(PLAN.getBytes(StandardCharsets.UTF_8)).text());
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PLAN.getBytes(StandardCharsets.UTF_8));
        DecodedText decoded = detector.decode(bom);
        assertEquals(PLAN, decoded.text());
        assertEquals("UTF-8 (BOM)", decoded.encoding());
    }

    @Test
    void readsUtf16WithAndWithoutBom() throws Exception {
        assertEquals(PLAN, detector.decode(PLAN.getBytes(StandardCharsets.UTF_16)).text());
        assertEquals(PLAN, detector.decode(PLAN.getBytes(StandardCharsets.UTF_16LE)).text());
        assertEquals(PLAN, detector.decode(PLAN.getBytes(StandardCharsets.UTF_16BE)).text());
    }

    @Test
    void readsGb18030() throws Exception {
        DecodedText decoded = detector.decode(PLAN.getBytes(Charset.forName("GB18030")));
        assertEquals(PLAN, decoded.text());
        assertEquals("GB18030", decoded.encoding());
    }

    @Test
    void readsBig5() throws Exception {
        DecodedText decoded = detector.decode(TRADITIONAL.getBytes(Charset.forName("Big5")));
        assertEquals(TRADITIONAL, decoded.text());
        assertEquals("Big5", decoded.encoding());
    }

    @Test
    void keepsUtf8WithAFewInvalidBytesAsDamage() throws Exception {
        byte[] good = (PLAN + PLAN + PLAN).getBytes(StandardCharsets.UTF_8);
        good[10] = (byte) 0xFF;
        DecodedText decoded = detector.decode(good);
        assertTrue(decoded.encoding().startsWith("UTF-8"), decoded.encoding());
        assertTrue(decoded.text().contains("\uFFFD"));
    }

    @Test
    void rejectsEmptyAndBinaryFiles() {
        UnreadableInputException empty = assertThrows(UnreadableInputException.class, () -> detector.decode(new byte[0]));
        assertTrue(empty.getMessage().contains("empty"));
        byte[] pdf = concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), new byte[] {0, 1, 2, 3, 0, 0, 5});
        UnreadableInputException binary = assertThrows(UnreadableInputException.class, () -> detector.decode(pdf));
        assertTrue(binary.getMessage().contains("PDF"), binary.getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
