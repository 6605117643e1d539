package org.w3id.hpkg.extract.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Printed names read as bodies within a plan's jurisdiction, at every level. */
class BodyResolverTest {

    private static final SectorScheme SECTORS = new SectorScheme();
    private final BodyResolver resolver = new BodyResolver(SECTORS);

    private static final Place NATION = new Place("100000", "中华人民共和国", null, true);
    private static final Place NINGXIA = new Place("640000", "宁夏回族自治区", NATION, true);
    private static final Place WUZHONG = new Place("640300", "吴忠市", NINGXIA, true);
    private static final Place TONGXIN = new Place("640324", "同心县", WUZHONG, true);
    private static final Place JIANGXI = new Place("360000", "江西省", NATION, true);
    private static final Place NANCHANG = new Place("360100", "南昌市", JIANGXI, true);
    private static final Place FUJIAN = new Place("350000", "福建省", NATION, true);
    private static final Place FUZHOU = new Place("350100", "福州市", FUJIAN, true);
    private static final Place GULOU = new Place("350102", "鼓楼区", FUZHOU, true);

    private static BodyScope scope(Place jurisdiction, Place... named) {
        List<Place> chain = new java.util.ArrayList<>();
        for (Place p = jurisdiction; p != null; p = p.parent()) {
            chain.add(p);
        }
        return new BodyScope(chain, NATION, name -> List.of(named).stream()
                .filter(p -> name.startsWith(p.name())).findFirst().orElse(null));
    }

    private Body body(String issuer, String printed, BodyScope scope) {
        return resolver.resolve(issuer, List.of(printed), scope).of(printed);
    }

    private Body body(String printed, BodyScope scope) {
        return body(null, printed, scope);
    }

    @Test
    void nationalBodies_byAnyPrintedForm_andBareStemsOnlyInANationalPlan() {
        BodyScope national = scope(NATION);
        assertEquals(new Body("国家卫生健康委员会", NATION, "health-commission"), body("卫生健康委", national));
        assertEquals(new Body("国家卫生健康委员会", NATION, "health-commission"), body("国家卫健委", scope(TONGXIN)));
        assertEquals(new Body("国家医疗保障局", NATION, "medical-insurance"), body("医保局", national));
        assertEquals("同心县医疗保障局", body("医保局", scope(TONGXIN)).name(), "a bare stem in a county plan is the county's");
        assertEquals(new Body("教育部", NATION, "education"), body("教育部", scope(JIANGXI)));
        assertEquals(new Body("省卫生健康委", NATION, "health-commission"), body("省卫生健康委", national),
                "provincial commissions named by a national plan stay as printed");
    }

    @Test
    void aPlanNamingNoRegion_isNationalWhenItsIssuerIs() {
        BodyScope unknown = BodyScope.unknown(NATION);
        assertEquals("国家卫生健康委员会", resolver.resolve("国务院办公厅", List.of("卫生健康委"), unknown).of("卫生健康委").name());
        Body kept = resolver.resolve("某某单位", List.of("卫生健康委"), unknown).of("卫生健康委");
        assertEquals(new Body("卫生健康委", null, "health-commission"), kept);
        DocumentBodies byItsBodies = resolver.resolve(null, List.of("卫生健康委", "财政部", "国家医保局"), unknown);
        assertEquals(new Body("国家卫生健康委员会", NATION, "health-commission"), byItsBodies.of("卫生健康委"),
                "a plan naming national bodies and none with a level word is the country's");
        DocumentBodies local = resolver.resolve(null, List.of("卫生健康委", "财政部", "国家医保局", "省卫生健康委"), unknown);
        assertEquals("卫生健康委", local.of("卫生健康委").name());
    }

    @Test
    void levelWords_standForTheNearestPlaceOfThatLevelUpwards() {
        BodyScope county = scope(TONGXIN);
        assertEquals(new Body("同心县卫生健康局", TONGXIN, "health-commission"), body("县卫健局", county));
        assertEquals(new Body("吴忠市疾病预防控制中心", WUZHONG, "disease-control"), body("市疾控中心", county));
        assertEquals(new Body("宁夏回族自治区卫生健康委员会", NINGXIA, "health-commission"), body("区卫健委", county));
        assertEquals(new Body("宁夏回族自治区卫生健康委员会", NINGXIA, "health-commission"), body("自治区卫生健康委", county));
        assertEquals(new Body("江西省卫生健康委员会", JIANGXI, "health-commission"), body("省卫生健康委", scope(JIANGXI)));
    }

