package org.w3id.hpkg.extract.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shapes of responsibility clauses, and running text that only looks like them. */
class ClauseGrammarTest {

    private final ClauseGrammar grammar = new ClauseGrammar();
    private final ClauseFinder finder = new ClauseFinder();

    private static Responsibility r(List<String> lead, List<String> cooperating) {
        return new Responsibility(lead, cooperating);
    }

    @Test
    void leadAndResponsibleParts_leadAndCooperate() {
        assertEquals(r(List.of("国家卫生健康委"), List.of("教育部", "体育总局")),
                grammar.whole("国家卫生健康委牵头,教育部、体育总局按职责分工负责"));
        assertEquals(r(List.of("省卫生健康委"), List.of("省发展改革委", "省财政厅")),
                grammar.whole("省卫生健康委牵头，省发展改革委、省财政厅按照职责分工负责"));
    }

    @Test
    void responsiblePartsWithoutALead_allLead() {
        assertEquals(r(List.of("教育部", "国家卫生健康委"), List.of()), grammar.whole("教育部、国家卫生健康委按职责分工负责"));
        assertEquals(r(List.of("国家中医药局"), List.of()), grammar.whole("国家中医药局负责"));
        assertEquals(r(List.of("县卫健局", "县医保局"), List.of()), grammar.whole("县卫健局、县医保局分别负责"));
    }

    @Test
    void cooperatingWordsAndTheirVariants() {
        assertEquals(r(List.of("县卫健局"), List.of("县财政局", "县医保局")), grammar.whole("县卫健局牵头,县财政局、县医保局配合"));
        assertEquals(r(List.of("市卫生健康委"), List.of("团市委")), grammar.whole("市卫生健康委牵头,团市委参与"));
        assertEquals(r(List.of("各镇卫生院"), List.of("县卫健局")), grammar.whole("各镇卫生院负责,县卫健局督导"));
        assertEquals(r(List.of("县卫健局"), List.of("县民政局")), grammar.whole("县卫健局牵头、县民政局配合"));
        assertEquals(r(List.of("县卫健局"), List.of("县民政局")), grammar.whole("县卫健局为牵头单位,县民政局为配合单位"));
    }

    @Test
    void aTrailingDengIsNoPartOfAName_andJiSeparatesNames() {
        assertEquals(r(List.of("国家卫生健康委"), List.of("财政部", "国家医保局")),
                grammar.whole("国家卫生健康委牵头,财政部、国家医保局等按职责分工负责"));
        assertEquals(r(List.of("国家卫生健康委"), List.of("财政部")), grammar.whole("国家卫生健康委牵头,财政部等有关部门参与"));
        assertEquals(r(List.of("中央宣传部", "广电总局", "中国科协"), List.of()),
                grammar.whole("中央宣传部、广电总局及中国科协按职责分工负责"));
    }

    @Test
    void huitongMakesTheFirstLeadAndTheSecondCooperate() {
        assertEquals(r(List.of("国家医保局"), List.of("国家卫生健康委", "财政部")),
                grammar.whole("国家医保局会同国家卫生健康委、财政部负责"));
    }

    @Test
    void aClosingTimePartNamesNoBody_andOpenerYouIsDropped() {
        assertEquals(r(List.of("国家卫生健康委"), List.of("财政部")), grammar.whole("国家卫生健康委牵头,财政部参与,2023年底前完成"));
        assertEquals(r(List.of("省卫生健康委"), List.of()), grammar.whole("省卫生健康委负责,持续推进"));
        assertEquals(r(List.of("县卫健局"), List.of("县财政局")), grammar.whole("由县卫健局牵头,县财政局配合"));
    }

    @Test
    void bracketsInsideNamesAreKept_andListsSplitOnlyOutsideThem() {
        assertEquals(r(List.of("各县(市、区)卫生健康局"), List.of()), grammar.whole("各县(市、区)卫生健康局负责"));
        assertEquals(r(List.of("省卫生健康委"), List.of("各市", "县(市、区)人民政府")),
                grammar.whole("省卫生健康委牵头,各市、县(市、区)人民政府负责"));
    }

