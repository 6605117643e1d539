package org.w3id.hpkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.w3id.hpkg.export.JsonLdContext;

/** {@code GET /context.jsonld}: the JSON-LD context that exports and JSON-LD descriptions refer to. */
final class ContextServlet extends PublishServlet {

    ContextServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (site.notModified(req, resp, "context")) {
            return;
        }
        byte[] body = JsonLdContext.bytes();
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(JsonLdContext.MEDIA_TYPE);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
