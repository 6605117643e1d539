package org.w3id.hpkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.parse.DocumentHeader;
import org.w3id.hpkg.parse.ParsedDocument;
import org.w3id.hpkg.parse.ParsedSection;
import org.w3id.hpkg.parse.ParsedTask;
import org.w3id.hpkg.rebuild.DocumentPipeline;

/**
 * The real national plan of the development set (data/devset/, a 48-page PDF print) through load, normalize
 * and parse: its 第X篇/第X章/第X节 outline, its goals chapter holding the main-indicators table as rows, and
 * texts free of the print's running headers and page numbers, with words broken across lines and pages
 * rejoined. An integration test: reading the PDF takes seconds.
 */
class DevsetPdfIT {

    private static final Path PDF = Path.of("data/devset/healthy-china-2030-outline-2016.pdf");
    private static ParsedDocument doc;

    @BeforeAll
    static void load() throws Exception {
        doc = new DocumentPipeline(new Gazetteer()).process(PDF.getFileName().toString(), Files.readAllBytes(PDF))
                .parsed();
    }

    @Test
    void headerNamesTheIssuersTitleAndDate() {
        DocumentHeader h = doc.header();
        assertEquals("中共中央国务院", h.issuer());
        assertEquals("“健康中国2030”规划纲要", h.title());
        assertEquals(LocalDate.of(2016, 10, 25), h.issued());
    }

    @Test
    void theOutlineIsItsPartsChaptersAndSections() {
        List<String> sections = doc.sections().stream().map(s -> s.number() + s.heading() + (s.goals() ? " (goals)" : ""))
                .toList();
        assertEquals(List.of("第一篇总体战略", "第一章指导思想", "第二章战略主题", "第三章战略目标 (goals)", "第二篇普及健康生活",
                "第四章加强健康教育", "第五章塑造自主自律的健康行为", "第六章提高全民身体素质", "第三篇优化健康服务",
                "第七章强化覆盖全民的公共卫生服务", "第八章提供优质高效的医疗服务", "第九章充分发挥中医药独特优势",
                "第十章加强重点人群健康服务", "第四篇完善健康保障", "第十一章健全医疗保障体系", "第十二章完善药品供应保障体系",
                "第五篇建设健康环境", "第十三章深入开展爱国卫生运动", "第十四章加强影响健康的环境问题治理", "第十五章保障食品药品安全",
                "第十六章完善公共安全体系", "第六篇发展健康产业", "第二十章促进医药产业发展", "第七篇健全支撑与保障",
                "第二十一章深化体制机制改革", "第二十二章加强健康人力资源建设", "第二十三章推动健康科技创新",
                "第二十四章建设健康信息化服务体系", "第八篇强化组织实施"), sections);
        // the finest numbered items: 第X节, and the chapters without sections under them (第十七章…, 第二十七章…)
        assertEquals(59, doc.tasks().size());
        ParsedTask first = doc.tasks().get(0);
        assertEquals("第一节", first.number());
        assertEquals("提高全民健康素养", first.label());
        assertEquals("加强健康教育", doc.sections().get(first.section() - 1).heading());
        assertEquals("做好实施监测", doc.tasks().get(58).label());
    }

    @Test
    void theGoalsChapterHoldsTheMainIndicatorsTableAsRows() {
        ParsedSection goals = doc.sections().get(3);
        String body = goals.body().of(doc.text());
        List<String> rows = body.lines().filter(l -> l.indexOf('\t') >= 0).toList();
        assertEquals(14, rows.size(), body);
        assertEquals("领域\t指标\t2015年\t2020年\t2030年", rows.get(0));
        assertEquals("健康水平\t人均预期寿命(岁)\t76.34\t77.3\t79.0", rows.get(1));
        assertEquals("健康服务与保障\t重大慢性病过早死亡率(%)\t19.1(2013年)\t比2015年降低10%\t比2015年降低30%", rows.get(8));
        assertEquals("健康服务与保障\t个人卫生支出占卫生总费用的比重(%)\t29.3\t28左右\t25左右", rows.get(10));
        assertEquals("健康产业\t健康服务业总规模(万亿元)\t-\t>8\t16", rows.get(13));
        assertTrue(body.contains("人民身体素质明显增强,2030年人均预期寿命达到79.0岁"), body);
    }

    @Test
    void textsHoldNoPageFurnitureAndWordsAreRejoined() {
        Pattern pageNumber = Pattern.compile("(?m)^[-—\\s]*\\d{1,3}[-—\\s]*$");
        for (ParsedTask t : doc.tasks()) {
            String text = t.span().of(doc.text());
            assertFalse(text.contains("中央和国务院相关文件") || text.contains("国务院办公厅发布")
                    || pageNumber.matcher(text).find(), "task " + t.ordinal() + ": " + text);
        }
        for (ParsedSection s : doc.sections()) {
            String text = s.body().of(doc.text());
            assertFalse(text.contains("中央和国务院相关文件") || pageNumber.matcher(text).find(), s.heading() + ": " + text);
        }
        String text = doc.text();
        assertTrue(text.contains("是经济社会发展的基础条件。"), "broken across lines (基⏎础)");
        assertTrue(text.contains("总体上优于中高收入国家平均水平"), "broken across pages (中高⏎收入)");
        assertTrue(text.contains("鼓励中医医疗机构、中医医师为中医养生保健机构提供保健咨询和调理等技术支持。开展中医中药中国行活动"),
                "three lines and a page");
        // once in the table of contents (preamble text, never outline), once as the heading
        assertEquals(2, text.lines().filter(l -> l.equals("第一篇总体战略")).count());
        assertTrue(doc.preamble().of(text).contains("目录\n序言\n第一篇总体战略"), "the contents stay in the preamble");
    }
}
