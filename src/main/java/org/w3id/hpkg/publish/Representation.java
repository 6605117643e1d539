package org.w3id.hpkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import java.io.OutputStream;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.hpkg.export.JsonLdWriter;

/**
 * The forms a described resource is served in, chosen by the {@code Accept} header (or by a
 * {@code ?format=} parameter, handy in a browser's address bar). Turtle is the default for clients that
 * accept anything.
 */
public enum Representation {
    TURTLE("ttl", "text/turtle"),
    JSONLD("jsonld", "application/ld+json"),
    NTRIPLES("nt", "application/n-triples"),
    RDFXML("rdf", "application/rdf+xml"),
    HTML("html", "text/html");

    /** Offered in this order, so that {@code *}{@code /*} gets Turtle. */
    private static final AcceptList OFFER = AcceptList.create("text/turtle", "application/ld+json",
            "application/n-triples", "application/rdf+xml", "text/html", "application/xhtml+xml", "application/json",
            "text/plain", "application/xml");

    private final String parameter;

    /** The {@code format=} value that asks for this form; also the variant named in its ETag. */
    public String parameter() {
        return parameter;
    }

    private final String mediaType;

    Representation(String parameter, String mediaType) {
        this.parameter = parameter;
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The {@code Content-Type} header value. */
    public String contentType() {
        return this == HTML || this == TURTLE || this == NTRIPLES ? mediaType + "; charset=utf-8" : mediaType;
    }

    /** What the request asks for; empty when it accepts none of the forms (406). */
    public static Optional<Representation> choose(HttpServletRequest request) {
        String format = request.getParameter("format");
        if (format != null) {
            for (Representation r : values()) {
                if (r.parameter.equalsIgnoreCase(format) || r.name().equalsIgnoreCase(format)) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(TURTLE);
        }
        MediaType chosen;
        try {
            // Jena's negotiation: the client's list (with its q-values) first, then what the server offers
            chosen = AcceptList.match(new AcceptList(accept), OFFER);
        } catch (RuntimeException e) {
            return Optional.of(TURTLE);
        }
        if (chosen == null) {
            return Optional.empty();
        }
        return Optional.of(switch (chosen.getContentTypeStr()) {
            case "application/ld+json", "application/json" -> JSONLD;
            case "application/n-triples", "text/plain" -> NTRIPLES;
            case "application/rdf+xml", "application/xml" -> RDFXML;
            case "text/html", "application/xhtml+xml" -> HTML;
            default -> TURTLE;
        });
    }

    /** Writes an RDF description (not for {@link #HTML}). */
    public void write(Graph graph, String contextIri, OutputStream out) {
        switch (this) {
            case TURTLE -> RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY);
            case NTRIPLES -> RDFDataMgr.write(out, graph, RDFFormat.NTRIPLES);
            case RDFXML -> RDFDataMgr.write(out, graph, RDFFormat.RDFXML_PLAIN);
            case JSONLD -> JsonLdWriter.write(DatasetGraphFactory.wrap(graph), contextIri, out);
            case HTML -> throw new IllegalArgumentException("HTML is rendered, not serialized");
        }
    }
}
