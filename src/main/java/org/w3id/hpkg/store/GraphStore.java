package org.w3id.hpkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.w3id.hpkg.text.HighlightFunction;
import org.w3id.hpkg.text.TextIndexes;

/**
 * Opens the current database of a store for queries. The default graph is the union of all named
 * graphs, as the ontology contract says, from the CLI and the endpoint alike. The database's text index
 * ({@code db-N/text-index}, built with it and switched with it) is attached, so that queries can use
 * {@code text:query}; a database without one (built by an older hpkg) opens without.
 */
public final class GraphStore {

    /** One index reader per database folder and process. */
    private static final Map<Path, TextIndex> INDEXES = new ConcurrentHashMap<>();

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

    /** Whether the current database of a store has a text index (stores built before it existed have none). */
    public static boolean hasTextIndex(Path storeDir) throws IOException {
        Path db = new StoreLayout(storeDir).current();
        return db != null && TextIndexes.exists(db);
    }

    static Dataset open(Path db) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        if (!UnionDefaultGraph.isStored(db)) {
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        }
        attachTextIndex(dsg, db);
        return DatasetFactory.wrap(dsg);
    }

    /**
     * Attaches a database's text index, if it has one. The index is read-only, so it is attached through
     * the context (where text:query looks first) rather than with TextDatasetFactory's wrapper, whose
     * write-through indexing would join every TDB2 transaction and register itself again each time the
     * database is opened.
     */
    static void attachTextIndex(DatasetGraph dsg, Path db) {
        if (!TextIndexes.exists(db)) {
            return;
        }
        HighlightFunction.register();
        TextIndex index = INDEXES.computeIfAbsent(db.toAbsolutePath().normalize(), p -> {
            try {
                return TextIndexes.openForQueries(TextIndexes.folder(p));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the text index of " + p, e);
            }
        });
        dsg.getContext().set(TextQuery.textIndex, index);
    }

    /** Closes a database's index reader once nothing reads that database any more. */
    static void releaseTextIndex(Path db) {
        TextIndex index = INDEXES.remove(db.toAbsolutePath().normalize());
        if (index != null) {
            index.close();
        }
    }
}
