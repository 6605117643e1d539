package org.w3id.hpkg.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.load.Docx;
import org.w3id.hpkg.parse.ParsedDocument;
import org.w3id.hpkg.parse.ParsedSection;
import org.w3id.hpkg.parse.ParsedTask;

/**
 * Headings the format marks (Word heading styles, HTML h1–h6) nest the outline where they carry no number:
 * an unnumbered Heading 2 between numbered items groups the items under it, as a reader of the Word file
 * sees it; before the outline starts, a heading is the plan's title, not an item.
 */
class FormatHeadingsTest {

    private static final DocumentPipeline PIPELINE = new DocumentPipeline(new Gazetteer());

    @Test
    void wordHeadingStylesGroupUnnumberedSections() throws Exception {
        byte[] docx = new Docx().heading(1, "某市2025年健康促进工作方案").paragraph("一、重点任务")
                .heading(2, "健康知识普及").paragraph("（一）开展健康科普进社区活动。每季度组织一次。")
                .paragraph("（二）办好健康教育专栏。定期更新内容。")
                .heading(2, "控烟限酒").paragraph("（一）推进无烟机关建设。全面落实室内禁烟。").bytes();
        ParsedDocument doc = PIPELINE.process("plan.docx", docx).parsed();
        assertEquals("某市2025年健康促进工作方案", doc.header().title());
        assertEquals(List.of("重点任务", "健康知识普及", "控烟限酒"), doc.sections().stream().map(ParsedSection::heading).toList());
        assertEquals(List.of("开展健康科普进社区活动:2", "办好健康教育专栏:2", "推进无烟机关建设:3"),
                doc.tasks().stream().map(t -> t.label() + ":" + t.section()).toList());
    }

    @Test
    void htmlHeadingsDoTheSame() throws Exception {
        String html = """
                <html><head><meta charset="utf-8"></head><body>
                <h1>某县2025年卫生健康工作要点</h1>
                <p>一、加强公共卫生服务</p>
                <h3>传染病防控</h3><p>1.落实传染病监测报告。</p><p>2.做好预防接种工作。</p>
                <h3>慢性病管理</h3><p>1.推进高血压规范管理。</p>
                </body></html>""";
        ParsedDocument doc = PIPELINE.process("page.html", html.getBytes(StandardCharsets.UTF_8)).parsed();
        assertEquals(List.of("落实传染病监测报告", "做好预防接种工作", "推进高血压规范管理"),
                doc.tasks().stream().map(ParsedTask::label).toList());
        assertEquals(List.of("加强公共卫生服务", "传染病防控", "慢性病管理"),
                doc.sections().stream().map(ParsedSection::heading).toList());
    }
}
