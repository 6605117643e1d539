package org.w3id.hpkg.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.library.AnalystCorpus;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.IriMinter;

/**
 * Statements written to the default graph of the store the tests share (what it does when a rebuild
 * switches the store: {@link CurrentDatasetGraphIT}).
 */
class CurrentDatasetGraphTest {

    @Test
    void givenAStatementWrittenToTheDefaultGraph_thenItLandsInTheUpdatesGraph_andQueriesSeeIt_untilItIsDeleted()
            throws Exception {
        CurrentDatasetGraph dsg = CurrentDatasetGraph.open(AnalystCorpus.store());
        Node note = NodeFactory.createURI(HP.DEFAULT_BASE + "note/1");
        Node updates = new IriMinter(HP.DEFAULT_BASE).updatesGraph();
        Quad written = Quad.create(Quad.defaultGraphNodeGenerated, note, RDFS.Nodes.label, NodeFactory.createLiteralString("已核对"));
        try {
            Txn.executeWrite(dsg, () -> dsg.add(written));

            Txn.executeRead(dsg, () -> {
                assertTrue(dsg.contains(updates, note, RDFS.Nodes.label, Node.ANY), "in the updates graph");
                assertTrue(dsg.getDefaultGraph().contains(note, RDFS.Nodes.label, Node.ANY), "in the union");
                try (QueryExecution q = QueryExecution.create("ASK { <" + note.getURI() + "> ?p \"已核对\" }",
                        DatasetFactory.wrap(dsg))) {
                    assertTrue(q.execAsk(), "queries without GRAPH see it");
                }
                // the build manifest, in the database's own default graph, stays out of the union
                assertFalse(dsg.getDefaultGraph().contains(new IriMinter(HP.DEFAULT_BASE).manifestGraph(), Node.ANY, Node.ANY));
            });
            Txn.executeWrite(dsg, () -> dsg.delete(written));
            assertFalse(Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().contains(note, Node.ANY, Node.ANY)));
        } finally {
            // the store is shared: whatever happened above, the note goes (not the database: others use it)
            Txn.executeWrite(dsg, () -> dsg.delete(Quad.create(updates, written.asTriple())));
        }
        assertFalse(Txn.calculateRead(dsg, () -> dsg.contains(updates, Node.ANY, Node.ANY, Node.ANY)),
                "the updates graph is empty again");
    }
}
