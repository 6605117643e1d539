package org.w3id.hpkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.library.QueryLibrary;
import org.w3id.hpkg.rdf.HP;

/** {@code hpkg serve} over real HTTP: the SPARQL protocol, dereferenceable IRIs, the description, CORS, errors. */
class ServeIT {

    private static final String TASKS = "PREFIX hp: <" + HP.NS + "> SELECT ?t WHERE { ?t a hp:Task } ORDER BY ?t";

    static HpkgServer server;
    static Dataset dataset;
    static String endpoint;
    static String task;

    @BeforeAll
    static void start() {
        dataset = CorpusStore.dataset();
        server = FusekiLauncher.start(dataset, ServeOptions.builder().port(0).build());
        endpoint = server.sparqlEndpoint();
        task = Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.create("PREFIX hp: <" + HP.NS + "> SELECT ?t WHERE { "
                    + "?t a hp:Task ; hp:hasTarget ?x ; hp:leadBody ?b ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?s } "
                    + "ORDER BY ?t LIMIT 1", dataset)) {
                return exec.execSelect().next().getResource("t").getURI();
            }
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> tasksInStore() {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.create(TASKS, dataset)) {
                List<String> tasks = new java.util.ArrayList<>();
                exec.execSelect().forEachRemaining(r -> tasks.add(r.getResource("t").getURI()));
                return tasks;
            }
        });
    }

    @Test
    void givenTheServer_whenLoopbackIsTheDefault_thenItListensOnALoopbackPort() {
        assertTrue(server.port() > 0);
        assertTrue(server.root().startsWith("http://127.0.0.1:" + server.port() + "/"), server.root());
    }

    @Test
    void givenASelect_whenAskedForJson_thenTheBindingsAreTheStoresTasks() throws Exception {
        HttpResponse<String> r = Http.query(endpoint, TASKS, "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        JsonObject json = Json.createReader(new StringReader(r.body())).readObject();
        List<String> got = json.getJsonObject("results").getJsonArray("bindings").stream()
                .map(b -> b.asJsonObject().getJsonObject("t").getString("value")).toList();
        List<String> expected = tasksInStore();
        assertFalse(expected.isEmpty());
        assertEquals(expected, got);
    }

    @Test
    void givenASelect_whenAskedForCsv_thenOneLinePerTask() throws Exception {
        HttpResponse<String> r = Http.query(endpoint, TASKS, "text/csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = r.body().lines().toList();
        assertEquals("t", lines.get(0));
        assertEquals(tasksInStore(), lines.subList(1, lines.size()));
    }

    @Test
    void givenTheLibrarysSearch_whenSentToTheEndpoint_thenTheWordsAreMarkedByHpfHighlight() throws Exception {
        String search = QueryLibrary.standard().get("search-tasks")
                .withParameters(java.util.Map.of("query", "慢性病", "within", "", "year", "")).serialize();
        HttpResponse<String> r = Http.query(endpoint, search, "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        List<String> lines = r.body().lines().toList();
        assertEquals("score,region,file,task,label,due,dueFrom,match", lines.get(0));
        assertTrue(lines.size() > 1 && lines.stream().skip(1).allMatch(l -> l.contains("«慢性病»")), r.body());
    }

    @Test
    void givenASelect_whenPostedAndAskedForXml_thenTheXmlResultsHoldEveryTask() throws Exception {
        HttpResponse<String> r = Http.post(endpoint, "application/sparql-query", TASKS,
                "application/sparql-results+xml", null, null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+xml"));
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        var uris = xml.getElementsByTagName("uri");
        List<String> got = new java.util.ArrayList<>();
        for (int i = 0; i < uris.getLength(); i++) {
            got.add(uris.item(i).getTextContent());
        }
        assertEquals(tasksInStore(), got);
    }

    @Test
    void givenAFormPostedQuery_whenAsking_thenTheAnswerIsTrue() throws Exception {
        HttpResponse<String> r = Http.post(endpoint, "application/x-www-form-urlencoded",
                Http.form("query", "ASK { <" + task + "> a <" + HP.NS + "Task> }"), "application/sparql-results+json", null, null);
        assertEquals(200, r.statusCode());
        assertTrue(Json.createReader(new StringReader(r.body())).readObject().getBoolean("boolean"));
    }

    @Test
    void givenAConstruct_whenAskedForTurtle_thenTheGraphEqualsTheSameConstructRunLocally() throws Exception {
        String construct = "PREFIX hp: <" + HP.NS + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "CONSTRUCT { ?t a hp:Task ; rdfs:label ?l ; hp:leadBody ?b } WHERE { ?t a hp:Task ; rdfs:label ?l "
                + "OPTIONAL { ?t hp:leadBody ?b } }";
        HttpResponse<String> r = Http.query(endpoint, construct, "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph got = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(got);
        Model expected = Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.create(construct, dataset)) {
                return exec.execConstruct();
            }
        });
        assertTrue(expected.size() > 100, "the construct should match many triples");
        assertTrue(got.isIsomorphicWith(expected.getGraph()), "served CONSTRUCT differs from the local one");
    }

    @Test
    void givenATaskIri_whenDereferencedAsTurtle_thenItsOwnTriplesAndTheLabelsOfWhatItLinksToComeBack() throws Exception {
        HttpResponse<String> r = Http.get(server.root() + "id/" + task.substring(HP.DEFAULT_BASE.length()), "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph got = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(got);
        Node t = NodeFactory.createURI(task);
        Set<Triple> own = new HashSet<>();
        Set<Node> linked = new HashSet<>();
        Txn.executeRead(dataset, () -> dataset.asDatasetGraph().getUnionGraph().find(t, Node.ANY, Node.ANY)
                .forEachRemaining(tr -> {
                    own.add(tr);
                    if (tr.getObject().isURI()) {
                        linked.add(tr.getObject());
                    }
                }));
        assertTrue(own.size() > 5);
        for (Triple tr : own) {
            assertTrue(got.contains(tr), "missing own triple " + tr);
        }
        Node lead = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getUnionGraph()
                .find(t, HP.leadBody, Node.ANY).next().getObject());
        assertTrue(linked.contains(lead));
        assertTrue(got.contains(lead, RDFS.Nodes.label, Node.ANY), "the lead body's label is missing");
        assertEquals(Set.of(), got.find(Node.ANY, Node.ANY, t).toSet(), "incoming links are for the HTML page only");
    }

    @Test
    void givenATaskIri_whenDereferencedAsJsonLd_thenRdf4jReadsTheSameGraphAsTheTurtle() throws Exception {
        String url = server.root() + "id/" + task.substring(HP.DEFAULT_BASE.length());
        HttpResponse<String> jsonld = Http.get(url, "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        String context = Json.createReader(new StringReader(jsonld.body())).readObject().getString("@context");
        assertEquals(server.root() + "context.jsonld", context);
        HttpResponse<byte[]> served = Http.getBytes(context);
        assertEquals(200, served.statusCode());
        var fromJsonLd = Rdf4j.parse(new ByteArrayInputStream(jsonld.body().getBytes(StandardCharsets.UTF_8)),
                RDFFormat.JSONLD, Rdf4j.jsonLdSettings(context, served.body()));
        HttpResponse<String> turtle = Http.get(url, "text/turtle");
        var fromTurtle = Rio.parse(new StringReader(turtle.body()), url, RDFFormat.TURTLE);
        assertTrue(fromTurtle.size() > 5);
        assertTrue(org.eclipse.rdf4j.model.util.Models.isomorphic(fromTurtle, fromJsonLd),
                "JSON-LD and Turtle descriptions differ");
    }

    @Test
    void givenATaskIri_whenABrowserAsks_thenAnHtmlPageLinksTheRelatedResourcesAndShowsTheSourceText() throws Exception {
        HttpResponse<String> r = Http.get(server.root() + "id/" + task.substring(HP.DEFAULT_BASE.length()),
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = r.body();
        Node t = NodeFactory.createURI(task);
        String[] facts = Txn.calculateRead(dataset, () -> {
            Graph u = dataset.asDatasetGraph().getUnionGraph();
            String label = u.find(t, RDFS.Nodes.label, Node.ANY).next().getObject().getLiteralLexicalForm();
            String doc = u.find(t, HP.document, Node.ANY).next().getObject().getURI();
            Node span = u.find(t, ResourceDescriber.WAS_DERIVED_FROM, Node.ANY).next().getObject();
            String text = u.find(span, HP.text, Node.ANY).next().getObject().getLiteralLexicalForm();
            return new String[] {label, doc, text};
        });
        assertTrue(html.contains("<h1>" + HtmlRenderer.esc(facts[0]) + "</h1>"), "no title");
        assertTrue(html.contains("href=\"" + HtmlRenderer.esc(server.root() + "id/" + facts[1].substring(HP.DEFAULT_BASE.length())) + "\""),
                "no link to the document");
        assertTrue(html.contains("<blockquote>" + HtmlRenderer.esc(facts[2]) + "</blockquote>"), "no source text");
    }

    @Test
    void givenAPercentEncodedChineseIri_whenDereferenced_thenItIsFound() throws Exception {
        String org = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getUnionGraph()
                .find(NodeFactory.createURI(task), HP.leadBody, Node.ANY).next().getObject().getURI());
        String path = org.substring(HP.DEFAULT_BASE.length());
        assertTrue(path.codePoints().anyMatch(c -> c > 0x2E80), "expected a Chinese name in " + org);
        String encoded = URI.create("http://x/" + path).toASCIIString().substring("http://x/".length());
        HttpResponse<String> r = Http.get(server.root() + "id/" + encoded, "application/n-triples");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<" + org + ">"));
    }

    @Test
    void givenAnUnknownIri_whenDereferenced_thenNotFound() throws Exception {
        HttpResponse<String> r = Http.get(server.root() + "id/doc/no-such-document/task/1", "text/turtle");
        assertEquals(404, r.statusCode());
        HttpResponse<String> past = Http.get(server.root() + "id/" + task.substring(HP.DEFAULT_BASE.length()) + "9999",
                "text/html");
        assertEquals(404, past.statusCode());
    }

    @Test
    void givenAGraphName_whenDereferenced_thenRedirectedToTheGraphStoreProtocol() throws Exception {
        String graph = task.substring(0, task.indexOf("/task/")).replace("/doc/", "/graph/");
        HttpResponse<String> r = Http.get(server.root() + "id/" + graph.substring(HP.DEFAULT_BASE.length()), "text/turtle");
        assertEquals(303, r.statusCode());
        String location = r.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> g = Http.get(location, "application/n-triples");
        assertEquals(200, g.statusCode());
        long expected = Txn.calculateRead(dataset, () -> (long) dataset.asDatasetGraph().getGraph(NodeFactory.createURI(graph)).size());
        assertEquals(expected, g.body().lines().filter(l -> !l.isBlank()).count());
    }

    @Test
    void givenAnAcceptNoFormatMatches_whenDereferenced_thenNotAcceptable() throws Exception {
        HttpResponse<String> r = Http.get(server.root() + "id/" + task.substring(HP.DEFAULT_BASE.length()), "image/png");
        assertEquals(406, r.statusCode());
    }

    @Test
    void givenTheOntologyNamespace_whenDereferenced_thenTheOntologyIsServed() throws Exception {
        HttpResponse<String> r = Http.get(server.root() + "ontology", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        assertTrue(g.contains(HP.Task, org.apache.jena.vocabulary.RDF.Nodes.type, org.apache.jena.vocabulary.OWL.Class.asNode()));
        HttpResponse<String> html = Http.get(server.root() + "ontology", "text/html");
        assertTrue(html.body().contains("<section id=\"Task\">"), "classes get anchors");
    }

    @Test
    void givenTheWellKnownVoid_whenFetched_thenCountsAndDumpSizesMatchTheStore() throws Exception {
        HttpResponse<String> r = Http.get(server.root() + ".well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        String v = VoidDescription.VOID;
        Node ds = NodeFactory.createURI(HP.DEFAULT_BASE + "dataset");
        long triples = Long.parseLong(g.find(ds, NodeFactory.createURI(v + "triples"), Node.ANY).next().getObject()
                .getLiteralLexicalForm());
        long distinct = Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.create("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } "
                    + "FILTER (?g != <https://w3id.org/hpkg/id/graph/manifest>) } }", dataset)) {
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
        assertEquals(distinct, triples);
        assertTrue(g.contains(ds, NodeFactory.createURI(v + "sparqlEndpoint"), NodeFactory.createURI(endpoint)));
        Node partition = NodeFactory.createURI(HP.DEFAULT_BASE + "dataset#class-hp-Task");
        assertTrue(g.contains(ds, NodeFactory.createURI(v + "classPartition"), partition));
        long tasks = Long.parseLong(g.find(partition, NodeFactory.createURI(v + "entities"), Node.ANY).next().getObject()
                .getLiteralLexicalForm());
        assertEquals(tasksInStore().size(), tasks);
        Node ttl = NodeFactory.createURI(HP.DEFAULT_BASE + "dataset#dump-ttl");
        long size = Long.parseLong(g.find(ttl, NodeFactory.createURI(VoidDescription.DCAT + "byteSize"), Node.ANY).next()
                .getObject().getLiteralLexicalForm());
        HttpResponse<byte[]> dump = Http.getBytes(server.root() + "dump/hpkg.ttl");
        assertEquals(200, dump.statusCode());
        assertEquals(size, dump.body().length);
        assertTrue(g.contains(ds, NodeFactory.createURI(v + "exampleResource"), Node.ANY));
    }

    @Test
    void givenABrowserClientOnAnotherOrigin_whenItQueries_thenCorsAllowsIt() throws Exception {
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(endpoint + "?query=ASK%7B%7D"))
                .header("Origin", "http://yasgui.example").header("Accept", "application/sparql-results+json").GET().build());
        assertEquals(200, r.statusCode());
        assertEquals("http://yasgui.example", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> preflight = Http.send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Origin", "http://yasgui.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertTrue(preflight.statusCode() < 300, "preflight answered " + preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }

    @Test
    void givenBadRequests_whenAnswered_thenNoStackTraceReachesTheClient() throws Exception {
        HttpResponse<String> bad = Http.query(endpoint, "SELEC * WHERE { ?s ?p ?o }", "application/sparql-results+json");
        assertEquals(400, bad.statusCode());
        HttpResponse<String> missing = Http.get(server.root() + "no/such/page", "text/html");
        assertEquals(404, missing.statusCode());
        HttpResponse<String> dump = Http.get(server.root() + "dump/hpkg.exe", null);
        assertEquals(404, dump.statusCode());
        for (HttpResponse<String> r : List.of(bad, missing, dump)) {
            assertFalse(r.body().contains("\tat ") || r.body().contains("at org.") || r.body().contains("Exception"),
                    "stack trace leaked: " + r.body());
        }
    }

    @Test
    void givenTheDefaultReadOnlyServer_whenAnUpdateIsSent_thenItIsRefusedAndNothingChanges() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:hpkg-test:intruder> { <urn:a> <urn:b> <urn:c> } }";
        for (String url : List.of(endpoint, endpoint + "/update", endpoint + "/data")) {
            HttpResponse<String> r = Http.post(url, "application/sparql-update", update, null, null, null);
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, url + " answered " + r.statusCode());
        }
        HttpResponse<String> put = Http.send(HttpRequest.newBuilder(URI.create(endpoint + "?graph=urn:hpkg-test:intruder"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertNotEquals(200, put.statusCode());
        assertNotEquals(201, put.statusCode());
        assertNotEquals(204, put.statusCode());
        // the refused body was never read: the client must not reuse the connection (see RefusedBodyFilter)
        assertEquals("close", put.headers().firstValue("Connection").orElse(""));
        assertFalse(Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().containsGraph(
                NodeFactory.createURI("urn:hpkg-test:intruder"))));
    }
}
