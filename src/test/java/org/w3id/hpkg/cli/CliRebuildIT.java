package org.w3id.hpkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hpkg.cli.CliTest.hpkg;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.hpkg.export.ExportFormat;

/**
 * {@code hpkg rebuild} of the seed corpus as a user runs it, end to end, and {@code hpkg export} of the whole
 * store it built in every format (the other subcommands, on the shared store: {@link CliTest}).
 */
class CliRebuildIT {

    @TempDir
    static Path tmp;

    static Path store;

    @BeforeAll
    static void rebuild() {
        store = tmp.resolve("store");
        CliTest.Run run = hpkg("rebuild", "--store", store.toString(), "--corpus", "data/corpus", "--no-progress");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("documents: 4 loaded, 1 degraded, 0 quarantined, 0 skipped"), run.out());
        assertTrue(run.out().contains("tasks: 154"), run.out());
        // where the time went, phase by phase, in the order they ran
        assertTrue(run.out().matches("(?s).*\n  time: load tables [0-9.]+ s, shapes [0-9.]+ s, .*extract and load [0-9.]+ s, "
                + "finish indexes [0-9.]+ s, links [0-9.]+ s, text index [0-9.]+ s, switch [0-9.]+ s\n.*"), run.out());
    }

    /** JSON-LD refers to the published @context by IRI; its round trip is tested with that context in publish. */
    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = "JSONLD", mode = EnumSource.Mode.EXCLUDE)
    void everyExportFormatParsesBackToTheSameGraph(ExportFormat format) throws Exception {
        Path file = tmp.resolve("export." + format.name().toLowerCase());
        CliTest.Run run = hpkg("export", "--store", store.toString(), "--format", format.name().toLowerCase(), "--out", file.toString());
        assertEquals(0, run.code(), run.err());
        Dataset parsed = DatasetFactory.create();
        RDFParser.source(file).lang(format.lang()).parse(parsed.asDatasetGraph());
        Path nq = tmp.resolve("reference-" + format + ".nq");
        assertEquals(0, hpkg("export", "--store", store.toString(), "--format", "nq", "--out", nq.toString()).code());
        Dataset reference = RDFDataMgr.loadDataset(nq.toString());
        long union = reference.asDatasetGraph().getUnionGraph().size();
        if (format.quads()) {
            assertEquals(reference.asDatasetGraph().stream().count(), parsed.asDatasetGraph().stream().count());
        } else {
            assertEquals(union, parsed.getDefaultModel().size());
        }
    }
}
