package org.w3id.hpkg.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.normalize.NormalizedDocument;
import org.w3id.hpkg.normalize.Normalizer;

class DocumentParserTest {

    private final DocumentParser parser = new DocumentParser();
    private final Normalizer normalizer = new Normalizer(parser.paragraphStart());

    private ParsedDocument parse(String text) throws Exception {
        NormalizedDocument doc = normalizer.normalize("t.txt", text.getBytes(StandardCharsets.UTF_8));
        return parser.parse(doc);
    }

    @Test
    void readsHeaderWithMastheadOverTwoLinesAndSignature() throws Exception {
        ParsedDocument doc = parse("""
                中 共 同 心 县

                卫 生 健 康 局 党 组 文 件

                同卫健党组发〔2020〕8号

                关于 2020 年全县卫生健康工作要点暨 任务分工的通知

                一、全面加强党的建设

                （一）认真学习。坚持和强化党的领导。

                中共同心县卫生健康局党组

                2020年3月31日
                """);
        DocumentHeader h = doc.header();
        assertEquals("中共同心县卫生健康局党组", h.issuer());
        assertEquals("同卫健党组发〔2020〕8号", h.documentNumber());
        assertEquals("2020年全县卫生健康工作要点暨任务分工", h.title());
        assertEquals(LocalDate.of(2020, 3, 31), h.issued());
        assertEquals(2020, h.planYear());
        assertEquals(1, doc.tasks().size());
    }

    @Test
    void readsParenthesisedDocumentNumberAndBookTitle() throws Exception {
        ParsedDocument doc = parse("""
                平顶山市卫东区卫生健康委员会文件
                平卫卫（2021）18号
                平顶山市卫东区卫生健康委员会 关于印发《2021年全区卫生健康重点工作安排》的通知
                一、坚决打赢常态化疫情防控持久战
                1. 完善常态化机制。坚持“外防输入、内防反弹”策略。
                """);
        assertEquals("平卫卫(2021)18号", doc.header().documentNumber());
        assertEquals("平顶山市卫东区卫生健康委员会", doc.header().issuer());
        assertNull(doc.header().issued());
    }

    @Test
    void tasksAreTheFinestNumberedItemsCountedAsTheyAppear() throws Exception {
        ParsedDocument doc = parse("""
                2020年工作要点
                一、推进基层综合医改
                坚持以人民健康为中心。
                （一）推进“三医联动”。加强制度衔接。
                （一）推进“三医联动”。重复的编号照样计数。
                二、优化健康服务资源，促进社会办医
                持续深化“放管服”改革，规范网上政务服务。
                三、加强监督
                (一) 推进综合治理。建立健全责任体系。
                1.细化一。内容。
                2.细化二。内容。
                """);
        List<ParsedTask> tasks = doc.tasks();
        assertEquals(List.of("推进“三医联动”", "推进“三医联动”", "优化健康服务资源,促进社会办医", "细化一", "细化二"),
                tasks.stream().map(ParsedTask::label).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), tasks.stream().map(ParsedTask::ordinal).toList());
        // a task's section is the nearest item above it: (一) under 三、 is a section of its own
        assertEquals(List.of(1, 1, 0, 3, 3), tasks.stream().map(ParsedTask::section).toList());
        assertEquals(List.of("推进基层综合医改", "加强监督", "推进综合治理。建立健全责任体系。"),
                doc.sections().stream().map(ParsedSection::heading).toList());
    }

    @Test
    void fieldBlocksEndTheTaskTextAndSectionBlocksAreInherited() throws Exception {
        ParsedDocument doc = parse("""
                一、深入推进健康同心建设
                牵头单位：局健康综合岗位
                （四）健全完善领导小组工作机制，建立联络员会议制度。
                责任领导：马瑾
                配合科室（单位）：局机关各岗位，各医疗卫生单位
                完成时限：2020年11月
                （五）落实实施方案。责任领导：马正录 完成时间：2020年底
                """);
        ParsedTask first = doc.tasks().get(0);
        assertEquals("健全完善领导小组工作机制,建立联络员会议制度。", first.body().of(doc.text()));
        assertEquals("马瑾", first.field(Field.LEADER).value());
        assertEquals("局机关各岗位,各医疗卫生单位", first.field(Field.COOPERATING).value());
        assertEquals("2020年11月", first.field(Field.DEADLINE).value());
        assertEquals("局健康综合岗位", first.field(Field.LEAD).value());
        ParsedTask second = doc.tasks().get(1);
        assertEquals("落实实施方案。", second.body().of(doc.text()));
        assertEquals("马正录", second.field(Field.LEADER).value());
        assertEquals("2020年底", second.field(Field.DEADLINE).value());
        assertEquals("局健康综合岗位", second.field(Field.LEAD).value());
    }

    @Test
    void footerEndsTheLastTask() throws Exception {
        ParsedDocument doc = parse("""
                一、加强法治建设
                （一）建立工作台账。一抓到底。
                （备注：新冠肺炎疫情防控工作另行安排）
                中共同心县卫生健康局党组
                2020年3月31日
                抄报：自治区卫生健康委员会
                """);
        assertEquals("建立工作台账。一抓到底。", doc.tasks().get(0).body().of(doc.text()));
        assertEquals("中共同心县卫生健康局党组", doc.header().issuer());
    }

    @Test
    void goalsParagraphsAndFramingHeadingsAreSectionsWhoseTextHoldsTheirSubItemsNotTasks() throws Exception {
        ParsedDocument doc = parse("""
                关于印发某省健康促进行动实施方案的通知
                为深入实施健康中国战略，制定本方案。到2025年，居民健康素养水平达到25%。
                一、总体要求
                （一）指导思想。坚持以人民健康为中心。
                （二）主要目标。到2025年，全省人均预期寿命达到79岁。
                1.健康水平。婴儿死亡率控制在5‰以下。
                2.健康服务。每千人口执业（助理）医师数达到3.2人。
                二、重点任务
                孕产妇和婴幼儿健康是全民健康的基础。
                （一）实施妇幼健康促进行动。孕产妇死亡率下降到12/10万以下。
                （二）实施中小学健康促进行动。
                """);
        assertEquals(List.of("实施妇幼健康促进行动", "实施中小学健康促进行动"),
                doc.tasks().stream().map(ParsedTask::label).toList());
        assertEquals(List.of("总体要求", "指导思想", "主要目标", "重点任务"),
                doc.sections().stream().map(ParsedSection::heading).toList());
        ParsedSection framing = doc.sections().get(1);
        assertEquals(false, framing.goals());
        assertEquals("坚持以人民健康为中心。", framing.body().of(doc.text()).strip());
        ParsedSection goals = doc.sections().get(2);
        assertEquals(true, goals.goals());
        assertEquals(3, goals.ordinal());
        assertEquals("到2025年,全省人均预期寿命达到79岁。\n1.健康水平。婴儿死亡率控制在5‰以下。\n"
                + "2.健康服务。每千人口执业(助理)医师数达到3.2人。", goals.body().of(doc.text()).strip());
        assertEquals("孕产妇和婴幼儿健康是全民健康的基础。", doc.sections().get(3).body().of(doc.text()).strip());
        assertEquals(4, doc.tasks().get(1).section());
        String preamble = doc.preamble().of(doc.text());
        assertEquals(true, preamble.contains("居民健康素养水平达到25%"));
        assertEquals(false, preamble.contains("总体要求"));
    }
}
