package org.w3id.hpkg.extract.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hpkg.parse.DocumentHeader;

/**
 * Jurisdictions for issuers of every level, across the whole gazetteer: 300 counties drawn at random (fixed
 * seed) are each found as the jurisdiction of a plan headed by their health bureau, and of a plan whose
 * header names them through their parents; names several counties share resolve by those parents, or by
 * the places the text names, or not at all.
 */
class JurisdictionFinderTest {

    private static final Gazetteer GAZETTEER = new Gazetteer();
    private static final JurisdictionFinder FINDER = new JurisdictionFinder(GAZETTEER);
    private static final String BODY = "一、加强公共卫生体系建设\n（一）完善疾病预防控制体系。到年底，适龄儿童免疫规划疫苗接种率达到90%以上。\n";

    static Stream<Named<Region>> counties() {
        List<Region> all = new ArrayList<>(GAZETTEER.listed().stream().filter(r -> r.level() == Level.COUNTY).toList());
        Collections.shuffle(all, new Random(19));
        return all.subList(0, 300).stream().map(r -> Named.of(r.code() + " " + r.name(), r));
    }

    private static Region find(String issuer, String title, String text) {
        Jurisdiction found = FINDER.find(new DocumentHeader(issuer, null, title, null, null, 2021), text);
        return found == null ? null : found.region();
    }

