package org.w3id.hpkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.graph.Graph;

/** {@code GET /.well-known/void}: the VoID/DCAT description of the dataset, with the sizes of the dumps. */
final class VoidServlet extends PublishServlet {

    VoidServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Graph g = site.voidGraph();
        VoidDescription v = site.voidDescription(java.util.Map.of());
        send(req, resp, g, () -> site.html().graph("hpkg dataset description", "A VoID and DCAT description.", g,
                List.of(v.datasetIri(), v.documentIri())));
    }
}
