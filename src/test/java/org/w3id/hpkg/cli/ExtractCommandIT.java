package org.w3id.hpkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.export.ExportFormat;
import org.w3id.hpkg.export.Exporter;
import org.w3id.hpkg.store.GraphStore;

/**
 * {@code hpkg extract} in shards, then Jena's bulk loader on its files, gives the graph that
 * {@code hpkg rebuild} builds: the same sorted N-Quads as {@code hpkg export --no-description}.
 */
class ExtractCommandIT {

    @TempDir
    Path tmp;

    @Test
    void givenTheCorpusExtractedInTwoShards_whenJenaLoadsTheFiles_thenTheGraphIsTheRebuiltOne() throws Exception {
        Path store = tmp.resolve("store");
        assertEquals(0, CliTest.hpkg("rebuild", "--store", store.toString(), "--corpus", "data/corpus", "--no-progress").code());
        Path out = tmp.resolve("extracted");
        CliTest.Run first = CliTest.hpkg("extract", "--corpus", "data/corpus", "--out", out.toString(), "--shard", "1/2");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("documents: 2 loaded, 0 degraded, 0 skipped"), first.out());
        CliTest.Run last = CliTest.hpkg("extract", "--corpus", "data/corpus", "--out", out.toString(), "--shard", "2/2");
        assertEquals(0, last.code(), last.err());
        assertTrue(last.out().contains("documents: 2 loaded, 1 degraded, 0 skipped"), last.out());
        CliTest.Run finish = CliTest.hpkg("extract", "--out", out.toString(), "--finish");
        assertEquals(0, finish.code(), finish.err());
        assertEquals(List.of("part-1-of-2.indicators.tsv", "part-1-of-2.nq", "part-1-of-2.plans.tsv",
                "part-2-of-2.indicators.tsv", "part-2-of-2.nq", "part-2-of-2.plans.tsv", "shared.nq"), files(out));

        Dataset rebuilt = GraphStore.openCurrent(store);
        Dataset loaded = loadedByJena(out);
        try {
            List<String> expected = sortedNQuads(rebuilt);
            assertTrue(expected.size() > 5000, expected.size() + " quads");
            // Jena's loader labels blank nodes (the ontology's class expressions) afresh: the quads with one
            // are compared as a graph, every other quad as its N-Quads line
            List<String> actual = sortedNQuads(loaded);
            assertSameLines(withoutBlankNodes(expected), withoutBlankNodes(actual));
            assertTrue(IsoMatcher.isomorphic(parsed(expected), parsed(actual)), "the same dataset");
        } finally {
            GraphStore.close(rebuilt);
            TDBInternal.expel(loaded.asDatasetGraph());
        }
    }

    private static DatasetGraph parsed(List<String> nquads) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(String.join("\n", nquads), Lang.NQUADS).parse(dsg);
        return dsg;
    }

    private static List<String> withoutBlankNodes(List<String> lines) {
        return lines.stream().filter(line -> !line.startsWith("_:") && !line.contains(" _:")).toList();
    }

    /** Equal lists, or a message with the first lines that differ (not the whole lists). */
    private static void assertSameLines(List<String> expected, List<String> actual) {
        List<String> missing = expected.stream().filter(l -> !actual.contains(l)).limit(3).toList();
        List<String> extra = actual.stream().filter(l -> !expected.contains(l)).limit(3).toList();
        assertEquals(expected.size(), actual.size(), "missing " + missing + ", extra " + extra);
        assertTrue(missing.isEmpty() && extra.isEmpty() && expected.equals(actual), "missing " + missing + ", extra " + extra);
    }

    @Test
    void givenOneRun_thenItWritesOnePartAndTheSharedGraphs_andTheSameBytesAgain() throws Exception {
        Path out = tmp.resolve("one");
        CliTest.Run run = CliTest.hpkg("extract", "--corpus", "data/corpus", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("part-1-of-1.indicators.tsv", "part-1-of-1.nq", "part-1-of-1.plans.tsv", "shared.nq"), files(out));
        byte[] part = Files.readAllBytes(out.resolve("part-1-of-1.nq"));
        byte[] shared = Files.readAllBytes(out.resolve("shared.nq"));
        assertEquals(0, CliTest.hpkg("extract", "--corpus", "data/corpus", "--out", out.toString()).code());
        assertArrayEquals(part, Files.readAllBytes(out.resolve("part-1-of-1.nq")), "same input, same bytes");
        assertArrayEquals(shared, Files.readAllBytes(out.resolve("shared.nq")));
    }

    @Test
    void givenAPartMissing_whenFinishing_thenItSaysWhichAndWritesNothing() throws Exception {
        Path out = tmp.resolve("incomplete");
        assertEquals(0, CliTest.hpkg("extract", "--corpus", "data/corpus", "--out", out.toString(), "--shard", "2/3").code());
        CliTest.Run finish = CliTest.hpkg("extract", "--out", out.toString(), "--finish");
        assertEquals(ExitCodes.FAILED, finish.code());
        assertTrue(finish.err().contains("parts missing in " + out + ": part-1-of-3, part-3-of-3"), finish.err());
        assertFalse(Files.exists(out.resolve("shared.nq")));
        assertEquals(ExitCodes.USAGE, CliTest.hpkg("extract", "--out", out.toString(), "--shard", "4/3").code());
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every .nq file of {@code dir} through Jena's bulk loader (the API of tdb2.tdbloader) into a new database. */
    private Dataset loadedByJena(Path dir) throws Exception {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tmp.resolve("jena").toString());
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (format, args) -> { });
        loader.startBulk();
        try (Stream<Path> files = Files.list(dir)) {
            loader.load(files.filter(p -> p.toString().endsWith(".nq")).map(Path::toString).sorted().toList());
        }
        loader.finishBulk();
        return DatasetFactory.wrap(dsg);
    }

    /** As {@code hpkg export --format nq --no-description} writes it, sorted. */
    private static List<String> sortedNQuads(Dataset dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(dataset).export(ExportFormat.NQ, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return List.of(lines);
    }
}
