package org.w3id.hpkg.publish;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the linked-data servlets: content negotiation, plain error pages, and a guarantee that no
 * exception reaches the client as a stack trace (it is logged; the client gets a one-line message).
 */
abstract class PublishServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(PublishServlet.class);

    protected final transient Site site;

    PublishServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        try {
            super.service(req, resp);
        } catch (RuntimeException | IOException | ServletException e) {
            LOG.warn("{} {} failed: {}", req.getMethod(), req.getRequestURI(), e.toString());
            if (!resp.isCommitted()) {
                resp.reset();
                text(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                        "Internal error while answering this request; the server log has the details.");
            }
        }
    }

    /**
     * Sends an RDF graph or, for browsers, the HTML {@code page}, with caching headers (the variant is the
     * form chosen plus {@code variant}, e.g. a page number); 304 when the client's copy is current, 406 when
     * none of the forms is acceptable. The graph and the page are only made when they are sent.
     */
    protected void send(HttpServletRequest req, HttpServletResponse resp, String variant, Supplier<Graph> graph,
            Supplier<String> page) throws IOException {
        Optional<Representation> chosen = Representation.choose(req);
        resp.addHeader("Vary", "Accept");
        if (chosen.isEmpty()) {
            text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "Not acceptable: ask for text/turtle, application/ld+json, application/n-triples, "
                            + "application/rdf+xml or text/html.");
            return;
        }
        Representation r = chosen.get();
        if (site.notModified(req, resp, r.parameter() + variant)) {
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(r.contentType());
        if (r == Representation.HTML) {
            byte[] body = page.get().getBytes(StandardCharsets.UTF_8);
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
        r.write(graph.get(), site.contextIri(), body);
        resp.setContentLength(body.size());
        body.writeTo(resp.getOutputStream());
    }

    /** Sends a page that is the same in every form asked for (the home page, the query page). */
    protected void sendHtml(HttpServletRequest req, HttpServletResponse resp, String variant, Supplier<String> page)
            throws IOException {
        if (site.notModified(req, resp, "html" + variant)) {
            return;
        }
        byte[] body = page.get().getBytes(StandardCharsets.UTF_8);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** TRACE would echo the request, credentials included: never offered. */
    @Override
    protected void doTrace(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        text(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method not allowed: TRACE.");
    }

    protected static void text(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
