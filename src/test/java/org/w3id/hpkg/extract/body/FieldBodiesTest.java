package org.w3id.hpkg.extract.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bodies named in labelled fields (牵头单位, 责任单位, 配合单位, a task table's columns). */
class FieldBodiesTest {

    private final FieldBodies fields = new FieldBodies(new BodyListSplitter(List.of("岗位")), new RoleWords(),
            new ClauseGrammar());

    private static Responsibility r(List<String> lead, List<String> cooperating) {
        return new Responsibility(lead, cooperating);
    }

    @Test
    void leadAndCooperatingFields() {
        assertEquals(r(List.of("疾控处"), List.of("各县(市、区)卫生健康局", "市疾控中心")),
                fields.read("疾控处", "各县(市、区)卫生健康局、市疾控中心"));
        assertEquals(r(List.of("局医政药政管理岗位", "规划发展岗位"), List.of()), fields.read("局医政药政管理、规划发展岗位", null));
    }

    @Test
    void aLeadMarkedInBrackets_leavesTheOthersCooperating() {
        assertEquals(r(List.of("市卫生健康委"), List.of("市民政局", "市医保局")), fields.read("市卫生健康委(牵头)、市民政局、市医保局", null));
        assertEquals(r(List.of("市卫生健康委", "市民政局"), List.of("市医保局")), fields.read("市卫生健康委、市民政局、市医保局(配合)", null));
    }

    @Test
    void roleWordsNameNoBody_andAWholeClauseIsReadAsOne() {
        assertEquals(r(List.of("县卫健局", "县财政局"), List.of()), fields.read("县卫健局、县财政局,按职责分工负责", null));
        assertEquals(r(List.of("省卫生健康委"), List.of("省财政厅", "省医保局")), fields.read("省卫生健康委牵头,省财政厅配合。", "省医保局"));
        assertEquals(r(List.of("市医保局"), List.of("市市场监管局")), fields.read("市医保局", "市市场监管局)"));
    }
}