    @Test
    void namesSetOffByACommaTakeTheRoleOfThePartAfterThem() {
        assertEquals(r(List.of("省卫生健康委", "省医保局"), List.of()), grammar.whole("省卫生健康委,省医保局按职责分工负责"));
        assertEquals(r(List.of("县卫健局"), List.of("县财政局", "县医保局")), grammar.whole("县卫健局牵头,县财政局,县医保局配合"));
        assertNull(grammar.whole("县卫健局,县财政局"), "names without a role are no clause");
    }

    @Test
    void aRoleBeforeAColonAndTheNamesAfterIt() {
        assertEquals(r(List.of("省卫生健康委"), List.of("省财政厅", "省医保局")), grammar.whole("牵头:省卫生健康委;配合:省财政厅、省医保局"));
    }

    @Test
    void heSeparatesTwoNamesOnlyWhereBothSidesAreNames() {
        assertEquals(r(List.of("国家卫生健康委", "国家中医药局"), List.of()), grammar.whole("国家卫生健康委和国家中医药局负责"));
        assertEquals(r(List.of("国家发展和改革委员会", "人力资源和社会保障部"), List.of()),
                grammar.whole("国家发展和改革委员会、人力资源和社会保障部负责"));
        assertEquals(r(List.of("县教育和体育局"), List.of("县委", "县政府")), grammar.whole("县教育和体育局牵头,县委与县政府支持"));
    }

    @Test
    void openingsAndEndingsOfSentences() {
        assertEquals(r(List.of("县卫健局"), List.of("县财政局")), grammar.opening("由县卫健局牵头,县财政局配合,开展专项督查"));
        assertNull(grammar.opening("县卫健局负责,做好统筹协调"), "a bare X负责 opening goes on to say what X does");
        assertEquals(r(List.of("县卫健局"), List.of("县民政局")), grammar.closing("推进医养结合,县卫健局牵头,县民政局配合"));
        assertEquals(r(List.of("国家中医药局"), List.of("国家发展改革委", "国家卫生健康委")),
                grammar.opening("国家中医药局会同国家发展改革委、国家卫生健康委负责推进相关工作"));
        assertNull(grammar.opening("县卫健局负责全县疫情防控的统筹协调"), "no 会同: X负责 and what X does is running text");
    }

    @Test
    void runningTextIsNoClause() {
        assertNull(grammar.whole("全面落实党委领导下的院长负责制"));
        assertNull(grammar.whole("坚持政府主导、部门负责、社会参与"));
        assertNull(grammar.whole("以下简称“县医院”"));
        assertNull(grammar.whole("2022年底前完成"));
        assertNull(grammar.whole("含村卫生室"));
        assertNull(grammar.opening("县人民医院牵头组建的医共体统一管理"));
        assertNull(grammar.closing("形成层层负责、人人尽责的责任体系"));
    }

    @Test
    void finderReadsEveryClauseOfAnItem_brokenAcrossLinesAndPages() {
        String text = "加强医保基金监管。(国家医保局会同国家卫生健康委负责)打击欺诈骗保。(国家医保局、公安部\n— 7 —\n按职责分工负责)";
        assertEquals(r(List.of("国家医保局", "公安部"), List.of("国家卫生健康委")), finder.find(text, 0, text.length()));
        String sentences = "落实分级诊疗制度。县卫健局牵头,县医保局、各镇卫生院配合。";
        assertEquals(r(List.of("县卫健局"), List.of("县医保局", "各镇卫生院")), finder.find(sentences, 0, sentences.length()));
        String none = "实行院长负责制(以下简称“负责制”),层层负责。";
        assertEquals(Responsibility.NONE, finder.find(none, 0, none.length()));
    }
}
