package org.w3id.hpkg.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each normalization step on small strings. */
class TextStepsTest {

    @Test
    void removesPinyinReadingsButKeepsBracketedWords() {
        int[] count = new int[1];
        String out = new PinyinAnnotationRemover().remove("衛(wèi)生健康局，系統(tǒng)；基層(一级)医疗机构(CDC)", count);
        assertEquals("衛生健康局，系統；基層(一级)医疗机构(CDC)", out);
        assertEquals(2, count[0]);
    }

    @Test
    void convertsTraditionalDocumentsOnly() {
        ScriptConverter converter = new ScriptConverter();
        assertEquals("卫生健康局2021年度工作计划", converter.toSimplifiedIfTraditional("衛生健康局2021年度工作計劃"));
        assertNull(converter.toSimplifiedIfTraditional("显著提升著名医院的服务能力"));
    }

    @Test
    void foldsFullWidthForms() {
        assertEquals("平卫卫(2021)18号:ABC,90% 完成", new WidthFolder().fold("平卫卫（2021）１８号：ＡＢＣ，９０％　完成"));
    }

    @Test
    void removesSpacesInsideChineseText() {
        assertEquals("2021年全区卫生健康重点工作安排\n中共同心县\n投资550万元\n会议精神 and 县委",
                new SpacingCleaner().clean("  2021 年全区卫生健康重点工作 安排 \n中 共 同 心 县\n投资 550 万元\n会议精神 and 县委"));
    }

    @Test
    void rejoinsLinesBrokenInsideSentences() {
        LineJoiner joiner = new LineJoiner(Pattern.compile("(?:\\d+\\.|[一二三四五六七八九十]+、|责任领导:)"));
        int[] joins = new int[1];
        String broken = "平顶山市卫东区卫生健康委员会文件\n\n平卫卫(2021)18号\n\n"
                + "(二)持续深化“三强九严”工程。健全结对共建和局班子成员定点联系社会办\n\n医机构工作机制。\n\n"
                + "为认真贯彻落实国家、自治区会议精神，\n坚持稳中求进工作总基调。\n"
                + "一、全面加强党的建设\n1.完善常态化机制。\n责任领导:杨少平";
        String expected = "平顶山市卫东区卫生健康委员会文件\n平卫卫(2021)18号\n"
                + "(二)持续深化“三强九严”工程。健全结对共建和局班子成员定点联系社会办医机构工作机制。\n"
                + "为认真贯彻落实国家、自治区会议精神，坚持稳中求进工作总基调。\n"
                + "一、全面加强党的建设\n1.完善常态化机制。\n责任领导:杨少平\n";
        assertEquals(expected, joiner.join(broken, joins));
        assertEquals(2, joins[0]);
    }

    @Test
    void recordsDamagedCharactersWithoutGuessing() {
        List<QualityNote> notes = new DamageScanner().scan("推进健康行动??茖W编制规划，医疗\uFFFD救治。Is it ok? yes");
        assertEquals(2, notes.size());
        assertEquals(6, notes.get(0).offset());
        assertTrue(notes.get(0).detail().startsWith("2 damaged"));
        assertEquals(QualityNote.Kind.DAMAGED_CHARACTER, notes.get(1).kind());
    }

    @Test
    void dropsControlCharactersAndUnpairedSurrogates() {
        int[] removed = new int[1];
        String out = new ControlCharacterCleaner().clean("卫生\u0000健康\r\n局\uD800计划\u200B。", removed);
        assertEquals("卫生健康\n局计划。", out);
        assertEquals(3, removed[0]);
    }
}