    @Test
    void partyOrgansAndMassOrganizations() {
        BodyScope county = scope(TONGXIN);
        assertEquals(new Body("中共同心县委宣传部", TONGXIN, "propaganda"), body("县委宣传部", county));
        assertEquals(new Body("共青团同心县委员会", TONGXIN, "mass-organizations"), body("团县委", county));
        assertEquals(new Body("同心县妇女联合会", TONGXIN, "mass-organizations"), body("县妇联", county));
        assertEquals(new Body("中共同心县委机构编制委员会办公室", TONGXIN, "organization-staffing"), body("县编办", county));
    }

    @Test
    void wordsThatOnlyLookLikeALevel_areReadAsPrinted() {
        BodyScope county = scope(TONGXIN);
        assertEquals("同心县市场监督管理局", body("市场监管局", county).name());
        assertEquals("吴忠市市场监督管理局", body("市市场监管局", county).name());
        assertEquals(new Body("县级医院", TONGXIN, "medical-institutions"), body("县级医院", county));
        assertEquals("区域医疗中心", body("区域医疗中心", county).name());
        assertEquals("省直有关部门", body("省直有关部门", county).name());
    }

    @Test
    void placesNamedInFull_withTheirDistrictsUnderTheirCity() {
        assertEquals(new Body("南昌市卫生健康委员会", NANCHANG, "health-commission"),
                body("南昌市卫健委", scope(JIANGXI, NANCHANG)));
        assertEquals(new Body("江西省卫生健康委员会", JIANGXI, "health-commission"), body("江西省卫健委", scope(NANCHANG)));
        assertEquals(new Body("江西省卫生健康委员会", JIANGXI, "health-commission"), body("江西卫健委", scope(NANCHANG)));
        BodyScope district = scope(GULOU);
        assertEquals(new Body("福州市鼓楼区卫生健康局", GULOU, "health-commission"), body("区卫健局", district));
        assertEquals(new Body("福州市鼓楼区卫生健康局", GULOU, "health-commission"), body("福州市鼓楼区卫生健康局", district));
        assertEquals(new Body("福州市鼓楼区卫生健康局", GULOU, "health-commission"), body("鼓楼区卫生健康局", district));
    }

    @Test
    void unitsInsideTheIssuer_loseTheBureausWord_andTakeItsSector() {
        BodyScope county = scope(TONGXIN);
        DocumentBodies bodies = resolver.resolve("中共同心县卫生健康局党组",
                List.of("局医政药政管理岗位", "医政药政管理岗位", "财务股", "宣传科", "办公室"), county);
        assertEquals(new Body("医政药政管理岗位", TONGXIN, "health-commission"), bodies.of("局医政药政管理岗位"));
        assertEquals(bodies.of("局医政药政管理岗位"), bodies.of("医政药政管理岗位"));
        assertEquals(new Body("财务股", TONGXIN, "health-commission"), bodies.of("财务股"), "the bureau's finance unit, not the finance sector");
        assertEquals("health-commission", bodies.of("宣传科").sector());
        assertEquals(new Body("办公室", TONGXIN, "health-commission"), bodies.of("办公室"));
        assertEquals(new Body("中共同心县卫生健康局党组", TONGXIN, "health-commission"), bodies.issuer());
    }

    @Test
    void aUnitPrintedOnceWithoutItsKind_isTheUnitNamedElsewhereWithIt() {
        DocumentBodies bodies = resolver.resolve("中共同心县卫生健康局党组",
                List.of("局综合医改与信息化岗位", "局综合医改与信息化", "局规划发展"), scope(TONGXIN));
        assertEquals(new Body("综合医改与信息化岗位", TONGXIN, "health-commission"), bodies.of("局综合医改与信息化"));
        assertEquals(new Body("局规划发展", TONGXIN, "health-commission"), bodies.of("局规划发展"),
                "no unit of that name elsewhere: kept as printed");
    }

    @Test
    void collectiveBodies_stayAsPrintedWithinTheJurisdiction() {
        assertEquals(new Body("各县(市、区)人民政府", JIANGXI, "government"), body("各县(市、区)人民政府", scope(JIANGXI)));
        assertEquals(new Body("各有关部门", JIANGXI, null), body("各有关部门", scope(JIANGXI)));
    }

    @Test
    void withoutAJurisdiction_namesAreKeptAsPrinted() {
        Body b = body("县卫健局", BodyScope.unknown(NATION));
        assertEquals("县卫健局", b.name());
        assertNull(b.place());
    }
}
