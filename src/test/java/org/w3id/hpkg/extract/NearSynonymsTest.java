package org.w3id.hpkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearSynonymsTest {

    private final NearSynonyms rule = new NearSynonyms();

    @Test
    void qualifiedFormsOfTheSameMeasureAreClose() {
        assertTrue(rule.close("儿童疫苗接种率", "适龄儿童免疫规划疫苗接种率"));
        assertTrue(rule.close("适龄儿童免疫规划疫苗接种率", "儿童疫苗接种率"));
        assertTrue(rule.close("医疗服务收入占比", "公立医院医疗服务收入占比"));
    }

    @Test
    void differentSubjectsOrHeadsStayApart() {
        assertFalse(rule.close("县域就诊率", "基层就诊率"), "different subjects");
        assertFalse(rule.close("孕产妇死亡率", "婴儿死亡率"), "different subjects");
        assertFalse(rule.close("常规免疫接种率", "儿童疫苗接种率"), "different head (免疫接种率 / 疫苗接种率)");
        assertFalse(rule.close("国家卫生镇", "国家卫生乡镇"), "different head word");
        assertFalse(rule.close("儿童疫苗接种率", "儿童疫苗接种率"), "a key is not its own near-synonym");
    }

    @Test
    void aBareHeadIsNotLinkedToEveryQualifiedForm() {
        assertFalse(rule.close("规范管理率", "高血压、糖尿病患者规范管理率"));
    }

    @Test
    void pairsDependOnlyOnTheSetOfKeys() {
        List<String> keys = new ArrayList<>(List.of("儿童疫苗接种率", "适龄儿童免疫规划疫苗接种率", "县域就诊率", "基层就诊率",
                "医疗服务收入占比", "公立医院医疗服务收入占比", "规范管理率"));
        List<NearSynonyms.Pair> expected = rule.pairs(keys);
        assertEquals(List.of(new NearSynonyms.Pair("儿童疫苗接种率", "适龄儿童免疫规划疫苗接种率"),
                new NearSynonyms.Pair("公立医院医疗服务收入占比", "医疗服务收入占比")), expected);
        Collections.shuffle(keys, new Random(7));
        assertEquals(expected, rule.pairs(keys));
    }
}
