package org.w3id.hpkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.hpkg.rdf.Prefixes;

/**
 * The SPARQL 1.1 Service Description of the endpoint, sent to RDF clients that {@code GET /sparql} without a
 * query: the endpoint, the languages and result formats it supports, that its default graph is the union
 * of the named graphs, and the dataset it serves (described at {@code /.well-known/void}).
 */
final class ServiceDescription {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private ServiceDescription() {}

    static Graph describe(String endpoint, Node dataset, boolean updates, long maxResults, long timeoutMillis) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Prefixes.map().getMapping());
        g.getPrefixMapping().setNsPrefix("sd", SD).setNsPrefix("void", VoidDescription.VOID);
        Node service = NodeFactory.createURI(endpoint + "#service");
        g.add(service, RDF.Nodes.type, sd("Service"));
        g.add(service, sd("endpoint"), NodeFactory.createURI(endpoint));
        g.add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
        if (updates) {
            g.add(service, sd("supportedLanguage"), sd("SPARQL11Update"));
        }
        g.add(service, sd("feature"), sd("UnionDefaultGraph"));
        g.add(service, sd("feature"), sd("BasicFederatedQuery"));
        for (String format : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"}) {
            g.add(service, sd("resultFormat"), NodeFactory.createURI(FORMATS + format));
        }
        Node description = NodeFactory.createBlankNode("dataset");
        g.add(service, sd("defaultDataset"), description);
        g.add(description, RDF.Nodes.type, sd("Dataset"));
        g.add(description, NodeFactory.createURI(VoidDescription.VOID + "inDataset"), dataset);
        Node defaultGraph = NodeFactory.createBlankNode("default");
        g.add(description, sd("defaultGraph"), defaultGraph);
        g.add(defaultGraph, RDF.Nodes.type, sd("Graph"));
        g.add(service, RDFS.Nodes.comment, NodeFactory.createLiteralLang("A query returns at most " + maxResults
                + " rows or triples (a larger or missing LIMIT is lowered, and the response says so in its "
                + ResultLimit.HEADER + " header) and is stopped after " + timeoutMillis / 1000.0 + " s.", "en"));
        return g;
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }

    /** The description for RDF clients, the query page ({@link QueryPage}) for browsers. */
    static final class Servlet extends PublishServlet {

        Servlet(Site site) {
            super(site);
        }

        void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            ServeOptions o = site.options();
            send(req, resp, "-sd", () -> describe(site.sparqlEndpoint(), site.voidDescription(Map.of()).datasetIri(),
                    o.allowUpdate(), o.maxResults(), o.queryTimeout().toMillis()), () -> QueryPage.page(site));
        }
    }
}
