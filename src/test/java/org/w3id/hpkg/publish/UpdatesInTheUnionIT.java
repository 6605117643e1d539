package org.w3id.hpkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.cli.HpkgCommand;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rebuild.RebuildJob;
import org.w3id.hpkg.rebuild.RebuildOptions;
import picocli.CommandLine;

/**
 * The default graph is the union of the named graphs also after the store is written through the server
 * ({@code serve --allow-update}): a SPARQL update, into a named graph or into the default graph, and an
 * {@code hpkg push} from another store are seen by queries without GRAPH and by the {@code /id/} pages.
 */
class UpdatesInTheUnionIT {

    private static final String NOTES = "urn:hpkg-test:notes";
    private static final String PUSHED = "urn:hpkg-test:pushed";
    private static final String INDICATOR = HP.DEFAULT_BASE + "indicator/健康同心专项行动";

    @TempDir
    Path tmp;

    @Test
    void givenUpdatesAndAPushThroughTheServer_thenQueriesWithoutGraphAndIdPagesSeeTheNewData() throws Exception {
        Path passwd = tmp.resolve("passwd");
        Files.writeString(passwd, "editor: s3cret\n");
        Path password = tmp.resolve("password");
        Files.writeString(password, "s3cret\n");
        Path other = otherStore();
        Dataset dataset = CorpusStore.dataset();
        String updates = new IriMinter(HP.DEFAULT_BASE).updatesGraph().getURI();
        try (HpkgServer server = FusekiLauncher.start(dataset,
                ServeOptions.builder().port(0).allowUpdate(true).passwordFile(passwd).build())) {
            String local = "http://127.0.0.1:" + server.port() + "/";
            String sparql = local + "sparql";

            // a statement about a resource of the graph, into a named graph of the partner's own
            update(sparql, "INSERT DATA { GRAPH <" + NOTES + "> { <" + INDICATOR + "> <http://www.w3.org/2000/01/rdf-schema#comment> \"已核对\" } }");
            assertTrue(ask(sparql, "ASK { <" + INDICATOR + "> ?p \"已核对\" }"), "a query without GRAPH sees it");
            assertTrue(page(local, INDICATOR).contains("已核对"), "so does the indicator's page");

            // a statement written to the default graph goes into the updates graph, and so into the union
            String note = HP.DEFAULT_BASE + "note/1";
            update(sparql, "INSERT DATA { <" + note + "> <http://www.w3.org/2000/01/rdf-schema#label> \"一条批注\" }");
            assertTrue(ask(sparql, "ASK { <" + note + "> ?p \"一条批注\" }"));
            assertTrue(ask(sparql, "ASK { GRAPH <" + updates + "> { <" + note + "> ?p \"一条批注\" } }"));
            assertTrue(page(local, note).contains("一条批注"));
            update(sparql, "DELETE DATA { <" + note + "> <http://www.w3.org/2000/01/rdf-schema#label> \"一条批注\" }");
            assertFalse(ask(sparql, "ASK { <" + note + "> ?p ?o }"), "deleted from the default graph, it is gone");
            assertEquals(404, Http.get(local + "id/note/1", "text/turtle").statusCode());

            // hpkg push from another store, through the server's update endpoint
            String pushedDoc = HP.DEFAULT_BASE + "doc/pushed_plan";
            assertFalse(ask(sparql, "ASK { <" + pushedDoc + "> ?p ?o }"));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = HpkgCommand.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            // the default batch: push keeps each request under the server's 1 MB limit by size, though a
            // plan's statements carry its whole text
            int code = cli.execute("push", "--store", other.toString(), "--endpoint", sparql + "/update",
                    "--target-graph", PUSHED, "--user", "editor", "--password-file", password.toString());
            assertEquals(0, code, err.toString());
            assertTrue(ask(sparql, "ASK { <" + pushedDoc + "> a <" + HP.PolicyDocument.getURI() + "> }"),
                    "the pushed plan is seen without GRAPH");
            assertTrue(page(local, pushedDoc).contains("pushed_plan.txt"), "and on its page");
        } finally {
            Txn.executeWrite(dataset, () -> {
                for (String g : new String[] {NOTES, PUSHED, updates}) {
                    dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(g));
                }
            });
        }
    }

    /** A store of one plan, under a file name the corpus store does not have. */
    private Path otherStore() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("other-corpus"));
        Files.copy(Path.of("data/corpus/003_d33a06d2bf67210c.txt"), corpus.resolve("pushed_plan.txt"));
        Path store = tmp.resolve("other-store");
        assertTrue(new RebuildJob(RebuildOptions.builder().corpus(corpus).store(store).threads(1).build(),
                new PrintStream(PrintStream.nullOutputStream())).run().switched());
        return store;
    }

    private static void update(String sparql, String update) throws Exception {
        HttpResponse<String> r = Http.post(sparql + "/update", "application/sparql-update", update, null, "editor", "s3cret");
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, r.statusCode() + " " + r.body());
    }

    private static boolean ask(String sparql, String ask) throws Exception {
        HttpResponse<String> r = Http.query(sparql, ask, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject().getBoolean("boolean");
    }

    /** The resource's page as Turtle, from the server's {@code /id/…} path for it. */
    private static String page(String local, String iri) throws Exception {
        HttpResponse<String> r = Http.get(local + "id/" + iri.substring(HP.DEFAULT_BASE.length()), "text/turtle");
        assertEquals(200, r.statusCode(), iri);
        return r.body();
    }
}
