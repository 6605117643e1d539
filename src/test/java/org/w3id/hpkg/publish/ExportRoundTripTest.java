package org.w3id.hpkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hpkg.cli.HpkgCommand;
import org.w3id.hpkg.export.JsonLdContext;
import org.w3id.hpkg.rdf.HP;
import picocli.CommandLine;

/** {@code hpkg export} in every format, read back with RDF4J's parsers and compared with the store. */
class ExportRoundTripTest {

    @TempDir
    Path tmp;

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("hpkg.ttl", RDFFormat.TURTLE, false),
                Arguments.of("hpkg.trig", RDFFormat.TRIG, true),
                Arguments.of("hpkg.nt", RDFFormat.NTRIPLES, false),
                Arguments.of("hpkg.nq.gz", RDFFormat.NQUADS, true),
                Arguments.of("hpkg.jsonld", RDFFormat.JSONLD, true),
                Arguments.of("hpkg.rdf.gz", RDFFormat.RDFXML, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void givenTheStore_whenExported_thenRdf4jReadsBackAnIsomorphicGraph(String name, RDFFormat format, boolean quads)
            throws Exception {
        Path file = tmp.resolve(name);
        assertEquals(0, run("export", "--store", CorpusStore.dir().toString(), "--out", file.toString(), "--no-description"));
        Model got = read(file, format);
        Dataset dataset = CorpusStore.dataset();
        Model expected = Txn.calculateRead(dataset, () -> {
            List<Quad> all = new ArrayList<>();
            if (quads) {
                dataset.asDatasetGraph().findNG(null, null, null, null).forEachRemaining(q -> {
                    if (!org.w3id.hpkg.store.GraphNames.isBookkeeping(q.getGraph())) { // never exported
                        all.add(q);
                    }
                });
            } else {
                org.w3id.hpkg.store.UnionDefaultGraph.of(dataset.asDatasetGraph()).find()
                        .forEachRemaining(t -> all.add(Quad.create(Quad.defaultGraphIRI, t)));
            }
            return Rdf4j.model(all, quads);
        });
        assertTrue(expected.size() > 1000);
        assertEquals(expected.contexts(), got.contexts(), "named graphs");
        for (Resource context : expected.contexts()) {
            Model e = expected.filter(null, null, null, context);
            Model g = got.filter(null, null, null, context);
            assertEquals(e.size(), g.size(), "statements in " + context);
            assertTrue(Models.isomorphic(e, g), name + ": graph " + context + " is not isomorphic to the store's");
        }
        if (name.endsWith(".gz")) {
            try (InputStream in = Files.newInputStream(file)) {
                assertEquals(0x1f, in.read());
                assertEquals(0x8b, in.read());
            }
        }
    }

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
        assertTrue(expected.size() > 500);
        assertTrue(Models.isomorphic(new org.eclipse.rdf4j.model.impl.LinkedHashModel(expected.filter(null, null, null)),
                new org.eclipse.rdf4j.model.impl.LinkedHashModel(got)), "the JSON-LD and N-Quads exports differ");
    }

    @Test
    void givenTheDefaultExport_whenRead_thenTheVoidDescriptionIsItsOwnGraph() throws Exception {
        Path file = tmp.resolve("hpkg.nq");
        assertEquals(0, run("export", "--store", CorpusStore.dir().toString(), "--out", file.toString()));
        Model got = read(file, RDFFormat.NQUADS);
        Resource voidGraph = org.eclipse.rdf4j.model.util.Values.iri("https://w3id.org/hpkg/.well-known/void");
        assertTrue(got.contexts().contains(voidGraph), "no description graph in " + got.contexts());
        Model description = got.filter(null, null, null, voidGraph);
        String triples = Models.objectLiteral(description.filter(org.eclipse.rdf4j.model.util.Values.iri(
                "https://w3id.org/hpkg/id/dataset"), org.eclipse.rdf4j.model.util.Values.iri(
                VoidDescription.VOID + "triples"), null)).orElseThrow().getLabel();
        Dataset dataset = CorpusStore.dataset();
        long distinct = Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.create(
                    "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } "
                    + "FILTER (?g != <https://w3id.org/hpkg/id/graph/manifest>) } }", dataset)) {
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
        assertEquals(distinct, Long.parseLong(triples));
        assertTrue(description.contains(null, org.eclipse.rdf4j.model.util.Values.iri(VoidDescription.DCAT + "mediaType"),
                org.eclipse.rdf4j.model.util.Values.iri("https://www.iana.org/assignments/media-types/application/n-quads")));
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

    private static int run(String... args) {
        return HpkgCommand.commandLine().execute(args);
    }

    private static Model read(Path file, RDFFormat format) throws Exception {
        ParserConfig config = new ParserConfig(); // JSON-LD exports inline their context: nothing to load
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return Rdf4j.parse(in, format, config);
        }
    }
}
