package org.w3id.hpkg.store;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Builds a new TDB2 database beside the current one with Jena's bulk loader (the API behind
 * {@code tdb2.tdbloader}), then either switches the store to it or throws it away. Nothing the
 * builder does touches the current database.
 */
public final class DatabaseBuilder implements AutoCloseable {

    private final StoreLayout layout;
    private final Path db;
    private final DatasetGraph dsg;
    private final DataLoader loader;
    private boolean finished;
    private boolean committed;

    private DatabaseBuilder(StoreLayout layout, Path db) {
        this.layout = layout;
        this.db = db;
        this.dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        this.loader = LoaderFactory.phasedLoader(dsg, (format, args) -> { });
        loader.startBulk();
    }

    public static DatabaseBuilder create(StoreLayout layout) throws IOException {
        return new DatabaseBuilder(layout, layout.newDatabase());
    }

    /** Where quads for the new database go; use from one thread. */
    public StreamRDF sink() {
        return loader.stream();
    }

    public Path database() {
        return db;
    }

    /** The new database, for work in ordinary transactions once the bulk load has finished. */
    public DatasetGraph dataset() {
        if (!finished) {
            throw new IllegalStateException("finish the load before using the dataset");
        }
        return dsg;
    }

    /** Completes the bulk load; returns the number of quads in the new database. */
    public long finish() {
        loader.finishBulk();
        finished = true;
        return loader.countQuads() + loader.countTriples();
    }

    /** Makes the new database current. */
    public void commit() throws IOException {
        if (!finished) {
            throw new IllegalStateException("finish the load before committing");
        }
        TDBInternal.expel(dsg);
        layout.switchTo(db);
        committed = true;
    }

    /** Abandons the new database unless it was committed. */
    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        if (!finished) {
            try {
                loader.finishException(new IOException("rebuild abandoned"));
            } catch (RuntimeException ignored) {
                // the loader may already be broken; the folder is deleted below either way
            }
        }
        TDBInternal.expel(dsg, true);
        StoreLayout.deleteTree(db);
    }
}
