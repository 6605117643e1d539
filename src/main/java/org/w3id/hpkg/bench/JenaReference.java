package org.w3id.hpkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.hpkg.export.ExportFormat;
import org.w3id.hpkg.export.Exporter;
import org.w3id.hpkg.store.GraphStore;
import org.w3id.hpkg.store.StoreLayout;

/**
 * Jena's bulk loaders alone, on the rebuilt store's data, as the rebuild's references: the phased loader on
 * the dump of every quad the database holds (the reference until now), then the phased and the parallel
 * loader on the exported N-Quads (what a partner receives and an operator would load instead of
 * rebuilding). Each loads into a new database of the work folder, deleted afterwards unless kept.
 */
final class JenaReference {

    private final BenchOptions options;
    private final PrintStream log;

    JenaReference(BenchOptions options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    /** Times the three loads of the rebuilt {@code store}; each must load as many quads as it was given. */
    BenchReport.JenaLoads measure(Path store, Checks checks) throws IOException {
        Path work = options.work().toAbsolutePath();
        Path dump = work.resolve("store-" + options.docs() + ".nq");
        log.printf("dumping the database as N-Quads: %s%n", dump);
        long storeQuads = dump(store, dump);
        long storeLoad = timedLoad(dump, "phased", storeQuads, "the store holds", checks);
        Path exported = work.resolve("export-" + options.docs() + ".nq");
        log.printf("exporting the graph as N-Quads (hpkg export --format nq --no-description): %s%n", exported);
        long exportQuads = export(store, exported);
        BenchReport.JenaLoads jena = new BenchReport.JenaLoads(storeQuads, storeLoad, exportQuads,
                timedLoad(exported, "phased", exportQuads, "the export holds", checks),
                timedLoad(exported, "parallel", exportQuads, "the export holds", checks));
        if (!options.keep()) {
            Files.deleteIfExists(dump);
            Files.deleteIfExists(exported);
        }
        return jena;
    }

    /** Writes every quad of the store as N-Quads; returns how many. */
    private static long dump(Path store, Path file) throws IOException {
        Dataset dataset = GraphStore.openCurrent(store);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            return Txn.calculateRead(dataset, () -> {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                writer.start();
                long n = 0;
                var quads = dataset.asDatasetGraph().find();
                while (quads.hasNext()) {
                    writer.quad(quads.next());
                    n++;
                }
                writer.finish();
                return n;
            });
        } finally {
            GraphStore.close(dataset);
        }
    }

    /** The graph as {@code hpkg export --format nq} writes it; returns how many quads. */
    private static long export(Path store, Path file) throws IOException {
        Dataset dataset = GraphStore.openCurrent(store);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            new Exporter(dataset).export(ExportFormat.NQ, out);
        } finally {
            GraphStore.close(dataset);
        }
        return lines(file);
    }

    /** The lines of an N-Quads file: its quads (a line break inside a literal is written escaped). */
    private static long lines(Path file) throws IOException {
        long n = 0;
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** Jena's {@code loader} ("phased" or "parallel") alone on {@code file}; returns the milliseconds. */
    private long timedLoad(Path file, String loader, long expected, String holds, Checks checks) throws IOException {
        log.printf("Jena bulk load (%s loader) of %,d quads from %s%n", loader, expected, file.getFileName());
        Path db = options.work().toAbsolutePath().resolve("jena-" + loader + "-" + file.getFileName());
        StoreLayout.deleteTree(db);
        long[] loaded = load(file, db, loader);
        log.printf("  %.1f s%n", loaded[0] / 1000.0);
        checks.check(loaded[1] == expected, "Jena's %s loader loaded %,d quads from %s, %s %,d", loader, loaded[1],
                file.getFileName(), holds, expected);
        if (!options.keep()) {
            StoreLayout.deleteTree(db);
        }
        return loaded[0];
    }

    /** Jena's bulk loader, the API behind {@code tdb2.tdbloader}; returns {millis, quads}. */
    private static long[] load(Path dump, Path db, String loaderName) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        try {
            DataLoader loader = loaderName.equals("parallel") ? LoaderFactory.parallelLoader(dsg, (format, args) -> { })
                    : LoaderFactory.phasedLoader(dsg, (format, args) -> { });
            long started = System.nanoTime();
            loader.startBulk();
            loader.load(dump.toString());
            loader.finishBulk();
            long millis = (System.nanoTime() - started) / 1_000_000;
            return new long[] {millis, loader.countQuads() + loader.countTriples()};
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
