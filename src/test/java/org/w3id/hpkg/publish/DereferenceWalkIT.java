package org.w3id.hpkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.export.JsonLdContext;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.store.GraphNames;

/**
 * Every subject IRI of the corpus graph dereferences, in every form: Turtle, JSON-LD, N-Triples, RDF/XML
 * and HTML, each answered 200 with a description that has the IRI as a subject (the HTML page names it).
 * Ontology terms are fragments of {@code /ontology}; subjects of other namespaces (the UN's SDG indicators,
 * the external terms the ontology declares) are not ours to serve and are only counted.
 */
class DereferenceWalkIT {

    private static final String[][] FORMATS = {{"text/turtle", "ttl"}, {"application/ld+json", "jsonld"},
        {"application/n-triples", "nt"}, {"application/rdf+xml", "rdf"}, {"text/html", "html"}};

    @Test
    void givenTheCorpusGraph_whenEverySubjectIriIsDereferencedInEveryForm_thenEachDescribesIt() throws Exception {
        Dataset dataset = CorpusStore.dataset();
        TreeSet<String> subjects = Txn.calculateRead(dataset, () -> {
            TreeSet<String> all = new TreeSet<>();
            // the named graphs: queries and /id/ see their union, not the database's own default graph (the manifest)
            dataset.asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!GraphNames.isBookkeeping(q.getGraph()) && q.getSubject().isURI()) {
                    all.add(q.getSubject().getURI());
                }
            });
            return all;
        });
        try (HpkgServer server = FusekiLauncher.start(dataset, ServeOptions.builder().port(0).build())) {
            IriPaths paths = new IriPaths(HP.DEFAULT_BASE, server.root());
            Map<String, String> documents = new HashMap<>();
            List<String> failures = new ArrayList<>();
            int ours = 0;
            for (String iri : subjects) {
                if (!paths.isLocal(iri)) {
                    assertTrue(!iri.startsWith(HP.DEFAULT_BASE), iri);
                    continue;
                }
                ours++;
                String url = URI.create(paths.href(iri).replaceFirst("#.*", "")).toASCIIString();
                for (String[] f : FORMATS) {
                    String body = documents.computeIfAbsent(url + " " + f[1], k -> fetch(url, f[0], failures));
                    if (body != null && !describes(body, f[1], iri, server.root())) {
                        failures.add(iri + " as " + f[1] + ": not described");
                    }
                }
            }
            assertTrue(ours > 800, "the corpus graph has " + ours + " subjects of ours");
            assertEquals(List.of(), failures);
        }
    }

    private static String fetch(String url, String accept, List<String> failures) {
        try {
            HttpResponse<String> r = Http.get(url, accept);
            if (r.statusCode() != 200) {
                failures.add(url + " as " + accept + ": " + r.statusCode());
                return null;
            }
            return r.body();
        } catch (Exception e) {
            failures.add(url + " as " + accept + ": " + e);
            return null;
        }
    }

    private static boolean describes(String body, String format, String iri, String root) throws Exception {
        if (format.equals("html")) {
            return body.contains(HtmlRenderer.esc(iri)) || body.contains("id=\"" + iri.substring(iri.indexOf('#') + 1) + "\"");
        }
        if (format.equals("jsonld")) {
            Model m = Rdf4j.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), RDFFormat.JSONLD,
                    Rdf4j.jsonLdSettings(root + "context.jsonld", JsonLdContext.bytes()));
            return m.contains(Values.iri(iri), null, null);
        }
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, format.equals("ttl") ? Lang.TURTLE : format.equals("nt") ? Lang.NTRIPLES : Lang.RDFXML)
                .parse(g);
        return g.contains(org.apache.jena.graph.NodeFactory.createURI(iri), Node.ANY, Node.ANY);
    }
}
