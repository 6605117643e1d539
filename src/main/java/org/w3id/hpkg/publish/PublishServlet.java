package org.w3id.hpkg.publish;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
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

    /** Sends an RDF graph or, for browsers, the HTML {@code page}; 406 when none of the forms is acceptable. */
    protected void send(HttpServletRequest req, HttpServletResponse resp, Graph graph, java.util.function.Supplier<String> page)
            throws IOException {
        Optional<Representation> chosen = Representation.choose(req);
        resp.addHeader("Vary", "Accept");
        if (chosen.isEmpty()) {
            text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "Not acceptable: ask for text/turtle, application/ld+json, application/n-triples, "
                            + "application/rdf+xml or text/html.");
            return;
        }
        Representation r = chosen.get();
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(r.contentType());
        if (r == Representation.HTML) {
            byte[] body = page.get().getBytes(StandardCharsets.UTF_8);
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
            return;
        }
        OutputStream out = resp.getOutputStream();
        r.write(graph, site.contextIri(), out);
        out.flush();
    }

    protected static void text(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
