package org.w3id.hpkg.store;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * Opens the current database of a store for queries. The default graph is the union of all named
 * graphs, as the ontology contract says, from the CLI and the endpoint alike.
 */
public final class GraphStore {

    private GraphStore() {}

    public static Dataset openCurrent(Path storeDir) throws IOException {
        Path db = new StoreLayout(storeDir).current();
        if (db == null) {
            throw new IOException("no graph in " + storeDir.toAbsolutePath() + " yet: run 'hpkg rebuild' first");
        }
        try {
            return open(db);
        } catch (RuntimeException e) {
            if (e.getMessage() != null && e.getMessage().contains("Failed to get a lock")) {
                throw new IOException("the store " + storeDir + " is open in another process (a running 'hpkg serve'?): "
                        + e.getMessage() + "; stop that process first", e);
            }
            throw e;
        }
    }

    static Dataset open(Path db) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return DatasetFactory.wrap(dsg);
    }
}
