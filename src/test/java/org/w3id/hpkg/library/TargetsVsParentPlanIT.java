package org.w3id.hpkg.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.store.GraphStore;

/**
 * targets-vs-parent-plan on a corpus that has a parent plan: 荆门市's plan from data/corpus and a made-up
 * plan of its province 湖北省 (src/test/resources/analyst/parent-plan).
 */
class TargetsVsParentPlanIT {

    @TempDir
    static Path dir;
    private static ResultTable comparison;

    @BeforeAll
    static void build() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(AnalystCorpus.CORPUS.resolve("001_6b944289bbc3a505.txt"), corpus.resolve("001_6b944289bbc3a505.txt"));
        Files.copy(Path.of("src/test/resources/analyst/parent-plan/hubei-2020.txt"), corpus.resolve("hubei-2020.txt"));
        Path store = dir.resolve("store");
        AnalystCorpus.rebuild(corpus, store);
        comparison = ResultTable.select(GraphStore.openCurrent(store),
                AnalystCorpus.library().get("targets-vs-parent-plan").withParameters(Map.of()));
    }

    @Test
    void givenAProvincialPlan_thenTheCityPlansTargetsAreSetBesideTheProvincesForTheSameIndicator() {
        Map<String, String> compared = new HashMap<>();
        for (int i = 0; i < comparison.size(); i++) {
            assertEquals("湖北省", comparison.text(i, "parentRegion"));
            assertEquals("hubei-2020.txt", comparison.text(i, "parentFile"));
            if (!comparison.text(i, "parentValue").isEmpty()) {
                compared.put(comparison.text(i, "indicator"), described(comparison, i));
            }
        }
        assertEquals(Map.of("儿童疫苗接种率", "AtLeast 95 vs AtLeast 90: 5",
                "高血压、糖尿病患者规范管理率", "AtLeast 70 vs AtLeast 60: 10"), compared);
        List<Map<String, String>> gold = AnalystCorpus.gold("targets.tsv").stream()
                .filter(g -> g.get("doc").startsWith("001_")).toList();
        // the province also sets a change of 儿童疫苗接种率 (比2019年提高2%, unit % too): never set beside a level
        assertEquals(gold.size(), comparison.size(), "every target of 荆门市's plan, compared or not, once");
    }

    private static String described(ResultTable t, int i) {
        return t.text(i, "comparator") + " " + num(t.text(i, "value")) + " vs " + t.text(i, "parentComparator") + " "
                + num(t.text(i, "parentValue")) + ": " + num(t.text(i, "difference"));
    }

    private static String num(String s) {
        return new java.math.BigDecimal(s).stripTrailingZeros().toPlainString();
    }

    @Test
    void givenTheProvincialPlanAsTheFile_thenItsTargetsHaveNoParentPlan() throws IOException {
        ResultTable province = ResultTable.select(GraphStore.openCurrent(dir.resolve("store")),
                AnalystCorpus.library().get("targets-vs-parent-plan").withParameters(Map.of("file", "hubei-2020.txt")));
        assertEquals(4, province.size(), "the four targets of the provincial plan");
        for (int i = 0; i < province.size(); i++) {
            assertEquals("", province.text(i, "parentFile"), "湖北省 lies within no other region");
        }
    }
}
