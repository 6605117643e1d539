package org.w3id.hpkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.rdf.HP;

/**
 * An independent client against the live endpoint: Comunica (npm {@code @comunica/query-sparql}, installed
 * in {@code src/test/comunica} by {@code npm ci}, as {@code .ci/run} does) runs queries through
 * {@code hpkg serve} and must get what Jena gets from the store. Skipped when node or the packages are missing.
 */
class ComunicaClientIT {

    private static final Path CLIENT = Path.of("src/test/comunica");

    private static boolean nodeAvailable() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<String> comunica(String endpoint, String query) throws Exception {
        Process p = new ProcessBuilder("node", "query.mjs", endpoint, query).directory(CLIENT.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "comunica did not finish");
        assertEquals(0, p.exitValue(), "comunica failed: " + out);
        List<String> rows = new ArrayList<>();
        out.lines().forEach(l -> rows.add(Json.createReader(new StringReader(l)).readObject().getString("x")));
        return rows;
    }

    private static List<String> jena(Dataset dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.create(query, dataset)) {
                List<String> rows = new ArrayList<>();
                exec.execSelect().forEachRemaining(r -> rows.add(r.get("x").isLiteral()
                        ? r.getLiteral("x").getLexicalForm() : r.getResource("x").getURI()));
                return rows;
            }
        });
    }

    @Test
    void givenTheLiveEndpoint_whenComunicaQueriesIt_thenItGetsWhatJenaGetsFromTheStore() throws Exception {
        assumeTrue(nodeAvailable(), "node is not installed");
        assumeTrue(Files.isDirectory(CLIENT.resolve("node_modules/@comunica/query-sparql")),
                "run 'npm ci' in src/test/comunica first");
        Dataset dataset = CorpusStore.dataset();
        try (HpkgServer server = FusekiLauncher.start(dataset, ServeOptions.builder().port(0).build())) {
            String hp = "PREFIX hp: <" + HP.NS + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
            for (String query : new String[] {
                hp + "SELECT ?x WHERE { ?t a hp:Task ; hp:leadBody/rdfs:label ?x } ORDER BY ?x",
                hp + "SELECT ?x WHERE { ?x a hp:Indicator } ORDER BY ?x",
                hp + "SELECT (COUNT(*) AS ?x) WHERE { ?t hp:hasTarget ?g . ?g hp:unit \"%\" }",
                "SELECT ?x WHERE { ?x a <http://www.w3.org/ns/org#Organization> } ORDER BY ?x"}) {
                List<String> expected = jena(dataset, query);
                assertTrue(!expected.isEmpty() && !expected.get(0).equals("0"), "a query that finds something: " + query);
                assertEquals(expected, comunica(server.sparqlEndpoint(), query), query);
            }
        }
    }
}
