package org.w3id.hpkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetExtractorTest {

    private final TargetExtractor extractor = new TargetExtractor(new DeadlineParser());

    private List<String> targets(String text) {
        return targets(text, null);
    }

    private List<String> targets(String text, Deadline taskDeadline) {
        return extractor.extract(text, 0, text.length(), 2020, taskDeadline).stream()
                .map(t -> t.indicator() + "|" + t.comparator().localName() + "|" + t.value().toPlainString()
                        + (t.max() == null ? "" : "-" + t.max().toPlainString()) + "|" + t.unit()
                        + (t.deadline() == null ? "" : "|" + t.deadline().due()))
                .toList();
    }

    @Test
    void ratesWithQualifiers() {
        assertEquals(List.of("适龄儿童免疫规划疫苗接种率|AtLeast|90|%"), targets("适龄儿童免疫规划疫苗接种率达到90%以上。"));
        assertEquals(List.of("报告患病率|AtLeast|4.5|%", "规范管理率|AtLeast|80|%"),
                targets("确保报告患病率不低于4.5%、规范管理率不低于80%。"));
        assertEquals(List.of("公立医院人员支出占业务支出比例|Between|35-50|%"), targets("公立医院人员支出占业务支出比例调控在35%-50%。"));
        assertEquals(List.of("人口自然增长率|Approximately|4|‰"), targets("人口自然增长率4‰左右。"));
        assertEquals(List.of("住院率|AtMost|30|%"), targets("住院率控制在30%以内。"));
    }

    @Test
    void countsNeedACommitment() {
        assertEquals(List.of("国家卫生镇|Exactly|3|个"), targets("力争再创建3个国家卫生镇。"));
        assertEquals(List.of("临床专业全日制大专学历乡村医生|Exactly|200|名"), targets("免费培养200名临床专业全日制大专学历乡村医生。"));
        assertEquals(List.of("投资|Exactly|550|万元"), targets("投资550万元,做好储备项目。"));
        assertEquals(List.of("幼儿照护服务机构|Between|1-2|家"), targets("建立1—2家符合我区实际、具有示范效应的幼儿照护服务机构。"));
        assertEquals(List.of(), targets("重点围绕15个专项行动,建立工作体系。"));
    }

    @Test
    void distributiveListsGiveOneTargetPerValue() {
        assertEquals(List.of("基层(一级)医疗机构基本药物配备使用比例|AtLeast|90|%", "二级医疗机构基本药物配备使用比例|AtLeast|80|%",
                "三级医疗机构基本药物配备使用比例|AtLeast|60|%"),
                targets("基层(一级)、二级、三级医疗机构基本药物配备使用比例要分别达到90%、80%、60%以上。"));
        assertEquals(List.of("感染者和病人抗病毒治疗率|AtLeast|90|%", "感染者和病人病毒抑制率|AtLeast|90|%"),
                targets("感染者和病人抗病毒治疗率、病毒抑制率达到90%以上。"));
        assertEquals(List.of("城市医联体|Exactly|3|个", "县域医共体|Exactly|4|个"), targets("分类建好3个城市医联体、4个县域医共体。"));
        assertEquals(List.of("个案确认率|AtLeast|100|%", "信息录入率|AtLeast|100|%", "资金发放率|AtLeast|100|%"),
                targets("做到个案确认率、信息录入率、资金发放率“三个100%”。"));
    }

    @Test
    void numbersInNamesDatesAndAgesAreNotTargets() {
        assertEquals(List.of(), targets("开展第32个爱国卫生月活动,实施“369人才工程”,落实“十四五”规划。"));
        assertEquals(List.of(), targets("做好0—6岁儿童和3岁以下婴幼儿照护,2020年10月前完成。"));
        assertEquals(List.of(), targets("印发同卫健党组发〔2020〕8号文件。"));
    }

    @Test
    void aSentenceDeadlineOverridesTheTaskDeadline() {
        Deadline task = Deadline.on(LocalDate.of(2020, 11, 30), "2020年11月");
        assertEquals(List.of("县域就诊率|AtLeast|90|%|2020-12-31"), targets("到2020年底,县域就诊率达到90%以上。", task));
        assertEquals(List.of("儿童青少年总体近视率|AtLeast|0.5|个百分点|2020-11-30"),
                targets("儿童青少年总体近视率在2018年的基础上力争每年降低0.5个百分点以上。", task));
    }
}
