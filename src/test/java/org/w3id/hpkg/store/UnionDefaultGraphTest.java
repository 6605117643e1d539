package org.w3id.hpkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

class UnionDefaultGraphTest {

    private static final Node G1 = uri("g1");
    private static final Node G2 = uri("g2");
    private static final Node SHARED = uri("indicator");
    private static final Node LABEL = uri("label");

    @Test
    void givenATripleInTwoGraphs_andBookkeepingInTheStoredDefaultGraph_thenQueriesSeeTheUnionOnce_andNoBookkeeping() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        UnionDefaultGraph.enable(dsg);
        Txn.executeWrite(dsg, () -> {
            dsg.add(G1, SHARED, LABEL, NodeFactory.createLiteralString("接种率"));
            dsg.add(G2, SHARED, LABEL, NodeFactory.createLiteralString("接种率"));
            dsg.add(G2, uri("doc2"), LABEL, NodeFactory.createLiteralString("二"));
            dsg.add(Quad.defaultGraphIRI, uri("manifest"), LABEL, NodeFactory.createLiteralString("fingerprint"));
        });

        assertEquals(List.of("二", "接种率"), labels(dsg));
        assertEquals(2, Txn.calculateRead(dsg, () -> UnionDefaultGraph.of(dsg).size()));

        Txn.executeWrite(dsg, () -> dsg.deleteAny(G1, Node.ANY, Node.ANY, Node.ANY));
        assertEquals(List.of("二", "接种率"), labels(dsg), "the other graph still holds it");
        Txn.executeWrite(dsg, () -> dsg.deleteAny(G2, SHARED, Node.ANY, Node.ANY));
        assertEquals(List.of("二"), labels(dsg));
    }

    private static List<String> labels(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<String> labels = new ArrayList<>();
            try (QueryExecution exec = QueryExecution.create(
                    "SELECT ?l { ?s <urn:test:label> ?l } ORDER BY ?l", DatasetFactory.wrap(dsg))) {
                exec.execSelect().forEachRemaining(r -> labels.add(r.getLiteral("l").getString()));
            }
            return labels;
        });
    }

    private static Node uri(String local) {
        return NodeFactory.createURI("urn:test:" + local);
    }
}
