package org.w3id.hpkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.rebuild.DocumentPipeline;

/**
 * How the graph states the shapes of targets beyond a level: a change's direction, baseline and period, an
 * indicator table's baseline and qualitative cells, the unit a value is compared in (with QUDT's unit) and a
 * per-population base, and targets hung from a goals section and from a preamble section.
 */
class TargetMappingTest {

    private static final String PLAN = String.join("\n",
            "××市“十四五”卫生健康发展规划",
            "到2025年，全市人均预期寿命达到80岁。",
            "一、发展目标",
            "（一）主要目标",
            "到2025年，重大慢性病过早死亡率比2020年降低10%，孕产妇死亡率每年下降1个百分点以上，卫生总投入达到2.5亿元，每千人口执业（助理）医师数达到3.2人。",
            "指标	2020年	2025年",
            "孕产妇死亡率（1/10万）	11.5	10",
            "空气质量优良天数比率（%）	85	持续改善",
            "二、重点任务",
            "（一）完善医疗服务体系。新建社区卫生服务中心2个。",
            "");

    private static Dataset graph;

    @BeforeAll
    static void map() throws Exception {
        DocumentPipeline pipeline = new DocumentPipeline(new Gazetteer());
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        new DocumentMapper(new IriMinter(HP.DEFAULT_BASE))
                .map(pipeline.process("plan.txt", PLAN.getBytes(StandardCharsets.UTF_8)), StreamRDFLib.dataset(dsg));
        graph = DatasetFactory.wrap(DatasetGraphFactory.wrap(dsg.getUnionGraph()));
    }

    /** label → the target's statements named in {@code vars}, "|"-joined, from one SELECT. */
    private static Map<String, String> select(String where, String... vars) {
        String query = "PREFIX hp: <https://w3id.org/hpkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                + " PREFIX qudt: <http://qudt.org/schema/qudt/> SELECT * WHERE { " + where + " }";
        Map<String, String> out = new TreeMap<>();
        try (QueryExecution exec = QueryExecution.create(query, graph)) {
            exec.execSelect().forEachRemaining(row -> {
                StringBuilder b = new StringBuilder();
                for (String v : vars) {
                    b.append(b.length() == 0 ? "" : "|").append(row.get(v) == null ? "" : row.get(v).isLiteral()
                            ? row.get(v).asLiteral().getLexicalForm() : row.get(v).asResource().getLocalName());
                }
                out.merge(row.getLiteral("label").getString(), b.toString(), (x, y) -> x + ";" + y);
            });
        }
        return out;
    }

    @Test
    void givenChanges_thenDirectionBaselineYearAndPeriodAreStated() {
        Map<String, String> changes = select("?t hp:indicator/rdfs:label ?label ; hp:changeDirection ?d ."
                + " OPTIONAL { ?t hp:baselineYear ?y } OPTIONAL { ?t hp:annualChange ?a }", "d", "y", "a");
        assertEquals(Map.of("重大慢性病过早死亡率", "Decrease|2020|", "孕产妇死亡率", "Decrease||true"), changes);
    }

    @Test
    void givenAnIndicatorTable_thenItsBaselineAndItsQualitativeCellAreStated() {
        assertEquals(Map.of("孕产妇死亡率", "10.0|11.5|2020|AtMost"),
                select("?t hp:indicator/rdfs:label ?label ; hp:value ?v ; hp:baselineValue ?b ; hp:baselineYear ?y ;"
                        + " hp:comparator ?c", "v", "b", "y", "c"));
        assertEquals(Map.of("空气质量优良天数比率", "持续改善|%|QualitativeTarget"),
                select("?t hp:indicator/rdfs:label ?label ; hp:statement ?s ; hp:unit ?u ; a ?k ."
                        + " FILTER (?k = hp:QualitativeTarget) FILTER NOT EXISTS { ?t hp:value ?v }", "s", "u", "k"));
    }

    @Test
    void givenUnitsAsWritten_thenTheNormalizedUnitScaleValueAndQudtUnitAreStated() {
        Map<String, String> units = select("?t hp:indicator/rdfs:label ?label ; hp:unit ?u ; hp:normalizedUnit ?n ;"
                + " hp:unitScale ?s ; hp:normalizedValue ?v . OPTIONAL { ?t qudt:hasUnit ?q }"
                + " OPTIONAL { ?t hp:perPopulation ?p }", "u", "n", "s", "v", "q", "p");
        assertEquals("亿元|元|100000000.0|250000000.0||", units.get("卫生总投入"));
        assertEquals("%|%|1.0|10.0|PERCENT|", units.get("重大慢性病过早死亡率"));
        assertEquals("人|人|1.0|3.2||1000", units.get("每千人口执业(助理)医师数"));
        assertEquals("岁|岁|1.0|80.0|YR|", units.get("人均预期寿命"));
    }

    @Test
    void givenTargetsOutsideTasks_thenTheyHangFromTheirSectionOrThePreambleSection() {
        Map<String, String> holders = select("?h hp:hasTarget ?t ; hp:document ?d ; a ?k . ?t hp:indicator/rdfs:label ?label ."
                + " OPTIONAL { ?d hp:preamble ?p FILTER (?p = ?h) } FILTER (?k IN (hp:Task, hp:Section))", "k", "p");
        assertEquals("Section|preamble", holders.get("人均预期寿命"));
        assertEquals("Section|", holders.get("重大慢性病过早死亡率"));
        assertEquals("Task|", holders.get("社区卫生服务中心"));
        assertEquals(List.of("Section|;Section|"), List.of(holders.get("孕产妇死亡率")), "the paragraph's change and the table's level");
    }
}
