package org.w3id.hpkg.publish;

import java.io.ByteArrayInputStream;
import java.util.Set;
import no.hasmac.jsonld.JsonLdError;
import no.hasmac.jsonld.JsonLdErrorCode;
import no.hasmac.jsonld.document.JsonDocument;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;

/** RDF4J, the independent implementation the tests read our output with. */
final class Rdf4j {

    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private Rdf4j() {}

    /** JSON-LD parsing that resolves our context IRI to the given bytes and fetches nothing else. */
    static ParserConfig jsonLdSettings(String contextIri, byte[] context) {
        ParserConfig config = new ParserConfig();
        config.set(JSONLDSettings.SECURE_MODE, false);
        config.set(JSONLDSettings.WHITELIST, Set.of(contextIri));
        config.set(JSONLDSettings.DOCUMENT_LOADER, (url, options) -> {
            if (url.toString().equals(contextIri)) {
                return JsonDocument.of(new ByteArrayInputStream(context));
            }
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "the test loads no other document: " + url);
        });
        return config;
    }

    /** Parses with RDF4J's parser for {@code format}, with the given settings. */
    static Model parse(java.io.InputStream in, org.eclipse.rdf4j.rio.RDFFormat format, ParserConfig config) throws java.io.IOException {
        Model m = new LinkedHashModel();
        org.eclipse.rdf4j.rio.RDFParser parser = org.eclipse.rdf4j.rio.Rio.createParser(format);
        parser.setParserConfig(config);
        parser.setRDFHandler(new org.eclipse.rdf4j.rio.helpers.StatementCollector(m));
        parser.parse(in, "urn:hpkg-test:base");
        return m;
    }

    /** Jena quads as RDF4J statements (the default graph as no context). */
    static Model model(Iterable<Quad> quads, boolean keepGraphs) {
        Model m = new LinkedHashModel();
        for (Quad q : quads) {
            Resource ctx = keepGraphs && !q.isDefaultGraph() ? VF.createIRI(q.getGraph().getURI()) : null;
            m.add((Resource) value(q.getSubject()), VF.createIRI(q.getPredicate().getURI()), value(q.getObject()), ctx);
        }
        return m;
    }

    static org.eclipse.rdf4j.model.Value value(Node n) {
        if (n.isURI()) {
            return VF.createIRI(n.getURI());
        }
        if (n.isBlank()) {
            return VF.createBNode(n.getBlankNodeLabel());
        }
        String lang = n.getLiteralLanguage();
        return lang == null || lang.isEmpty() ? VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()))
                : VF.createLiteral(n.getLiteralLexicalForm(), lang);
    }
}
