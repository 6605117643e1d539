package org.w3id.hpkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write endpoints behind basic auth, and the query timeout (the options alone: {@link ServeOptionsTest}). */
class ServeUpdateAndTimeoutIT {

    private static final String SCRATCH = "urn:hpkg-test:scratch";
    private static final String INSERT = "INSERT DATA { GRAPH <" + SCRATCH + "> { <urn:a> <urn:b> \"written\" } }";
    private static final String ASK = "ASK { GRAPH <" + SCRATCH + "> { <urn:a> <urn:b> \"written\" } }";

    @TempDir
    Path tmp;

    @Test
    void givenUpdatesAllowed_whenSentWithoutOrWithWrongOrWithRightCredentials_thenOnlyTheRightOnesWrite() throws Exception {
        Path passwd = tmp.resolve("passwd");
        Files.writeString(passwd, "editor: s3cret\n");
        Dataset dataset = CorpusStore.dataset();
        try (HpkgServer server = FusekiLauncher.start(dataset,
                ServeOptions.builder().port(0).allowUpdate(true).passwordFile(passwd).build())) {
            String update = server.sparqlEndpoint() + "/update";
            HttpResponse<String> anonymous = Http.post(update, "application/sparql-update", INSERT, null, null, null);
            assertEquals(401, anonymous.statusCode());
            HttpResponse<String> wrong = Http.post(update, "application/sparql-update", INSERT, null, "editor", "guess");
            assertEquals(401, wrong.statusCode());
            assertFalse(ask(server));

            HttpResponse<String> right = Http.post(update, "application/sparql-update", INSERT, null, "editor", "s3cret");
            assertTrue(right.statusCode() == 200 || right.statusCode() == 204, "answered " + right.statusCode());
            assertTrue(ask(server), "the update is visible to queries");

            HttpResponse<String> anonymousPut = Http.send(HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()
                    + "/data?graph=" + SCRATCH)).header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> .")).build());
            assertEquals(401, anonymousPut.statusCode());

            HttpResponse<String> query = Http.query(server.sparqlEndpoint(), "ASK {}", "application/sparql-results+json");
            assertEquals(200, query.statusCode(), "queries stay open to everyone");
        } finally {
            Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(SCRATCH)));
        }
        assertFalse(Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().containsGraph(NodeFactory.createURI(SCRATCH))));
    }

    private static boolean ask(HpkgServer server) throws Exception {
        HttpResponse<String> r = Http.query(server.sparqlEndpoint(), ASK, "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        return Json.createReader(new StringReader(r.body())).readObject().getBoolean("boolean");
    }

    @Test
    void givenAOneSecondTimeout_whenAHeavyQueryRuns_thenItIsStoppedAndLightQueriesStillAnswer() throws Exception {
        try (HpkgServer server = FusekiLauncher.start(CorpusStore.dataset(),
                ServeOptions.builder().port(0).queryTimeout(Duration.ofSeconds(1)).build())) {
            String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            long started = System.nanoTime();
            CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return Http.query(server.sparqlEndpoint(), heavy, "application/sparql-results+json");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            HttpResponse<String> light = Http.query(server.sparqlEndpoint(), "ASK { ?s ?p ?o }", "application/sparql-results+json");
            assertEquals(200, light.statusCode(), "a light query is answered while the heavy one runs");
            HttpResponse<String> stopped = running.get();
            double seconds = (System.nanoTime() - started) / 1e9;
            assertEquals(503, stopped.statusCode(), "the heavy query should time out: " + stopped.body());
            assertTrue(seconds < 20, "stopped only after " + seconds + " s");
            assertFalse(stopped.body().contains("Exception"), stopped.body());
        }
    }
}
