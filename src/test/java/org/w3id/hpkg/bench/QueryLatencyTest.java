package org.w3id.hpkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.library.AnalystCorpus;
import org.w3id.hpkg.library.QueryRunner;

/**
 * The bench times queries with their defaults, except a query about one plan whose default plan is not in
 * the store (BenchSmokeIT covers a generated store, where it is not).
 */
class QueryLatencyTest {

    @Test
    void givenTheStoreOfDataCorpus_thenTargetsVsParentPlanKeepsItsDefaultPlan_andOtherQueriesTheirs() {
        Dataset dataset = AnalystCorpus.dataset();
        assertEquals(Map.of(), QueryLatency.parameters(dataset, AnalystCorpus.library().get("targets-vs-parent-plan").parse()),
                "its default, 001_6b944289bbc3a505.txt, is a plan of data/corpus");
        assertEquals(Map.of(), QueryLatency.parameters(dataset, AnalystCorpus.library().get("targets").parse()));
        // the corpus has no plan of a region enclosing another plan's region
        assertEquals(Optional.empty(), QueryLatency.planWithParentPlan(dataset));
    }

    @Test
    void givenAFileParameterNamingNoPlanOfTheStore_andNoPlanWithAParentPlan_thenTheDefaultIsKept() {
        Dataset dataset = AnalystCorpus.dataset();
        assertEquals(Map.of(), QueryLatency.parameters(dataset,
                QueryRunner.parse("SELECT ?doc WHERE { VALUES ?file { \"absent.txt\" } ?doc hp:sourceFile ?file }")));
    }
}
