package org.w3id.hpkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /.well-known/void} (and the dataset's own IRI, {@code /id/dataset}): the VoID/DCAT description
 * of the dataset, with the sizes of the dumps.
 */
final class VoidServlet extends PublishServlet {

    VoidServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        sendDescription(this, site, req, resp);
    }

    static void sendDescription(PublishServlet servlet, Site site, HttpServletRequest req, HttpServletResponse resp)
            throws IOException {
        VoidDescription v = site.voidDescription(Map.of());
        servlet.send(req, resp, "-void", site::voidGraph, () -> site.html().graph("hpkg dataset description",
                "A VoID and DCAT description.", site.voidGraph(), List.of(v.datasetIri(), v.documentIri())));
    }
}
