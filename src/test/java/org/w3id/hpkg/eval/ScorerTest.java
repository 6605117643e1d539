package org.w3id.hpkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final String DOC = "a.txt";
    private final Scorer scorer = new Scorer();

    private static TargetRecord target(int task, String indicator, String comparator, String value, String max,
            String unit, String due) {
        return new TargetRecord(DOC, task, indicator, comparator, new BigDecimal(value),
                max == null ? null : new BigDecimal(max), unit, due, "");
    }

    private static TaskRecord task(int ordinal, Set<String> leaders, Set<String> lead, String due) {
        return new TaskRecord(DOC, ordinal, "", leaders, lead, Set.of(), due);
    }

    @Test
    void diceCountsCharacterBags() {
        assertEquals(1.0, Scorer.dice("接种率", "接种率"));
        assertEquals(2.0 * 3 / (3 + 5), Scorer.dice("就诊率", "县域就诊率"), 1e-9);
        // bags, not sets: the repeated 率 counts once on the side that has it once
        assertEquals(2.0 * 2 / (3 + 2), Scorer.dice("率率A", "率A"), 1e-9);
        assertEquals(0.0, Scorer.dice("", "率"));
    }

    @Test
    void indicatorsNeedHalfTheirCharactersInCommonAndEqualValueMaxAndUnit() {
        Annotations gold = new Annotations();
        gold.add(target(1, "县域就诊率", "AtLeast", "90", null, "%", ""));
        gold.add(target(1, "国家卫生镇", "Exactly", "3", null, "个", ""));
        gold.add(target(2, "专科", "Between", "1", "2", "个", ""));
        Annotations found = new Annotations();
        found.add(target(1, "就诊率", "AtLeast", "90.0", null, "％", ""));     // Dice 0.75, unit folded, 90.0 = 90
        found.add(target(1, "乡镇医院", "Exactly", "3", null, "个", ""));      // Dice 2/9: no match
        found.add(target(2, "专科", "Between", "1", "3", "个", ""));           // other max: no match
        EvalReport report = scorer.score(gold, found);
        TargetScore t = report.targets();
        assertEquals(1, t.matched());
        assertEquals(1.0 / 3, t.precision(), 1e-9);
        assertEquals(1.0 / 3, t.recall(), 1e-9);
        assertEquals(2, report.mismatches().stream().filter(m -> m.kind().equals("missed target")).count());
        assertEquals(2, report.mismatches().stream().filter(m -> m.kind().equals("spurious target")).count());
    }

    @Test
    void matchingIsOneToOneBestOverlapFirst() {
        Annotations gold = new Annotations();
        gold.add(target(1, "儿童疫苗接种率", "AtLeast", "95", null, "%", ""));
        gold.add(target(1, "疫苗接种率", "AtLeast", "95", null, "%", ""));
        Annotations found = new Annotations();
        found.add(target(1, "疫苗接种率", "AtMost", "95", null, "%", ""));
        EvalReport report = scorer.score(gold, found);
        // the exact pair (Dice 1.0) wins over 儿童疫苗接种率 (Dice 0.83); the other gold target is missed
        assertEquals(1, report.targets().matched());
        assertEquals(0.5, report.targets().recall(), 1e-9);
        assertEquals(0.0, report.targets().comparatorAccuracy(), 1e-9);
        assertTrue(report.mismatches().stream().anyMatch(m -> m.kind().equals("missed target")
                && m.expected().startsWith("儿童疫苗接种率")));
    }

    @Test
    void comparatorAndDueAreScoredAmongMatches() {
        Annotations gold = new Annotations();
        gold.add(target(1, "县域就诊率", "AtLeast", "90", null, "%", "2020-12-31"));
        gold.add(target(1, "基层就诊率", "Approximately", "65", null, "%", ""));
        Annotations found = new Annotations();
        found.add(target(1, "县域就诊率", "AtLeast", "90", null, "%", ""));
        found.add(target(1, "基层就诊率", "AtLeast", "65", null, "%", ""));
        TargetScore t = scorer.score(gold, found).targets();
        assertEquals(1.0, t.f1(), 1e-9);
        assertEquals(0.5, t.comparatorAccuracy(), 1e-9);
        assertEquals(0.5, t.dueAccuracy(), 1e-9);
    }

    @Test
    void fieldsAreScoredOnlyInDocumentsThatNameThem() {
        Annotations gold = new Annotations();
        gold.add(task(1, Set.of("杨硕"), Set.of("局综合管理岗位"), "ongoing"));
        gold.add(task(2, Set.of(), Set.of("局医政药政管理岗位", "规划发展岗位"), "2020-11-30"));
        gold.add(new TaskRecord("b.txt", 1, "", Set.of(), Set.of(), Set.of(), ""));
        Annotations found = new Annotations();
        found.add(task(1, Set.of("杨硕"), Set.of("局综合管理岗位"), "ongoing"));
        // a restored suffix (and a missing one) is the same body once 岗位 is dropped
        found.add(task(2, Set.of("马瑾"), Set.of("局医政药政管理", "规划发展岗位"), "2020-12-31"));
        found.add(new TaskRecord("b.txt", 1, "", Set.of("某人"), Set.of(), Set.of(), ""));
        found.add(new TaskRecord("b.txt", 2, "", Set.of(), Set.of(), Set.of(), ""));
        EvalReport report = scorer.score(gold, found);
        assertEquals(new FieldScore(2, 2), report.field(TaskField.LEAD));
        assertEquals(new FieldScore(2, 1), report.field(TaskField.LEADERS));
        assertEquals(new FieldScore(2, 1), report.field(TaskField.DUE));
        assertEquals(FieldScore.NONE, report.field(TaskField.COOPERATING));
        assertNull(report.field(TaskField.COOPERATING).accuracy());
        assertEquals(1, report.exactTaskCounts());
        List<String> failures = report.failures(EvalReport.Thresholds.DEFAULT);
        assertTrue(failures.contains("b.txt: 2 tasks found, gold has 1"), failures.toString());
        assertTrue(failures.stream().anyMatch(f -> f.startsWith("leaders accuracy 0.500")), failures.toString());
    }

    @Test
    void perfectPredictionsPassTheThresholds() {
        Annotations gold = new Annotations();
        gold.add(task(1, Set.of("杨硕"), Set.of("局综合管理岗位"), "ongoing"));
        gold.add(target(1, "县域就诊率", "AtLeast", "90", null, "%", ""));
        EvalReport report = scorer.score(gold, gold);
        assertEquals(List.of(), report.failures(EvalReport.Thresholds.DEFAULT));
        assertEquals(List.of(), report.mismatches());
    }

    @Test
    void unitsAreComparedAfterFoldingFullWidthForms() {
        assertEquals("%", Scorer.foldWidth("％"));
        assertEquals("‰", Scorer.foldWidth("‰"));
    }

    @Test
    void bodiesPerItem_lookTheItemUpByLabel_andMatchABodyByAnyOfItsNames() {
        Annotations gold = new Annotations();
        gold.add(new BodyItem(DOC, "健全基层医疗卫生服务网络", Set.of("国家卫生健康委"), Set.of("财政部", "国家医保局等"), 0));
        gold.add(new BodyItem(DOC, "加强人才队伍建设", Set.of("教育部", "国家卫生健康委"), Set.of(), 0));
        gold.add(new BodyItem(DOC, "完善医保支付政策", Set.of("国家医保局"), Set.of("国家卫生健康委"), 0));
        gold.add(new BodyItem(DOC, "落实属地责任", Set.of(), Set.of(), 0));
        gold.add(new BodyItem(DOC, "开展爱国卫生运动", Set.of("全国爱卫办"), Set.of(), 0));
        Annotations found = new Annotations();
        // labels differ from gold's but overlap by half or more; the graph names bodies by their full names
        found.add(new TaskRecord(DOC, 1, "健全基层医疗卫生服务体系", Set.of(), Set.of("国家卫生健康委员会"),
                Set.of("财政部", "国家医疗保障局"), ""));
        found.add(new TaskRecord(DOC, 2, "加强基层人才队伍建设", Set.of(), Set.of("教育部"), Set.of("国家卫生健康委员会"), ""));
        found.add(new TaskRecord(DOC, 3, "二、完善医保支付政策", Set.of(), Set.of("国家医疗保障局"), Set.of("国家卫生健康委员会"), ""));
        found.add(new TaskRecord(DOC, 4, "落实属地责任", Set.of(), Set.of(), Set.of(), ""));
        found.alias("国家卫生健康委员会", "国家卫生健康委");
        found.alias("国家医疗保障局", "国家医保局");
        EvalReport report = scorer.score(gold, found);
        // right: 1 (等 dropped), 3, 4; wrong: 2 (a lead read as cooperating), 5 (no task with its label)
        assertEquals(new FieldScore(5, 3), report.bodyItems());
        assertTrue(report.mismatches().stream().anyMatch(m -> m.task() == 2
                && m.expected().equals("国家卫生健康委|教育部 / (none)") && m.found().equals("教育部 / 国家卫生健康委")),
                report.mismatches().toString());
        assertTrue(report.mismatches().stream().anyMatch(m -> m.task() == 0 && m.kind().contains("开展爱国卫生运动")));
        assertTrue(report.failures(EvalReport.Thresholds.DEFAULT).contains("bodies per item 0.600 is below 0.95"));
    }

    @Test
    void fieldBodiesToo_matchByAnyNameOfTheBody() {
        Annotations gold = new Annotations();
        gold.add(task(1, Set.of(), Set.of("县卫健局", "县医院"), ""));
        Annotations found = new Annotations();
        found.add(task(1, Set.of(), Set.of("同心县卫生健康局", "同心县医院"), ""));
        found.alias("同心县卫生健康局", "县卫健局");
        EvalReport report = scorer.score(gold, found);
        assertEquals(new FieldScore(1, 0), report.field(TaskField.LEAD), "同心县医院 has no printed form 县医院 here");
        found.alias("同心县医院", "县医院");
        assertEquals(new FieldScore(1, 1), scorer.score(gold, found).field(TaskField.LEAD));
    }
}
