package org.w3id.hpkg.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.store.GraphStore;

/**
 * lead-sectors-by-level on plans of every level: the dev set of data/bodies-dev (a national key-task list,
 * two provincial schemes, a city plan, a county scheme, a district plan). Its answer, read from the counts
 * each plan stores, must be what counting every task's bodies directly gives.
 */
class LeadSectorsByLevelTest {

    private static final String LEVEL = """
            OPTIONAL { ?doc hp:jurisdiction/hp:adminCode ?code }
            BIND (IF(!BOUND(?code), "(none)", IF(?code = "100000", "national", IF(STRENDS(?code, "0000"), "provincial",
                  IF(STRENDS(?code, "00"), "prefectural", "county")))) AS ?level)
            """;

    @TempDir
    static Path dir;
    private static Dataset devSet;

    @BeforeAll
    static void build() throws IOException {
        AnalystCorpus.rebuild(Path.of("data/bodies-dev"), dir.resolve("store"));
        devSet = GraphStore.openCurrent(dir.resolve("store"));
    }

    private static ResultTable run(Dataset data, Map<String, String> params) {
        return ResultTable.select(data, AnalystCorpus.library().get("lead-sectors-by-level").withParameters(params));
    }

    /** level|sector → plans leading/tasks led/tasks cooperating, as the query answers. */
    private static Map<String, String> answer(ResultTable t) {
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < t.size(); i++) {
            out.put(t.text(i, "level") + "|" + t.text(i, "sector"), (long) t.number(i, "plansLeading") + "/"
                    + (long) t.number(i, "tasksLed") + "/" + (long) t.number(i, "tasksCooperating"));
        }
        return out;
    }

    /** The same figures counted from every task's lead and cooperating bodies, without the stored counts. */
    private static Map<String, String> counted(Dataset data) {
        Map<String, long[]> counts = new TreeMap<>();
        String[] properties = {"hp:leadBody", "hp:cooperatingBody"};
        for (int p = 0; p < 2; p++) {
            ResultTable t = ResultTable.select(data, QueryRunner.parse("SELECT ?level ?sector (COUNT(DISTINCT ?doc) AS ?plans) "
                    + "(COUNT(DISTINCT ?task) AS ?tasks) WHERE { ?task a hp:Task ; hp:document ?doc ; " + properties[p]
                    + " ?b . ?b hp:sector/skos:notation ?sector . " + LEVEL + "} GROUP BY ?level ?sector"));
            for (int i = 0; i < t.size(); i++) {
                long[] c = counts.computeIfAbsent(t.text(i, "level") + "|" + t.text(i, "sector"), k -> new long[3]);
                if (p == 0) {
                    c[0] = (long) t.number(i, "plans");
                }
                c[p + 1] = (long) t.number(i, "tasks");
            }
        }
        Map<String, String> out = new TreeMap<>();
        counts.forEach((k, c) -> out.put(k, c[0] + "/" + c[1] + "/" + c[2]));
        return out;
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

    @Test
    void onTheCorpus_onlyTheCountyPlanThatNamesBodiesCounts() {
        Dataset corpus = AnalystCorpus.dataset();
        Map<String, String> answer = answer(run(corpus, Map.of()));
        assertEquals(counted(corpus), answer);
        assertTrue(answer.keySet().stream().allMatch(k -> k.startsWith("county|")), answer.toString());
        long goldTasksWithALead = AnalystCorpus.gold("tasks.tsv").stream().filter(g -> !g.get("lead").isEmpty()).count();
        assertEquals(goldTasksWithALead, Long.parseLong(answer.get("county|health-commission").split("/")[1]),
                "every task of 同心县's plan is led by a unit of its health bureau");
    }
}
