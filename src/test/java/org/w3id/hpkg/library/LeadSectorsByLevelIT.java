package org.w3id.hpkg.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hpkg.library.LeadSectorsByLevelTest.answer;
import static org.w3id.hpkg.library.LeadSectorsByLevelTest.counted;
import static org.w3id.hpkg.library.LeadSectorsByLevelTest.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.store.GraphStore;

/**
 * lead-sectors-by-level on plans of every level: the dev set of data/bodies-dev (a national key-task list,
 * two provincial schemes, a city plan, a county scheme, a district plan), rebuilt here. Its answer, read
 * from the counts each plan stores, must be what counting every task's bodies directly gives (on the seed
 * corpus: {@link LeadSectorsByLevelTest}).
 */
class LeadSectorsByLevelIT {

    @TempDir
    static Path dir;
    private static Dataset devSet;

    @BeforeAll
    static void build() throws IOException {
        AnalystCorpus.rebuild(Path.of("data/bodies-dev"), dir.resolve("store"));
        devSet = GraphStore.openCurrent(dir.resolve("store"));
    }

    @Test
    void theStoredCountsAnswerAsCountingEveryTasksBodiesDoes_onPlansOfEveryLevel() {
        Map<String, String> answer = answer(run(devSet, Map.of()));
        assertEquals(counted(devSet), answer);
        // by hand from data/gold/bodies-dev: 13 items of the Hunan scheme led by 省卫生健康委 or 省爱卫办, and the
        // three rows of the Jiangsu duty table (省卫生健康委, 各设区市卫生健康委, 省卫生健康委 for 统筹协调和业务指导)
        assertEquals("2/16/3", answer.get("provincial|health-commission"));
        // the county scheme's 县财政局 leads 完善财政投入政策 and 统一财务管理 (with 县卫健委)
        assertEquals("1/2/3", answer.get("county|finance"));
        for (String level : new String[] {"provincial", "prefectural", "county"}) {
            assertTrue(answer.containsKey(level + "|health-commission"), level);
        }
    }

    @Test
    void withinARegion_onlyItsPlansCount() {
        Map<String, String> hunan = answer(run(devSet, Map.of("within", "湖南省")));
        assertTrue(hunan.keySet().stream().allMatch(k -> k.startsWith("provincial|")), hunan.toString());
        // 13 items led by 省卫生健康委 (or 省爱卫办); it cooperates on one, 实施中小学健康促进行动
        assertEquals("1/13/1", hunan.get("provincial|health-commission"));
        Map<String, String> henan = answer(run(devSet, Map.of("within", "河南省")));
        assertTrue(henan.keySet().stream().allMatch(k -> k.startsWith("county|")), "叶县 only: " + henan);
    }
}
