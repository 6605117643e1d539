package org.w3id.hpkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.OntologySource;

/** {@code GET /ontology}: the hpkg ontology (namespace {@value HP#NS}) from the store's ontology graph. */
final class OntologyServlet extends PublishServlet {

    OntologyServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        send(req, resp, "", this::ontology, () -> site.html().graph("hpkg ontology",
                "Classes and properties of <code>" + HtmlRenderer.esc(HP.NS) + "</code>.", ontology(),
                List.of(NodeFactory.createURI(HP.ONTOLOGY))));
    }

    private Graph ontology() {
        Graph ontology = Txn.calculateRead(site.dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            site.dataset().asDatasetGraph().getGraph(OntologySource.graphName()).find().forEachRemaining(copy::add);
            return copy;
        });
        if (ontology.isEmpty()) {
            ontology = OntologySource.ontology();
        }
        ontology.getPrefixMapping().setNsPrefixes(org.w3id.hpkg.rdf.Prefixes.map().getMapping());
        return ontology;
    }
}