    private static String chain(Region county) {
        StringBuilder names = new StringBuilder();
        for (Region r = GAZETTEER.parent(county); r != null && r.level() != Level.COUNTRY; r = GAZETTEER.parent(r)) {
            names.insert(0, r.name());
        }
        return names.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counties")
    void givenACountysHealthBureau_thenItIsTheJurisdiction_andSoWhenTheHeaderNamesItsParents(Region county) {
        String parent = GAZETTEER.parent(county).name();
        // a name that is an ordinary word (郊区) is only ever written after its parent's
        String bureau = (GAZETTEER.namedAlone(county) ? "" : parent) + county.name()
                + (county.name().endsWith("区") ? "卫生健康委员会" : "卫生健康局");
        // the bare name: the county, or, where several share it, the county whose parent the text names
        String text = bureau + "\n关于印发《2021年卫生健康工作要点》的通知\n根据" + parent + "卫生健康工作会议部署，结合"
                + parent + "要求，制定本要点。\n" + BODY;
        assertEquals(county, find(bureau, "2021年卫生健康工作要点", text));
        // the header names it after its province and prefecture; the text names no other region
        String qualified = chain(county) + county.name() + "卫生健康局";
        assertEquals(county, find(qualified, "2021年卫生健康工作要点", qualified + "\n" + BODY));
        assertEquals(county, find(null, chain(county) + county.name() + "2021年卫生健康工作要点", BODY));
    }

    @Test
    void givenASharedName_withoutEvidence_thenNoJurisdiction_withItsCity_thenThatOne() {
        List<Region> gulou = GAZETTEER.listed().stream().filter(r -> r.name().equals("鼓楼区")).toList();
        assertEquals(4, gulou.size());
        assertNull(find("鼓楼区卫生健康局", "鼓楼区2020年卫生健康工作要点", "鼓楼区卫生健康局\n" + BODY));
        assertEquals("350102", find("福州市鼓楼区卫生健康局", null, BODY).code());
        assertEquals("320106", find("南京市鼓楼区卫生健康委员会", null, BODY).code());
        assertEquals("320302", find("鼓楼区卫生健康局", "徐州市鼓楼区2021年卫生健康工作要点", BODY).code());
        // the text names places of one city only: that city's 鼓楼区
        assertEquals("410204", find("鼓楼区卫生健康委员会", null,
                "全区卫生健康工作在开封市委、开封市政府领导下，对口支援兰考县、尉氏县。\n" + BODY).code());
        for (String shared : List.of("新华区", "城关区", "朝阳区", "市中区")) {
            assertTrue(GAZETTEER.listed().stream().filter(r -> r.name().equals(shared)).count() > 1, shared);
            assertNull(find(shared + "卫生健康局", null, BODY), shared);
        }
    }

    @Test
    void givenNationalBodies_thenTheCountry() {
        for (String issuer : List.of("国务院", "国务院办公厅", "中共中央 国务院", "国家卫生健康委员会", "国家卫生健康委办公厅",
                "健康中国行动推进委员会", "国家卫生健康委 国家发展改革委 财政部")) {
            Jurisdiction found = FINDER.find(new DocumentHeader(issuer, null, "健康中国行动（2019—2030年）", null, null, 2019), BODY);
            assertEquals(Gazetteer.COUNTRY, found.region().code(), issuer);
            assertFalse(found.inferred());
        }
        Jurisdiction byNotice = FINDER.find(new DocumentHeader(null, null, "“十四五”国民健康规划",
                "国务院办公厅关于印发“十四五”国民健康规划的通知", null, 2022), BODY);
        assertEquals(Gazetteer.COUNTRY, byNotice.region().code());
        // the notice's title as the first line of a text whose header the parser did not find
        Jurisdiction byFirstLine = FINDER.find(new DocumentHeader(null, null, null, null, null, null),
                "中共中央 国务院印发《“健康中国2030”规划纲要》\n（2016年10月25日）\n" + BODY);
        assertEquals(Gazetteer.COUNTRY, byFirstLine.region().code());
        // an addressee line is no issuer
        assertNull(find(null, null, "各县（市、区）卫生健康局：\n现将《工作要点》印发给你们。\n" + BODY));
        // 国家卫生城市 in a county plan's title is no national body
        assertNull(find(null, "国家卫生城市创建工作方案", BODY));
    }

    @Test
    void givenProvincialAndCityBodies_thenTheirRegions() {
        assertEquals("360000", find("江西省人民政府办公厅", null, BODY).code());
        assertEquals("420000", find("湖北省卫生健康委员会", null, BODY).code());
        assertEquals("450000", find("广西壮族自治区卫生健康委员会", null, BODY).code());
        assertEquals("420800", find("荆门市卫生健康委员会", null, BODY).code());
        assertEquals("640324", find("中共同心县卫生健康局党组", null, BODY).code());
        assertEquals("420528", find("长阳土家族自治县卫生健康局", null, BODY).code());
        assertEquals("150627", find("伊金霍洛旗卫生健康委员会", null, BODY).code());
        assertEquals("140302", find("阳泉市城区卫生健康局", null, BODY).code());
        assertNull(find("城区卫生健康局", null, BODY));
        // two provinces apart (a joint plan): no one region
        assertNull(find("江苏省卫生健康委员会 浙江省卫生健康委员会", null, BODY));
    }

    @Test
    void givenAFormerName_thenTheDivisionOfToday() {
        assertEquals("420882", find("京山县卫生和计划生育局", null, BODY).code());
        assertEquals("110118", find("北京市密云县卫生局", null, BODY).code());
        assertEquals("130284", find("滦县卫生健康局", null, BODY).code());
    }

    @Test
    void givenAHeaderNamingNoRegion_thenTheCountyIsInferredFromItsTownships_withItsEvidence() {
        // 唐河县 (南阳市): its towns, named as a county plan names them; 湖阳镇 is also a town of 当涂县 and does not count
        String text = "卫生健康局2021年工作计划\n2021年，全县卫生健康系统将全面推进健康唐河建设。\n"
                + "一、加强基层建设\n（一）推进乡镇卫生院建设。完成湖阳镇、桐寨铺镇、少拜寺镇卫生院改扩建，建成苍台镇中心卫生院。\n";
        Jurisdiction found = FINDER.find(new DocumentHeader(null, null, "卫生健康局2021年工作计划", null, null, 2021), text);
        assertEquals("411328", found.region().code());
        assertTrue(found.inferred());
        assertEquals(new BigDecimal("0.80"), found.confidence());
        assertEquals(List.of("唐河", "桐寨铺镇", "少拜寺镇", "苍台镇"), found.evidence().stream().map(Jurisdiction.Evidence::words).toList());
        Jurisdiction.Evidence first = found.evidence().get(0);
        assertEquals("健康唐河建设", text.substring(first.begin() - 2, first.end() + 2));
    }

    @Test
    void givenWeakOrMixedEvidence_thenNoJurisdiction() {
        DocumentHeader none = new DocumentHeader(null, null, "卫生健康局2021年工作计划", null, null, 2021);
        // two towns only
        assertNull(FINDER.find(none, "全县推进湖阳镇、桐寨铺镇卫生院建设。" + BODY));
        // towns of two counties, none dominant
        assertNull(FINDER.find(none, "全县推进湖阳镇、桐寨铺镇、乌镇、濮院镇、洲泉镇卫生院建设。" + BODY));
        // the plan does not say what it is (no 全县, 全市…)
        assertNull(FINDER.find(none, "推进湖阳镇、桐寨铺镇、少拜寺镇、苍台镇卫生院建设。" + BODY));
        // a district's plan (全区) naming its autonomous region and its city: neither is its region
        assertNull(FINDER.find(none, "全区落实新疆维吾尔自治区部署，配合乌鲁木齐市做好工作，支援达坂城区、乌鲁木齐县，"
                + "落实新疆维吾尔自治区要求。" + BODY));
        // a prefecture's plan naming its counties: prefectures are never inferred
        assertNull(FINDER.find(none, "全市推进沙洋县、钟祥市、京山市、东宝区、掇刀区医共体建设。" + BODY));
        // a county plan whose places are those of its prefecture: not the prefecture
        assertNull(FINDER.find(none, "全县落实南阳市部署，学习南阳市卧龙区、宛城区、镇平县经验。" + BODY));
    }
}
