package org.w3id.hpkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.hpkg.text.HighlightFunction;
import org.w3id.hpkg.text.TextIndexes;

/**
 * Opens the current database of a store for queries. The default graph is the union of all named
 * graphs ({@link UnionDefaultGraph}), as the ontology contract says, from the CLI and the endpoint alike.
 * The database's text index ({@code db-N/text-index}, built with it and switched with it) is attached,
 * so that queries can use {@code text:query}; a database without one (built by an older hpkg) opens
 * without. {@link #close} lets both go.
 */
public final class GraphStore {

    private GraphStore() {}

    public static Dataset openCurrent(Path storeDir) throws IOException {
        Path db = new StoreLayout(storeDir).current();
        if (db == null) {
            throw new IOException("no graph in " + storeDir.toAbsolutePath() + " yet: run 'hpkg rebuild' first");
        }
        try {
            return DatasetFactory.wrap(open(db));
        } catch (RuntimeException e) {
            if (e.getMessage() != null && e.getMessage().contains("Failed to get a lock")) {
                throw new IOException("the store " + storeDir + " is open in another process (a running 'hpkg serve'?): "
                        + e.getMessage() + "; stop that process first", e);
            }
            throw e;
        }
    }

    /** Whether the current database of a store has a text index (stores built before it existed have none). */
    public static boolean hasTextIndex(Path storeDir) throws IOException {
        Path db = new StoreLayout(storeDir).current();
        return db != null && TextIndexes.exists(db);
    }

    /**
     * Releases a dataset of {@link #openCurrent}: its text index and its database, which another process
     * can then open, or a rebuild delete.
     */
    public static void close(Dataset dataset) {
        release(dataset.asDatasetGraph());
    }

    /** The database in folder {@code db}, its default graph the union, its text index attached. */
    static DatasetGraph open(Path db) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        UnionDefaultGraph.enable(dsg);
        attachTextIndex(dsg, db);
        return dsg;
    }

    /**
     * Attaches a database's text index, if it has one and none is attached yet. TDB2 hands every opener of
     * a folder the same dataset until it is released, so the index reader lives in that dataset's context,
     * one per open database, and goes with it ({@link #release}). It is read-only, so it is attached
     * through the context (where text:query looks first) rather than with TextDatasetFactory's wrapper,
     * whose write-through indexing would join every TDB2 transaction.
     */
    private static void attachTextIndex(DatasetGraph dsg, Path db) {
        if (!TextIndexes.exists(db)) {
            return;
        }
        HighlightFunction.register();
        synchronized (dsg) {
            if (dsg.getContext().get(TextQuery.textIndex) == null) {
                try {
                    dsg.getContext().set(TextQuery.textIndex, TextIndexes.openForQueries(TextIndexes.folder(db)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot open the text index of " + db, e);
                }
            }
        }
    }

    /** Closes a database opened by {@link #open} and its index reader, once nothing reads it any more. */
    static void release(DatasetGraph dsg) {
        synchronized (dsg) {
            if (dsg.getContext().get(TextQuery.textIndex) instanceof TextIndex index) {
                dsg.getContext().remove(TextQuery.textIndex);
                index.close();
            }
        }
        TDBInternal.expel(dsg);
    }
}
