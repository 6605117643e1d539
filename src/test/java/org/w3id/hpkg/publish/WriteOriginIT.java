package org.w3id.hpkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, point 9 with updates allowed: a page of another site cannot write with the browser's cached
 * password (a form needs no preflight, so the server refuses it by its {@code Origin}); a trusted origin
 * can, with credentialed CORS; and every write makes a new version for caching.
 */
class WriteOriginIT {

    private static final String TRUSTED = "https://editor.example";
    private static final String GRAPH = "urn:hpkg-test:written";

    @TempDir
    Path tmp;

    private static HttpResponse<String> formUpdate(String url, String origin, String update) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor:s3cret"
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(Http.form("update", update)));
        if (origin != null) {
            r.header("Origin", origin);
        }
        return Http.send(r.build());
    }

    @Test
    void givenUpdatesAllowed_whenAFormComesFromAnotherSite_thenRefused_andATrustedOriginWrites() throws Exception {
        Path passwd = tmp.resolve("passwd");
        Files.writeString(passwd, "editor: s3cret\n");
        Dataset dataset = DatasetFactory.createTxnMem();
        try (HpkgServer server = FusekiLauncher.start(dataset, ServeOptions.builder().port(0).allowUpdate(true)
                .passwordFile(passwd).trustedOrigins(List.of(TRUSTED)).build())) {
            String update = server.sparqlEndpoint() + "/update";
            String home = server.root();
            String before = Http.get(home + "ontology", "text/turtle").headers().firstValue("ETag").orElseThrow();
            assertEquals("no-cache", Http.get(home + "ontology", "text/turtle").headers().firstValue("Cache-Control")
                    .orElse(""), "with updates allowed, every answer is revalidated");

            HttpResponse<String> evil = formUpdate(update, "http://evil.example",
                    "INSERT DATA { GRAPH <" + GRAPH + "> { <urn:a> <urn:b> \"evil\" } }");
            assertEquals(403, evil.statusCode(), evil.body());
            assertFalse(Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().containsGraph(NodeFactory.createURI(GRAPH))));

            HttpResponse<String> trusted = formUpdate(update, TRUSTED,
                    "INSERT DATA { GRAPH <" + GRAPH + "> { <urn:a> <urn:b> \"trusted\" } }");
            assertTrue(trusted.statusCode() == 200 || trusted.statusCode() == 204, trusted.body());
            HttpResponse<String> tool = formUpdate(update, null,
                    "INSERT DATA { GRAPH <" + GRAPH + "> { <urn:a> <urn:b> \"curl\" } }");
            assertTrue(tool.statusCode() == 200 || tool.statusCode() == 204, "clients without Origin are not browsers");
            assertEquals(2L, (long) Txn.calculateRead(dataset, () -> dataset.asDatasetGraph()
                    .getGraph(NodeFactory.createURI(GRAPH)).size()));
            assertNotEquals(before, Http.get(home + "ontology", "text/turtle").headers().firstValue("ETag").orElseThrow(),
                    "a write makes a new version");

            HttpResponse<String> preflight = Http.send(HttpRequest.newBuilder(URI.create(update))
                    .header("Origin", TRUSTED).header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
            assertEquals("true", preflight.headers().firstValue("Access-Control-Allow-Credentials").orElse(""));
            assertEquals(TRUSTED, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            HttpResponse<String> other = Http.send(HttpRequest.newBuilder(URI.create(update))
                    .header("Origin", "http://evil.example").header("Access-Control-Request-Method", "POST")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
            assertTrue(other.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
            assertEquals(1, other.headers().allValues("Access-Control-Allow-Origin").size(), "one policy answers");
        }
    }
}
