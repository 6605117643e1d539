package org.w3id.hpkg.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.library.AnalystCorpus;
import org.w3id.hpkg.store.GraphStore;

/** The seed corpus rebuilt a second time, on one thread, gives the store the tests share quad for quad. */
class CorpusRebuildIT {

    @Test
    void twoRebuildsGiveIdenticalSortedNQuads(@TempDir Path tmp) throws Exception {
        RebuildResult second = new RebuildJob(RebuildOptions.builder().corpus(CorpusRebuildTest.CORPUS)
                .store(tmp.resolve("b")).threads(1).build(), System.err).run();
        assertTrue(second.switched());
        List<String> a = CorpusRebuildTest.sortedNQuads(AnalystCorpus.dataset());
        List<String> b = CorpusRebuildTest.sortedNQuads(GraphStore.openCurrent(tmp.resolve("b")));
        Dataset store = AnalystCorpus.dataset();
        long stored = Txn.calculateRead(store, () -> {
            try (QueryExecution q = QueryExecution.create("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } "
                    + "FILTER (!STRENDS(STR(?g), \"/graph/manifest\")) }", store)) {
                return q.execSelect().next().getLiteral("n").getLong();
            }
        });
        assertEquals(stored, a.size(), "every quad of the named graphs but the bookkeeping one, once");
        assertEquals(a, b);
    }
}
