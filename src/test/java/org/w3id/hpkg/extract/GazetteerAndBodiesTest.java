package org.w3id.hpkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.extract.body.BodyListSplitter;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.extract.region.Region;

class GazetteerAndBodiesTest {

    private final Gazetteer gazetteer = new Gazetteer();

    @Test
    void resolvesAmbiguousDistrictByItsCity() {
        assertEquals("350102", gazetteer.jurisdiction("福州市鼓楼区卫生健康局").code());
        assertEquals("320106", gazetteer.jurisdiction("南京市鼓楼区卫生健康委员会").code());
        assertNull(gazetteer.jurisdiction("鼓楼区卫生健康局"));
        Region fujian = gazetteer.byCode("350000");
        assertEquals("350102", gazetteer.jurisdiction("鼓楼区卫生健康局", fujian).code());
    }

    @Test
    void withinFollowsTheParentChain() {
        Region weidong = gazetteer.byCode("410403");
        assertTrue(gazetteer.within(weidong, gazetteer.byCode("410000")));
        assertEquals(List.of("420800", "420822"), gazetteer.find("荆门市沙洋县达到血吸虫病消除标准", null).stream().map(Region::code).toList());
    }

    @Test
    void splitsBodiesAndRestoresASharedSuffix() {
        BodyListSplitter splitter = new BodyListSplitter(List.of("岗位", "科室"));
        assertEquals(List.of("局医政药政管理岗位", "规划发展岗位", "疾病预防控制和妇幼健康岗位"),
                splitter.bodies("局医政药政管理、规划发展岗位、疾病预防控制和妇幼健康岗位"));
        assertEquals(List.of("局综合医改与信息化", "各医疗卫生单位"), splitter.bodies("局综合医改与信息化、各医疗卫生单位"));
        assertEquals(List.of("杨少平", "马正录", "杨硕"), splitter.people("杨少平、马正录、杨硕"));
    }

    @Test
    void findsQuotedProgrammesButNotSlogans() {
        String text = "以“优质服务基层行”活动为抓手,严格落实“四早”要求,坚持“外防输入、内防反弹”,实施“银龄安康工程”。";
        assertEquals(List.of("优质服务基层行", "银龄安康工程"), new ProgrammeFinder().find(text, 0, text.length()));
    }
}
