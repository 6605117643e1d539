package org.w3id.hpkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
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
    void givenDatesAfterEveryPlanYear_thenTheyMoveIntoTheLastPlanYear_andOtherValuesStay() {
        Dataset dataset = AnalystCorpus.dataset();
        String last = Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.create(
                    QueryRunner.parse("SELECT (MAX(STR(?y)) AS ?last) WHERE { ?d hp:planYear ?y }"), dataset)) {
                return exec.execSelect().next().getLiteral("last").getLexicalForm();
            }
        });
        assertEquals(4, last.length(), last);
        Map<String, Node> defaults = Map.of(
                "to", NodeFactory.createLiteralDT("2999-12-31", XSDDatatype.XSDdate),
                "year", NodeFactory.createLiteralDT("2999", XSDDatatype.XSDgYear),
                "from", NodeFactory.createLiteralDT(last + "-06-01", XSDDatatype.XSDdate),
                "name", NodeFactory.createLiteralString("2999"));
        assertEquals(Map.of("to", last + "-12-31", "year", last), QueryLatency.intoLastPlanYear(dataset, defaults));
        assertEquals(Map.of(), QueryLatency.parameters(dataset, AnalystCorpus.library().get("tasks-due-between").parse()),
                "its defaults (2020) suit data/corpus");
    }

    @Test
    void givenAFileParameterNamingNoPlanOfTheStore_andNoPlanWithAParentPlan_thenTheDefaultIsKept() {
        Dataset dataset = AnalystCorpus.dataset();
        assertEquals(Map.of(), QueryLatency.parameters(dataset,
                QueryRunner.parse("SELECT ?doc WHERE { VALUES ?file { \"absent.txt\" } ?doc hp:sourceFile ?file }")));
    }
}
