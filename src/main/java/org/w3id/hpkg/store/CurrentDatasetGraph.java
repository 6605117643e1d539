package org.w3id.hpkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * The store's current database for a long-running reader such as the SPARQL server. Every transaction
 * starts on the database that {@code CURRENT} names at that moment and stays on it until it ends, so a
 * rebuild that switches the store mid-query is seen by the next query, never halfway through one.
 * The default graph is the union of the named graphs, as everywhere in hpkg.
 */
public final class CurrentDatasetGraph extends DatasetGraphWrapper {

    private record Opened(Path db, DatasetGraph dsg) {}

    private final StoreLayout layout;
    private final ThreadLocal<DatasetGraph> pinned = new ThreadLocal<>();
    private volatile Opened latest;

    private CurrentDatasetGraph(StoreLayout layout, Opened first) {
        super(first.dsg(), first.dsg().getContext().copy());
        this.layout = layout;
        this.latest = first;
    }

    public static CurrentDatasetGraph open(Path storeDir) throws IOException {
        StoreLayout layout = new StoreLayout(storeDir);
        Path db = layout.current();
        if (db == null) {
            throw new IOException("no graph in " + layout.dir() + " yet: run 'hpkg rebuild' first");
        }
        return new CurrentDatasetGraph(layout, connect(db));
    }

    private static Opened connect(Path db) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        GraphStore.attachTextIndex(dsg, db);
        return new Opened(db, dsg);
    }

    /** The database in use: the transaction's own, else the most recently opened. */
    @Override
    protected DatasetGraph get() {
        DatasetGraph own = pinned.get();
        return own != null ? own : latest.dsg();
    }

    /** The database a new transaction should use, opening it if a rebuild switched the store. */
    private DatasetGraph current() {
        try {
            Path db = layout.current();
            Opened known = latest;
            if (db != null && !db.equals(known.db())) {
                synchronized (this) {
                    if (!db.equals(latest.db())) {
                        latest = connect(db);
                    }
                }
            }
            return latest.dsg();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void begin(TxnType type) {
        DatasetGraph dsg = current();
        dsg.begin(type);
        pinned.set(dsg);
    }

    @Override
    public void begin(ReadWrite mode) {
        begin(TxnType.convert(mode));
    }

    @Override
    public void begin() {
        begin(TxnType.READ_PROMOTE);
    }

    @Override
    public void end() {
        try {
            get().end();
        } finally {
            pinned.remove();
        }
    }

    @Override
    public void commit() {
        get().commit();
    }

    @Override
    public void abort() {
        get().abort();
    }

    @Override
    public boolean isInTransaction() {
        DatasetGraph own = pinned.get();
        return own != null && own.isInTransaction();
    }

    /** The context of the database in use: its text index and settings follow the switch. */
    @Override
    public org.apache.jena.sparql.util.Context getContext() {
        return get().getContext();
    }

    @Override
    public Graph getDefaultGraph() {
        return get().getUnionGraph();
    }
}
