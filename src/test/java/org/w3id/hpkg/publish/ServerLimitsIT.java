package org.w3id.hpkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The limits that keep a public endpoint available: result cap, request size, concurrent queries. */
class ServerLimitsIT {

    private static final String HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    private static final String JSON = "application/sparql-results+json";

    @Test
    void noQueryReturnsMoreThanTheCap() throws Exception {
        try (HpkgServer server = FusekiLauncher.start(CorpusStore.dataset(),
                ServeOptions.builder().port(0).maxResults(10).build())) {
            HttpResponse<String> all = Http.query(server.sparqlEndpoint(), "SELECT * WHERE { ?s ?p ?o }", "text/csv");
            assertEquals(200, all.statusCode());
            assertEquals(1 + 10, all.body().split("\r\n").length, all.body());
            HttpResponse<String> small = Http.query(server.sparqlEndpoint(), "SELECT * WHERE { ?s ?p ?o } LIMIT 3", "text/csv");
            assertEquals(1 + 3, small.body().split("\r\n").length);
        }
    }

    @Test
    void oversizedRequestsAreRefusedBeforeParsing() throws Exception {
        try (HpkgServer server = FusekiLauncher.start(CorpusStore.dataset(),
                ServeOptions.builder().port(0).maxRequestBytes(1000).build())) {
            String big = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(2000);
            HttpResponse<String> refused = Http.send(HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()))
                    .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(big)).build());
            assertEquals(413, refused.statusCode());
            assertFalse(refused.body().contains("at org."), "no stack trace: " + refused.body());
            HttpResponse<String> fine = Http.send(HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()))
                    .header("Content-Type", "application/sparql-query").header("Accept", JSON)
                    .POST(HttpRequest.BodyPublishers.ofString("ASK { ?s ?p ?o }")).build());
            assertEquals(200, fine.statusCode());
        }
    }

    @Test
    void queriesBeyondTheConcurrencyBoundAreTurnedAwayThenServed() throws Exception {
        try (HpkgServer server = FusekiLauncher.start(CorpusStore.dataset(), ServeOptions.builder().port(0)
                .maxConcurrentQueries(1).queueWait(Duration.ofMillis(200)).queryTimeout(Duration.ofSeconds(3)).build())) {
            CompletableFuture<HttpResponse<String>> heavy = CompletableFuture.supplyAsync(() -> {
                try {
                    return Http.query(server.sparqlEndpoint(), HEAVY, JSON);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            HttpResponse<String> busy = null;
            for (int i = 0; i < 50 && (busy == null || busy.statusCode() != 503) && !heavy.isDone(); i++) {
                busy = Http.query(server.sparqlEndpoint(), "ASK { ?s ?p ?o }", JSON);
            }
            assertEquals(503, busy.statusCode(), "a second query while the only slot is taken");
            assertTrue(busy.body().contains("busy"), busy.body());
            assertEquals(503, heavy.get().statusCode(), "the heavy query is stopped by its timeout");
            assertEquals(200, Http.query(server.sparqlEndpoint(), "ASK { ?s ?p ?o }", JSON).statusCode());
        }
    }
}
