package org.w3id.hpkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code hpkg export} of the whole store in every format, read back with RDF4J's parsers and compared with
 * the store; the default export's description graph (one plan's graph: {@link ExportRoundTripTest}).
 */
class ExportRoundTripIT {

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
        assertEquals(0, ExportRoundTripTest.run("export", "--store", CorpusStore.dir().toString(), "--out", file.toString(), "--no-description"));
        Model got = ExportRoundTripTest.read(file, format);
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
    void givenTheDefaultExport_whenRead_thenTheVoidDescriptionIsItsOwnGraph() throws Exception {
        Path file = tmp.resolve("hpkg.nq");
        assertEquals(0, ExportRoundTripTest.run("export", "--store", CorpusStore.dir().toString(), "--out", file.toString()));
        Model got = ExportRoundTripTest.read(file, RDFFormat.NQUADS);
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
}
