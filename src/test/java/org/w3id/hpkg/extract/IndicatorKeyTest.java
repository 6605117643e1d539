package org.w3id.hpkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class IndicatorKeyTest {

    private final IndicatorKey keys = new IndicatorKey();

    @Test
    void scopeWordsQuotesWidthAndDashesDoNotChangeTheIndicator() {
        assertEquals("公立医院医疗服务收入占比", keys.of("全县公立医院医疗服务收入占比"));
        assertEquals("八苗全程接种率", keys.of("“八苗”全程接种率"));
        assertEquals("基层(一级)医疗机构基本药物配备使用比例", keys.of("基层（一级）医疗机构基本药物配备使用比例"));
        assertEquals(keys.of("0-6岁儿童健康管理率"), keys.of("0—6岁儿童健康管理率"));
        assertEquals(keys.of("0-6岁儿童健康管理率"), keys.of("0～6岁儿童健康管理率"));
    }

    @Test
    void wordingThatDiffersInSubstanceKeepsDistinctKeys() {
        assertNotEquals(keys.of("儿童疫苗接种率"), keys.of("适龄儿童免疫规划疫苗接种率"));
        assertEquals("全县", keys.of("全县"), "a scope word alone is kept");
    }
}
