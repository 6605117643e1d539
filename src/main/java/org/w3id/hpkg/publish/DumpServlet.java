package org.w3id.hpkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.jetty.http.QuotedQualityCSV;
import org.w3id.hpkg.export.ExportFormat;

/**
 * {@code GET /dump/hpkg.<ext>}: the whole graph in one serialization, as {@code hpkg export} writes it,
 * with its {@code Content-Length}, gzipped for clients that accept it, and cached like every page.
 */
final class DumpServlet extends PublishServlet {

    DumpServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        Optional<ExportFormat> format = Arrays.stream(ExportFormat.values())
                .filter(f -> path.equals("/hpkg." + f.extension())).findFirst();
        if (format.isEmpty()) {
            text(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: dumps are /dump/hpkg.ttl, .trig, .nt, .nq, .jsonld and .rdf.");
            return;
        }
        ExportFormat f = format.get();
        boolean gzip = acceptsGzip(req.getHeader("Accept-Encoding"));
        resp.addHeader("Vary", "Accept-Encoding");
        DataVersion.Tag tag = site.version().current();
        if (Caching.notModified(req, resp, tag, f.extension() + (gzip ? "-gzip" : ""), site.options().allowUpdate())) {
            return;
        }
        DumpFiles.Dump dump = site.dump(f, tag.value());
        Path file = gzip ? dump.gzip() : dump.plain();
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(f.mediaType() + (f == ExportFormat.JSONLD || f == ExportFormat.RDFXML ? "" : "; charset=utf-8"));
        if (gzip) {
            resp.setHeader("Content-Encoding", "gzip");
        }
        resp.setContentLengthLong(Files.size(file));
        if (!req.getMethod().equals("HEAD")) {
            Files.copy(file, resp.getOutputStream());
        }
    }

    /** Whether {@code Accept-Encoding} allows gzip (q-values honoured: {@code gzip;q=0} refuses it). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        QuotedQualityCSV codings = new QuotedQualityCSV(new String[0]); // no preferred order of our own
        codings.addValue(acceptEncoding);
        return codings.getValues().stream().anyMatch(c -> c.equalsIgnoreCase("gzip") || c.equals("*"));
    }
}
