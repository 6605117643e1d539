package org.w3id.hpkg.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;

/**
 * lead-sectors-by-level on the seed corpus: its answer, read from the counts each plan stores, must be what
 * counting every task's bodies directly gives (on plans of every level, data/bodies-dev rebuilt:
 * {@link LeadSectorsByLevelIT}).
 */
class LeadSectorsByLevelTest {

    private static final String LEVEL = """
            OPTIONAL { ?doc hp:jurisdiction/hp:adminCode ?code }
            BIND (IF(!BOUND(?code), "(none)", IF(?code = "100000", "national", IF(STRENDS(?code, "0000"), "provincial",
                  IF(STRENDS(?code, "00"), "prefectural", "county")))) AS ?level)
            """;

    static ResultTable run(Dataset data, Map<String, String> params) {
        return ResultTable.select(data, AnalystCorpus.library().get("lead-sectors-by-level").withParameters(params));
    }

    /** level|sector → plans leading/tasks led/tasks cooperating, as the query answers. */
    static Map<String, String> answer(ResultTable t) {
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < t.size(); i++) {
            out.put(t.text(i, "level") + "|" + t.text(i, "sector"), (long) t.number(i, "plansLeading") + "/"
                    + (long) t.number(i, "tasksLed") + "/" + (long) t.number(i, "tasksCooperating"));
        }
        return out;
    }

    /** The same figures counted from every task's lead and cooperating bodies, without the stored counts. */
    static Map<String, String> counted(Dataset data) {
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
