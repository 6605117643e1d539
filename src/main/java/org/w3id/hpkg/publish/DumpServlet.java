package org.w3id.hpkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.w3id.hpkg.export.ExportFormat;

/** {@code GET /dump/hpkg.<ext>}: the whole graph in one serialization, streamed as the export writes it. */
final class DumpServlet extends PublishServlet {

    DumpServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        Optional<ExportFormat> format = java.util.Arrays.stream(ExportFormat.values())
                .filter(f -> path.equals("/hpkg." + f.extension())).findFirst();
        if (format.isEmpty()) {
            text(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: dumps are /dump/hpkg.ttl, .trig, .nt, .nq, .jsonld and .rdf.");
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        ExportFormat f = format.get();
        resp.setContentType(f.mediaType() + (f == ExportFormat.JSONLD || f == ExportFormat.RDFXML ? "" : "; charset=utf-8"));
        OutputStream out = resp.getOutputStream();
        site.dump(f, out);
        out.flush();
    }
}
