package org.w3id.hpkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.library.QueryRunner;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rebuild.RebuildJob;
import org.w3id.hpkg.rebuild.RebuildOptions;

class CurrentDatasetGraphTest {

    @TempDir
    Path tmp;

    private static long documents(CurrentDatasetGraph dsg) {
        try (QueryExecution q = QueryExecution.create(
                QueryRunner.parse("SELECT (COUNT(?d) AS ?n) WHERE { ?d a hp:PolicyDocument }"), DatasetFactory.wrap(dsg))) {
            return q.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Test
    void aTransactionKeepsItsDatabaseAndTheNextOneSeesTheSwitch() throws Exception {
        Path small = Files.createDirectories(tmp.resolve("small"));
        Files.copy(Path.of("data/corpus/001_6b944289bbc3a505.txt"), small.resolve("001_6b944289bbc3a505.txt"));
        Path store = tmp.resolve("store");
        assertTrue(new RebuildJob(RebuildOptions.builder().corpus(small).store(store).full(true).build(), System.err).run().switched());
        CurrentDatasetGraph dsg = CurrentDatasetGraph.open(store);

        dsg.begin(ReadWrite.READ);
        assertEquals(1, documents(dsg));
        assertTrue(new RebuildJob(RebuildOptions.builder().corpus(Path.of("data/corpus")).store(store).full(true).build(), System.err)
                .run().switched());
        assertEquals(1, documents(dsg), "a running transaction must keep its database");
        dsg.end();

        dsg.begin(ReadWrite.READ);
        assertEquals(5, documents(dsg));
        assertTrue(dsg.getDefaultGraph().size() > 4000, "the default graph is the union of the named graphs");
        dsg.end();
    }

    @Test
    void givenAStatementWrittenToTheDefaultGraph_thenItLandsInTheUpdatesGraph_andQueriesSeeIt_untilItIsDeleted()
            throws Exception {
        Path small = Files.createDirectories(tmp.resolve("small"));
        Files.copy(Path.of("data/corpus/003_d33a06d2bf67210c.txt"), small.resolve("003_d33a06d2bf67210c.txt"));
        Path store = tmp.resolve("store");
        assertTrue(new RebuildJob(RebuildOptions.builder().corpus(small).store(store).full(true).build(), System.err).run().switched());
        CurrentDatasetGraph dsg = CurrentDatasetGraph.open(store);
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
            dsg.close();
        }
    }
}
