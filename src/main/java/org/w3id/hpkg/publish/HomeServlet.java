package org.w3id.hpkg.publish;

import static org.w3id.hpkg.publish.HtmlRenderer.esc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.w3id.hpkg.export.ExportFormat;
import org.w3id.hpkg.rdf.HP;

/** {@code GET /}: where to start: the endpoint, the documents, the ontology, the description and the dumps. */
final class HomeServlet extends PublishServlet {

    HomeServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!req.getRequestURI().equals(req.getContextPath() + "/")) {
            text(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: " + req.getRequestURI()
                    + " (start at / for what this server offers).");
            return;
        }
        sendHtml(req, resp, "-home", this::page);
    }

    private String page() {
        String root = site.root();
        StringBuilder body = new StringBuilder();
        body.append("<h1>hpkg</h1>\n<p>A knowledge graph of Chinese health-commission work plans (卫生健康工作要点).</p>\n")
                .append("<h2>SPARQL</h2>\n<p>Endpoint: <code>").append(esc(site.sparqlEndpoint()))
                .append("</code> (SPARQL 1.1 protocol, GET or POST; the default graph is the union of all graphs; ")
                .append("Graph Store Protocol reads at <code>").append(esc(site.sparqlEndpoint()))
                .append("?graph=IRI</code>). <a href=\"").append(esc(root)).append("query\">Query page</a>.</p>\n")
                .append("<h2>Documents</h2>\n<ul>\n");
        Txn.executeRead(site.dataset(), () -> {
            try (QueryExecution exec = QueryExecution.create("PREFIX hp: <" + HP.NS + ">\n"
                    + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                    + "SELECT ?d (SAMPLE(?l) AS ?label) WHERE { ?d a hp:PolicyDocument OPTIONAL { ?d rdfs:label ?l } } "
                    + "GROUP BY ?d ORDER BY ?d", site.dataset())) {
                exec.execSelect().forEachRemaining(row -> {
                    String iri = row.getResource("d").getURI();
                    String label = row.contains("label") ? row.getLiteral("label").getLexicalForm() : iri;
                    body.append("<li><a href=\"").append(esc(site.paths().href(iri))).append("\">").append(esc(label))
                            .append("</a></li>\n");
                });
            }
        });
        body.append("</ul>\n<h2>More</h2>\n<ul>\n<li><a href=\"").append(esc(root)).append("ontology\">Ontology</a></li>\n")
                .append("<li><a href=\"").append(esc(root)).append(".well-known/void\">Dataset description (VoID, DCAT)</a></li>\n")
                .append("<li><a href=\"").append(esc(root)).append("context.jsonld\">JSON-LD context</a></li>\n")
                .append("<li>Dumps:");
        for (ExportFormat f : ExportFormat.values()) {
            body.append(" <a href=\"").append(esc(root)).append("dump/hpkg.").append(f.extension()).append("\">")
                    .append(f.extension()).append("</a>");
        }
        body.append("</li>\n</ul>\n");
        ServeOptions o = site.options();
        body.append("<h2 id=\"result-limit\">Limits</h2>\n<p>A query returns at most ").append(o.maxResults())
                .append(" rows or triples: a larger or missing LIMIT is lowered to it, and the response then carries the header <code>")
                .append(ResultLimit.HEADER).append("</code> and, in JSON and XML results, a link to this section. ")
                .append("Page with LIMIT and OFFSET for more. A query is stopped after ")
                .append(o.queryTimeout().toMillis() / 1000.0).append(" s.</p>\n");
        return site.html().page("hpkg", body.toString());
    }
}
