package org.w3id.hpkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

class UnionDefaultGraphTest {

    private static final Node G1 = uri("g1");
    private static final Node G2 = uri("g2");
    private static final Node SHARED = uri("indicator");
    private static final Node LABEL = uri("label");

    @Test
    void givenATripleInTwoGraphs_whenOneGraphIsDropped_thenTheUnionKeepsIt_untilTheOtherIsDroppedToo() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            UnionDefaultGraph.replace(dsg, G1, List.of(quad(G1, SHARED, "接种率"), quad(G1, uri("doc1"), "一")));
            UnionDefaultGraph.replace(dsg, G2, List.of(quad(G2, SHARED, "接种率"), quad(G2, uri("doc2"), "二")));
            assertEquals(3, dsg.getDefaultGraph().size());

            UnionDefaultGraph.replace(dsg, G1, List.of());
            assertEquals(2, dsg.getDefaultGraph().size());
            assertTrue(dsg.getDefaultGraph().contains(SHARED, LABEL, NodeFactory.createLiteralString("接种率")));
            assertFalse(dsg.containsGraph(G1) && dsg.getGraph(G1).size() > 0);

            UnionDefaultGraph.replace(dsg, G2, List.of(quad(G2, uri("doc2"), "二")));
            assertEquals(1, dsg.getDefaultGraph().size());
        });
    }

    @Test
    void givenATee_whenQuadsOfSeveralGraphsPass_thenEachSharedTripleReachesTheDefaultGraphOnce() {
        List<Quad> received = new ArrayList<>();
        StreamRDF tee = UnionDefaultGraph.tee(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                received.add(quad);
            }
        }, subject -> subject.equals(SHARED));
        tee.quad(quad(G1, SHARED, "接种率"));
        tee.quad(quad(G2, SHARED, "接种率"));
        tee.quad(quad(G1, uri("doc1"), "一"));

        List<Triple> defaults = received.stream().filter(Quad::isDefaultGraph).map(Quad::asTriple).toList();
        assertEquals(List.of(Triple.create(SHARED, LABEL, NodeFactory.createLiteralString("接种率")),
                Triple.create(uri("doc1"), LABEL, NodeFactory.createLiteralString("一"))), defaults);
        assertEquals(3, received.stream().filter(q -> !q.isDefaultGraph()).count());
    }

    private static Quad quad(Node g, Node s, String label) {
        return Quad.create(g, s, LABEL, NodeFactory.createLiteralString(label));
    }

    private static Node uri(String local) {
        return NodeFactory.createURI("https://example.org/" + local);
    }
}
