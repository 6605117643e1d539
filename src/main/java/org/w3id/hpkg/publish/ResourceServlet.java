package org.w3id.hpkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code GET /id/…}: the description of {@code <base>…} as Turtle, JSON-LD, N-Triples, RDF/XML or an HTML
 * page. A graph name redirects (303) to the graph through the Graph Store Protocol; an IRI the graph
 * says nothing about is 404.
 */
final class ResourceServlet extends PublishServlet {

    ResourceServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String prefix = req.getContextPath() + "/id/";
        String raw = req.getRequestURI();
        if (!raw.startsWith(prefix) || raw.length() == prefix.length()) {
            text(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: resources are served at /id/<path>.");
            return;
        }
        String iri = site.paths().iriFor(raw.substring(prefix.length()));
        Optional<ResourceDescriber.Description> description = site.describer().describe(iri);
        if (description.isEmpty()) {
            if (site.describer().isGraphName(iri)) {
                resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
                resp.setHeader("Location", site.sparqlEndpoint() + "?graph=" + URLEncoder.encode(iri, StandardCharsets.UTF_8));
                return;
            }
            text(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: the graph says nothing about <" + iri + ">.");
            return;
        }
        ResourceDescriber.Description d = description.get();
        send(req, resp, d.graph(), () -> site.html().resource(d));
    }
}
