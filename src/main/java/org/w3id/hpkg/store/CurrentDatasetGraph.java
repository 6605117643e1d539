package org.w3id.hpkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.IriMinter;

/**
 * The store's current database for a long-running reader such as the SPARQL server. Every transaction
 * starts on the database that {@code CURRENT} names at that moment and stays on it until it ends, so a
 * rebuild that switches the store mid-query is seen by the next query, never halfway through one.
 * The default graph is the union of the named graphs, as everywhere in hpkg, also after updates: a
 * statement written to the default graph (a SPARQL update without {@code GRAPH}) goes into the named
 * graph {@code <base>graph/updates}, and so into the union; one deleted from the default graph is deleted
 * from there. The database's own default graph holds the rebuild's bookkeeping and is never written here.
 */
public final class CurrentDatasetGraph extends DatasetGraphWrapper {

    /** An open database and the number of transactions running on it. */
    private record Opened(Path db, DatasetGraph dsg, AtomicInteger active) {}

    private final StoreLayout layout;
    private final Node updates;
    private final ThreadLocal<Opened> pinned = new ThreadLocal<>();
    private volatile Opened latest;

    private CurrentDatasetGraph(StoreLayout layout, Opened first) {
        super(first.dsg(), first.dsg().getContext().copy());
        this.layout = layout;
        this.latest = first;
        String base = GraphNames.storeBase(DatasetFactory.wrap(first.dsg())).orElse(HP.DEFAULT_BASE);
        this.updates = new IriMinter(base).updatesGraph();
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
        return new Opened(db, GraphStore.open(db), new AtomicInteger());
    }

    /** The database in use: the transaction's own, else the most recently opened. */
    @Override
    protected DatasetGraph get() {
        Opened own = pinned.get();
        return own != null ? own.dsg() : latest.dsg();
    }

    /**
     * The database a new transaction should use, opening it if a rebuild switched the store, and counted
     * as in use before anyone can retire it. A database the store has moved away from is closed as soon
     * as its last transaction ends.
     */
    private synchronized Opened enter() {
        try {
            Path db = layout.current();
            if (db != null && !db.equals(latest.db())) {
                Opened previous = latest;
                latest = connect(db);
                if (previous.active().get() == 0) {
                    release(previous);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        latest.active().incrementAndGet();
        return latest;
    }

    private synchronized void leave(Opened used) {
        if (used.active().decrementAndGet() == 0 && used != latest) {
            release(used);
        }
    }

    private static void release(Opened old) {
        GraphStore.release(old.dsg());
    }

    @Override
    public void begin(TxnType type) {
        Opened used = enter();
        try {
            used.dsg().begin(type);
        } catch (RuntimeException e) {
            leave(used);
            throw e;
        }
        pinned.set(used);
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
        Opened used = pinned.get();
        if (used == null) {
            return;
        }
        try {
            used.dsg().end();
        } finally {
            pinned.remove();
            leave(used);
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
        Opened own = pinned.get();
        return own != null && own.dsg().isInTransaction();
    }

    /** The context of the database in use: its text index and settings follow the switch. */
    @Override
    public org.apache.jena.sparql.util.Context getContext() {
        return get().getContext();
    }

    @Override
    public Graph getDefaultGraph() {
        return UnionDefaultGraph.of(get());
    }

    /** Where a statement written to {@code graph} goes: the updates graph for the default graph. */
    private Node written(Node graph) {
        return graph == null || Quad.isDefaultGraph(graph) ? updates : graph;
    }

    @Override
    public void add(Quad quad) {
        get().add(written(quad.getGraph()), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        get().add(written(g), s, p, o);
    }

    @Override
    public void delete(Quad quad) {
        get().delete(written(quad.getGraph()), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        get().delete(written(g), s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        get().deleteAny(written(g), s, p, o);
    }
}
