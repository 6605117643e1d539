package org.w3id.hpkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.cli.HpkgCommand;
import org.w3id.hpkg.export.JsonLdContext;
import org.w3id.hpkg.rdf.HP;
import picocli.CommandLine;

/**
 * {@code hpkg export} of one plan's graph, read back with RDF4J's parsers and compared with the store (the
 * whole store in every format: {@link ExportRoundTripIT}).
 */
class ExportRoundTripTest {

    @TempDir
    Path tmp;

    @Test
    void givenJsonLd_whenExported_thenTheContextIsInlinedAndAnOfflineReaderGetsTheGraph() throws Exception {
        Path file = tmp.resolve("hpkg.jsonld");
        assertEquals(0, run("export", "--store", CorpusStore.dir().toString(), "--out", file.toString(), "--graph",
                "000_2c24e101aae37e8e"));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        jakarta.json.JsonObject json = jakarta.json.Json.createReader(new java.io.StringReader(text)).readObject();
        assertEquals(JsonLdContext.document().get("@context"), json.get("@context"), "the published context, inlined");
        assertTrue(text.contains("\"leadBody\"") || text.contains("\"document\""), "compacted with the context's terms");
        // RDF4J with no document loader: nothing is fetched, and the graph is all there
        Model got;
        try (InputStream in = Files.newInputStream(file)) {
            got = Rdf4j.parse(in, RDFFormat.JSONLD, new ParserConfig());
        }
        Path nq = tmp.resolve("one.nq");
        assertEquals(0, run("export", "--store", CorpusStore.dir().toString(), "--out", nq.toString(), "--graph",
                "000_2c24e101aae37e8e"));
        Model expected = read(nq, RDFFormat.NQUADS);
        Dataset dataset = CorpusStore.dataset();
        Node graph = NodeFactory.createURI(HP.DEFAULT_BASE + "graph/000_2c24e101aae37e8e");
        long stored = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getGraph(graph).size());
        assertEquals(stored, expected.size(), "every statement of the plan's graph, once");
        assertTrue(Models.isomorphic(new org.eclipse.rdf4j.model.impl.LinkedHashModel(expected.filter(null, null, null)),
                new org.eclipse.rdf4j.model.impl.LinkedHashModel(got)), "the JSON-LD and N-Quads exports differ");
    }

    @Test
    void givenOneDocument_whenExportedByItsFileName_thenOnlyItsGraphIsWritten() throws Exception {
        Path file = tmp.resolve("one.trig");
        assertEquals(0, run("export", "--store", CorpusStore.dir().toString(), "--out", file.toString(), "--graph",
                "001_6b944289bbc3a505.txt"));
        Model got = read(file, RDFFormat.TRIG);
        Node graph = NodeFactory.createURI(HP.DEFAULT_BASE + "graph/001_6b944289bbc3a505");
        Dataset dataset = CorpusStore.dataset();
        Model expected = Txn.calculateRead(dataset, () -> Rdf4j.model(
                () -> dataset.asDatasetGraph().find(graph, Node.ANY, Node.ANY, Node.ANY), true));
        assertEquals(Set.of(org.eclipse.rdf4j.model.util.Values.iri(graph.getURI())), got.contexts());
        assertTrue(Models.isomorphic(expected, got));
    }

    @Test
    void givenAnUnknownDocument_whenExported_thenTheMessageListsTheGraphs() {
        StringWriter err = new StringWriter();
        CommandLine cli = HpkgCommand.commandLine();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("export", "--store", CorpusStore.dir().toString(), "--out", tmp.resolve("x.nq").toString(),
                "--graph", "no-such-plan");
        assertEquals(1, code);
        assertTrue(err.toString().contains("no graph 'no-such-plan'") && err.toString().contains("graph/gazetteer"),
                err.toString());
    }

    static int run(String... args) {
        return HpkgCommand.commandLine().execute(args);
    }

    static Model read(Path file, RDFFormat format) throws Exception {
        ParserConfig config = new ParserConfig(); // JSON-LD exports inline their context: nothing to load
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return Rdf4j.parse(in, format, config);
        }
    }
}
