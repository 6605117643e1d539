package org.w3id.hpkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The query page for browsers ({@code /query}, and {@code GET /sparql} without a query when HTML is
 * asked for): YASGUI, bundled in the jar ({@code hpkg/publish/yasgui/}, served at {@code /yasgui/}), asking
 * the endpoint of the server it was loaded from. Nothing is loaded from the network.
 */
final class QueryPage extends PublishServlet {

    /** The npm package {@code @zazuko/yasgui} the bundled files come from. */
    static final String YASGUI_VERSION = "4.6.2";
    private static final Map<String, String> FILES = Map.of("/yasgui.min.js", "text/javascript; charset=utf-8",
            "/yasgui.min.css", "text/css; charset=utf-8");
    private static final String EXAMPLE = """
            PREFIX hp: <https://w3id.org/hpkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?task ?label ?body WHERE {
              ?task a hp:Task ; rdfs:label ?label .
              OPTIONAL { ?task hp:leadBody/rdfs:label ?body }
            } LIMIT 20
            """;

    QueryPage(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        sendHtml(req, resp, "-query", () -> page(site));
    }

    static String page(Site site) {
        String root = HtmlRenderer.esc(site.root());
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>hpkg: SPARQL query</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + root + "yasgui/yasgui.min.css\">\n"
                + "<script src=\"" + root + "yasgui/yasgui.min.js\"></script>\n"
                + "<style>body{font-family:system-ui,sans-serif;margin:0 1rem}</style></head>\n<body>\n"
                + "<p><a href=\"" + root + "\">hpkg</a> · SPARQL endpoint <code>" + HtmlRenderer.esc(site.sparqlEndpoint())
                + "</code> (default graph: the union of all graphs)</p>\n<div id=\"yasgui\"></div>\n<script>\n"
                + "// The endpoint of the server this page came from (also behind a proxy's path).\n"
                + "const endpoint = new URL('sparql', new URL('.', location.href.replace(/\\/(sparql|query)$/, '/'))).href;\n"
                + "// Class and property completion asks an online vocabulary service: off.\n"
                + "Yasgui.Yasqe.defaults.autocompleters = ['prefixes', 'variables'];\n"
                + "Yasgui.Yasqe.defaults.value = " + jsString(EXAMPLE) + ";\n"
                + "new Yasgui(document.getElementById('yasgui'), {requestConfig: {endpoint: endpoint, method: 'POST'},\n"
                + "  copyEndpointOnNewTab: true, endpointCatalogueOptions: {getData: () => [{endpoint: endpoint}]}});\n"
                + "</script>\n</body></html>\n";
    }

    private static String jsString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }

    /** {@code GET /yasgui/<file>}: the bundled YASGUI files, cacheable for a day (they change with hpkg only). */
    static final class Files extends PublishServlet {

        Files(Site site) {
            super(site);
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String file = req.getPathInfo() == null ? "" : req.getPathInfo();
            String type = FILES.get(file);
            if (type == null) {
                text(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: /yasgui" + file);
                return;
            }
            String etag = "\"yasgui-" + YASGUI_VERSION + file.replace('/', '-') + "\"";
            resp.setHeader("ETag", etag);
            resp.setHeader("Cache-Control", "public, max-age=86400");
            String ifNoneMatch = req.getHeader("If-None-Match");
            if (ifNoneMatch != null && ifNoneMatch.contains(etag.substring(1, etag.length() - 1))) {
                resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            try (InputStream in = QueryPage.class.getResourceAsStream("/hpkg/publish/yasgui" + file)) {
                if (in == null) {
                    throw new IOException("missing /hpkg/publish/yasgui" + file + " in the jar");
                }
                byte[] body = in.readAllBytes();
                resp.setStatus(HttpServletResponse.SC_OK);
                resp.setContentType(type);
                resp.setContentLength(body.length);
                resp.getOutputStream().write(body);
            }
        }
    }
}
