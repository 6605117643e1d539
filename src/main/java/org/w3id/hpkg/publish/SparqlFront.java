package org.w3id.hpkg.publish;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.w3id.hpkg.store.GraphNames;

/**
 * What stands before Fuseki at {@code /sparql}: the parts of the protocol a partner's client expects and
 * Fuseki answers otherwise. {@code GET /sparql} without a query is the query page for browsers and the
 * Service Description for RDF clients, never the whole dataset (dumps have URLs of their own);
 * {@code OPTIONS} names every method; {@code HEAD} on a query is its {@code GET} without the body; a
 * {@code format} that names an RDF syntax ({@code rdf}, {@code jsonld}, {@code n3}) becomes the matching
 * {@code Accept}; the bookkeeping graph is not found; and a query answered by {@code GET} carries an
 * {@code ETag} of the graph's version, the query and the negotiated headers, so a repeated query is 304.
 */
final class SparqlFront implements Filter {

    /** Values of {@code format}/{@code output} Fuseki knows itself. */
    private static final java.util.Set<String> FUSEKI_FORMATS = java.util.Set.of("json", "xml", "csv", "tsv", "text",
            "thrift", "protobuf");

    private final Site site;
    private final ServiceDescription.Servlet description;

    SparqlFront(Site site) {
        this.site = site;
        this.description = new ServiceDescription.Servlet(site);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String method = req.getMethod();
        boolean query = req.getParameter("query") != null || req.getParameter("update") != null;
        boolean graph = req.getParameter("graph") != null || req.getParameter("default") != null;
        if (method.equals("OPTIONS") && req.getHeader("Access-Control-Request-Method") == null) {
            resp.setHeader("Allow", path.equals("/sparql") || path.equals("/sparql/query")
                    ? "GET, HEAD, POST, OPTIONS" : "GET, HEAD, POST, PUT, DELETE, OPTIONS");
            resp.setStatus(HttpServletResponse.SC_OK);
            return;
        }
        if (req.getParameter("graph") != null
                && GraphNames.isBookkeeping(NodeFactory.createURI(req.getParameter("graph")))) {
            PublishServlet.text(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: no graph <" + req.getParameter("graph") + ">.");
            return;
        }
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (read && !query && !graph && (path.equals("/sparql") || path.equals("/sparql/query"))) {
            description.answer(req, resp);
            return;
        }
        if (read && !query && !graph && path.equals("/sparql/get")) {
            PublishServlet.text(resp, HttpServletResponse.SC_BAD_REQUEST, "Bad request: name a graph (?graph=IRI or "
                    + "?default); the whole dataset is at " + site.root() + "dump/hpkg.nq and the other dumps.");
            return;
        }
        HttpServletRequest forwarded = withFormatAsAccept(req);
        if (read && query) {
            String accept = forwarded.getHeader("Accept");
            resp.addHeader("Vary", "Accept");
            if (site.notModified(req, resp, "q" + DataVersion.sha256(req.getQueryString() + "\n" + accept).substring(0, 20))) {
                return;
            }
        }
        ResultLimit.LinkingResponse linking = new ResultLimit.LinkingResponse(req, method.equals("HEAD") ? bodiless(resp) : resp);
        chain.doFilter(method.equals("HEAD") && query ? asGet(forwarded) : forwarded, linking);
        linking.finish();
    }

    /** {@code format=rdf} and the like, which Fuseki refuses, as the {@code Accept} header they stand for. */
    private static HttpServletRequest withFormatAsAccept(HttpServletRequest req) {
        for (String name : new String[] {"format", "output"}) {
            String value = req.getParameter(name);
            if (value == null || FUSEKI_FORMATS.contains(value.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            Lang lang = RDFLanguages.shortnameToLang(value);
            if (lang == null) {
                lang = RDFLanguages.fileExtToLang(value);
            }
            if (lang == null) {
                lang = RDFLanguages.contentTypeToLang(value.replace(' ', '+'));
            }
            if (lang != null) {
                return new Negotiated(req, name, lang.getHeaderString());
            }
        }
        return req;
    }

    /** A request without one parameter, asking by {@code Accept} for what the parameter named. */
    private static final class Negotiated extends HttpServletRequestWrapper {
        private final String hidden;
        private final String accept;

        Negotiated(HttpServletRequest req, String hidden, String accept) {
            super(req);
            this.hidden = hidden;
            this.accept = accept;
        }

        @Override
        public String getHeader(String name) {
            return name.equalsIgnoreCase("Accept") ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return name.equalsIgnoreCase("Accept") ? Collections.enumeration(java.util.List.of(accept)) : super.getHeaders(name);
        }

        @Override
        public String getParameter(String name) {
            return name.equals(hidden) ? null : super.getParameter(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> map = new HashMap<>(super.getParameterMap());
            map.remove(hidden);
            return map;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return name.equals(hidden) ? null : super.getParameterValues(name);
        }
    }

    private static HttpServletRequest asGet(HttpServletRequest req) {
        return new HttpServletRequestWrapper(req) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
    }

    /** A response whose body goes nowhere: {@code HEAD} gets the headers of the {@code GET}. */
    private static HttpServletResponse bodiless(HttpServletResponse resp) {
        ServletOutputStream nowhere = new ServletOutputStream() {
            @Override
            public void write(int b) {
                // HEAD: the body is dropped
            }

            @Override
            public void write(byte[] b, int off, int len) {
                // HEAD: the body is dropped
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("blocking writes only");
            }
        };
        return new HttpServletResponseWrapper(resp) {
            @Override
            public ServletOutputStream getOutputStream() {
                return nowhere;
            }

            @Override
            public PrintWriter getWriter() {
                return new PrintWriter(new java.io.OutputStreamWriter(nowhere, StandardCharsets.UTF_8));
            }
        };
    }
}
