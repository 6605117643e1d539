package org.w3id.hpkg.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.parse.DocumentParser;

/** The normalization steps for published formats, each on small strings in the genre's own wording. */
class FormatStepsTest {

    private static final DocumentParser PARSER = new DocumentParser();

    @Test
    void foldsKangxiRadicalsAndTheirSupplement() {
        int[] count = new int[1];
        assertEquals("坚持以人民为中心的工作方针,加强部门协作", new RadicalFolder().fold("坚持以⼈⺠为中⼼的⼯作⽅针,加强部⻔协作", count));
        assertEquals(6, count[0]);
        assertEquals("没有部首", new RadicalFolder().fold("没有部首", count));
        assertEquals(0, count[0]);
    }

    @Test
    void removesPageNumbersRunningHeadersAndWebChrome() {
        int[] count = new int[1];
        StringBuilder text = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int p = 1; p <= 3; p++) {
            text.append("国家卫生健康委文件\n");
            for (int line = 1; line <= 12; line++) {
                String body = "第" + p + "页第" + line + "行的正文，推进健康中国建设。\n";
                text.append(body);
                expected.append(body);
            }
            text.append("- ").append(p).append(" -\n\f\n");
        }
        text.append("分享到：微信 微博\n【打印本页】【关闭窗口】\n版权所有：某县人民政府 湘ICP备12345678号\n");
        assertEquals(expected.toString(), new PageFurniture().remove(text.toString(), count));
        assertEquals(9, count[0]);
    }

    @Test
    void aLineRepeatedInsidePagesIsNotARunningHeader() {
        int[] count = new int[1];
        String page = "完成时限：2020年11月\n（一）任务。内容。\n".repeat(6);
        String text = page + "\f\n" + page + "\f\n" + page;
        assertEquals(page.repeat(3), new PageFurniture().remove(text, count));
        assertEquals(0, count[0]);
    }

    @Test
    void rejoinsPrintedLinesByMarginAndIndentation() {
        int[] count = new int[1];
        Pattern start = PARSER.paragraphStart();
        String text = String.join("\n",
                "  健康是促进人的全面发展的必然要求，是经济社会发展的基",
                "础条件。实现国民健康长寿，是国家富强、民族振兴的重要标志，",
                "也是全国各族人民的共同愿望。",
                "  党和国家历来高度重视人民健康。新中国成立以来特别是改",
                "革开放以来，我国健康领域改革发展取得显著成就，城乡环境面",
                "貌明显改善。",
                "第一章 指导思想",
                "  推进健康中国建设，必须高举中国特色社会主义伟大旗帜，全",
                "面贯彻党的十八大精神。");
        assertEquals(String.join("\n",
                "  健康是促进人的全面发展的必然要求，是经济社会发展的基础条件。实现国民健康长寿，是国家富强、民族振兴的重要标志，也是全国各族人民的共同愿望。",
                "  党和国家历来高度重视人民健康。新中国成立以来特别是改革开放以来，我国健康领域改革发展取得显著成就，城乡环境面貌明显改善。",
                "第一章 指导思想",
                "  推进健康中国建设，必须高举中国特色社会主义伟大旗帜，全面贯彻党的十八大精神。") + "\n",
                new PrintedLines(start).join(text, count));
        assertEquals(5, count[0]);
    }

    @Test
    void readsATablePrintedAsLabelledRecordsBackIntoRows() {
        int[] count = new int[1];
        String text = String.join("\n",
                "健康中国建设主要指标",
                "领域：健康水平 指标：人均预期寿命(岁) 2015 年：76.34 2020年：77.3 2030年：79.0",
                "领域：健康水平 指标：婴儿死亡率(‰) 2015 年：8.1 2020年：7.5 2030 年：5.0",
                "领域：健康服务与保障 指标：个人卫生支出占卫生总费用的比重(%) 2015 年：29.3 2020 年：28左右 2030 年：25左",
                "右",
                "第二篇 普及健康生活");
        assertEquals(String.join("\n",
                "健康中国建设主要指标",
                "领域\t指标\t2015年\t2020年\t2030年",
                "健康水平\t人均预期寿命(岁)\t76.34\t77.3\t79.0",
                "健康水平\t婴儿死亡率(‰)\t8.1\t7.5\t5.0",
                "健康服务与保障\t个人卫生支出占卫生总费用的比重(%)\t29.3\t28左右\t25左 右",
                "第二篇 普及健康生活"), new RecordTables().rebuild(text, count));
        assertEquals(3, count[0]);
    }

    @Test
    void twoLabelledLinesAreNotATable() {
        int[] count = new int[1];
        String text = "牵头单位：县卫健局 配合单位：县财政局\n牵头单位：县医保局 配合单位：县民政局\n";
        assertEquals(text, new RecordTables().rebuild(text, count));
    }

    @Test
    void splitsItemsGluedIntoLongLinesOnlyInSequence() {
        int[] count = new int[1];
        List<Pattern> styles = PARSER.markerStyles();
        String text = "三、组织实施(一)加强组织领导。各地要建立工作机制(省卫生健康委牵头,各部门按职责分工负责)(二)强化监测评估。"
                + "每年开展一次评估,提高到2.5个百分点。(四)不是下一项。\n"
                + "(三)加强宣传引导。采取多种形式宣传。(四)营造良好氛围。动员全社会参与。";
        assertEquals("三、组织实施\n(一)加强组织领导。各地要建立工作机制(省卫生健康委牵头,各部门按职责分工负责)\n(二)强化监测评估。"
                + "每年开展一次评估,提高到2.5个百分点。(四)不是下一项。\n"
                + "(三)加强宣传引导。采取多种形式宣传。\n(四)营造良好氛围。动员全社会参与。", new GluedItems(styles).split(text, count));
        assertEquals(3, count[0]);
    }
}
