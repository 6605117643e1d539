package org.w3id.hpkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.rdf.HP;

/** {@code serve --base}: a store built for a partner's host is served under that host's IRIs. */
class ServeBaseIT {

    private static final String PARTNER = "https://partner.example/hpkg/id/";

    @Test
    void givenAStoreBuiltWithAPartnerBase_whenServedWithThatBase_thenIdPathsMapToItAndPagesLinkToThePartnerHost()
            throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node graph = NodeFactory.createURI(PARTNER + "graph/plan");
        Node doc = NodeFactory.createURI(PARTNER + "doc/plan");
        Node task = NodeFactory.createURI(PARTNER + "doc/plan/task/1");
        Txn.executeWrite(dsg, () -> {
            dsg.add(graph, doc, RDF.Nodes.type, HP.PolicyDocument);
            dsg.add(graph, doc, RDFS.Nodes.label, NodeFactory.createLiteralString("某市卫生健康工作要点"));
            dsg.add(graph, task, RDF.Nodes.type, HP.Task);
            dsg.add(graph, task, HP.document, doc);
        });
        // as in an hpkg store: the default graph of queries is the union of the named graphs
        dsg.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        Dataset dataset = DatasetFactory.wrap(dsg);
        assertTrue(FusekiLauncher.checkBase(dataset, PARTNER).isEmpty());
        assertTrue(FusekiLauncher.checkBase(dataset, HP.DEFAULT_BASE).isPresent(), "a wrong base is worth a warning");
        try (HpkgServer server = FusekiLauncher.start(dataset, ServeOptions.builder().port(0).base(PARTNER).build())) {
            assertEquals("https://partner.example/hpkg/", server.root());
            assertEquals("https://partner.example/hpkg/sparql", server.sparqlEndpoint());
            String local = "http://127.0.0.1:" + server.port() + "/";
            HttpResponse<String> turtle = Http.get(local + "id/doc/plan/task/1", "application/n-triples");
            assertEquals(200, turtle.statusCode());
            assertTrue(turtle.body().contains("<" + task.getURI() + "> <" + HP.document.getURI() + "> <" + doc.getURI() + ">"));
            HttpResponse<String> html = Http.get(local + "id/doc/plan/task/1", "text/html");
            assertTrue(html.body().contains("href=\"" + doc.getURI() + "\""), "links use the partner's host");
            assertEquals(404, Http.get(local + "id/doc/other", "text/turtle").statusCode());
        }
    }
}
