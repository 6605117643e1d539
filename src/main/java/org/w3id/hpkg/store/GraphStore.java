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
 * graphs, as the ontology contract says, from the CLI and the endpoint alike: stored as the database's
 * default graph by rebuilds ({@link UnionDefaultGraph}), or computed by TDB2 for databases that predate it.
 */
public final class GraphStore {

    private GraphStore() {}

    public static Dataset openCurrent(Path storeDir) throws IOException {
        Path db = new StoreLayout(storeDir).current();
        if (db == null) {
            throw new IOException("no graph in " + storeDir.toAbsolutePath() + " yet: run 'hpkg rebuild' first");
        }
        return open(db);
    }

    static Dataset open(Path db) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        if (!UnionDefaultGraph.isStored(db)) {
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        }
        return DatasetFactory.wrap(dsg);
    }
}
