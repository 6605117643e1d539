package org.w3id.hpkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorPhraseTest {

    private final IndicatorPhrase phrases = new IndicatorPhrase();

    @Test
    void sharedHeadGoesToEveryModifier() {
        assertEquals(List.of("基层(一级)医疗机构基本药物配备使用比例", "二级医疗机构基本药物配备使用比例",
                "三级医疗机构基本药物配备使用比例"),
                phrases.distributeSharedHead("基层(一级)、二级、三级医疗机构基本药物配备使用比例", 3));
        assertEquals(List.of("老年人健康管理率", "孕产妇健康管理率", "0—6岁儿童健康管理率"),
                phrases.distributeSharedHead("老年人、孕产妇、0—6岁儿童健康管理率", 3));
        assertEquals(List.of("门诊患者满意度", "住院患者满意度"), phrases.distributeSharedHead("门诊、住院患者满意度", 2));
    }

    @Test
    void sharedHeadNeedsOneItemPerValue() {
        assertEquals(List.of("高血压、糖尿病患者规范管理率"), phrases.distributeSharedHead("高血压、糖尿病患者规范管理率", 1));
        assertEquals(List.of("A、B、C率"), phrases.distributeSharedHead("A、B、C率", 2));
    }

    @Test
    void listThatVariesTheMeasureKeepsItsSubject() {
        assertEquals(List.of("奖励扶助对象资格确认率", "奖励扶助对象资金发放率"),
                phrases.shareSubject(List.of("奖励扶助对象资格确认率", "资金发放率")));
    }

    @Test
    void listThatVariesTheSubjectIsLeftAlone() {
        assertEquals(List.of("孕产妇死亡率", "婴儿死亡率"), phrases.shareSubject(List.of("孕产妇死亡率", "婴儿死亡率")));
        assertEquals(List.of("孕产妇系统管理率", "新生儿访视率"), phrases.shareSubject(List.of("孕产妇系统管理率", "新生儿访视率")));
    }

    @Test
    void leadingCueWordsAndCommitmentVerbsGoAsWholeWords() {
        assertEquals("农村订单定向医学生", phrases.stripLeading("免费培养农村订单定向医学生"));
        assertEquals("村卫生室", phrases.stripLeading("新建村卫生室"));
        assertEquals("规范管理率", phrases.stripLeading("规范管理率"));
        assertEquals("使用率", phrases.stripLeading("使用率"));
    }
}
