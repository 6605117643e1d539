package org.w3id.hpkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.library.QueryRunner;
import org.w3id.hpkg.rebuild.RebuildJob;
import org.w3id.hpkg.rebuild.RebuildOptions;

/**
 * A rebuild switches the store under an open {@link CurrentDatasetGraph}: a running transaction keeps its
 * database, the next one sees the new graph (statements written to the default graph: {@link
 * CurrentDatasetGraphTest}).
 */
class CurrentDatasetGraphIT {

    @TempDir
    Path tmp;

    private static long documents(CurrentDatasetGraph dsg) {
        try (QueryExecution q = QueryExecution.create(
                QueryRunner.parse("SELECT (COUNT(?d) AS ?n) WHERE { ?d a hp:PolicyDocument }"), DatasetFactory.wrap(dsg))) {
            return q.execSelect().next().getLiteral("n").getLong();
        }
    }

    /** Counted by SPARQL over the named graphs, not through the union graph. */
    static long distinctTriplesOfTheNamedGraphs(CurrentDatasetGraph dsg) {
        try (QueryExecution q = QueryExecution.create(
                "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }", DatasetFactory.wrap(dsg))) {
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
        assertEquals(distinctTriplesOfTheNamedGraphs(dsg), dsg.getDefaultGraph().size(),
                "the default graph is the union of the named graphs");
        dsg.end();
    }
}
