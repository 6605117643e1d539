package org.w3id.hpkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code GET /id/…}: the description of {@code <base>…} as Turtle, JSON-LD, N-Triples, RDF/XML or an HTML
 * page, with the links pointing at it in pages ({@code ?page=2}; Hydra paging terms in the data and
 * {@code Link} headers, RFC 8288). A graph name redirects (303) to the graph through the Graph Store
 * Protocol; the dataset's IRI ({@code <base>dataset}) is its VoID description; an IRI the graph says
 * nothing about is 404, and so is the build's bookkeeping graph.
 */
final class ResourceServlet extends PublishServlet {

    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

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
        int page = page(req.getParameter("page"));
        if (page < 1) {
            text(resp, HttpServletResponse.SC_BAD_REQUEST, "Bad request: page must be a whole number from 1.");
            return;
        }
        if (iri.equals(site.voidDescription(java.util.Map.of()).datasetIri().getURI())) {
            VoidServlet.sendDescription(this, site, req, resp);
            return;
        }
        Optional<ResourceDescriber.Description> found = site.describer().describe(iri, page);
        if (found.isEmpty()) {
            if (site.describer().isGraphName(iri)) {
                resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
                resp.setHeader("Location", site.sparqlEndpoint() + "?graph=" + URLEncoder.encode(iri, StandardCharsets.UTF_8));
                return;
            }
            text(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: the graph says nothing about <" + iri + ">.");
            return;
        }
        ResourceDescriber.Description d = found.get();
        if (page > d.pages()) {
            text(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: <" + iri + "> has " + d.pages()
                    + " page(s) of incoming links.");
            return;
        }
        String here = site.paths().href(iri);
        links(resp, here, d);
        send(req, resp, page == 1 ? "" : "-p" + page, () -> paging(here, d), () -> site.html().resource(d, here));
    }

    /** The page asked for: 1 when none, 0 when not a page number. */
    private static int page(String value) {
        if (value == null) {
            return 1;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String pageUrl(String here, int page) {
        return page == 1 ? here : here + "?page=" + page;
    }

    private static void links(HttpServletResponse resp, String here, ResourceDescriber.Description d) {
        if (d.pages() == 1) {
            return;
        }
        List<String> links = new ArrayList<>();
        links.add("<" + pageUrl(here, 1) + ">; rel=\"first\"");
        if (d.page() > 1) {
            links.add("<" + pageUrl(here, d.page() - 1) + ">; rel=\"prev\"");
        }
        if (d.page() < d.pages()) {
            links.add("<" + pageUrl(here, d.page() + 1) + ">; rel=\"next\"");
        }
        links.add("<" + pageUrl(here, d.pages()) + ">; rel=\"last\"");
        resp.setHeader("Link", String.join(", ", links));
    }

    /** The description with, when the incoming links take several pages, where the others are (Hydra). */
    private static Graph paging(String here, ResourceDescriber.Description d) {
        Graph g = d.graph();
        if (d.pages() == 1) {
            return g;
        }
        g.getPrefixMapping().setNsPrefix("hydra", HYDRA);
        Node view = NodeFactory.createURI(pageUrl(here, d.page()));
        g.add(view, RDF.Nodes.type, hydra("PartialCollectionView"));
        g.add(view, hydra("totalItems"), NodeFactory.createLiteralDT(Long.toString(d.incomingTotal()),
                XSDDatatype.XSDnonNegativeInteger));
        g.add(view, hydra("first"), NodeFactory.createURI(pageUrl(here, 1)));
        g.add(view, hydra("last"), NodeFactory.createURI(pageUrl(here, d.pages())));
        if (d.page() > 1) {
            g.add(view, hydra("previous"), NodeFactory.createURI(pageUrl(here, d.page() - 1)));
        }
        if (d.page() < d.pages()) {
            g.add(view, hydra("next"), NodeFactory.createURI(pageUrl(here, d.page() + 1)));
        }
        return g;
    }

    private static Node hydra(String local) {
        return NodeFactory.createURI(HYDRA + local);
    }
}
