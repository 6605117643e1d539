package org.w3id.hpkg.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.jsonld.uri.UriValidationPolicy;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes a dataset as compacted JSON-LD against the published {@link JsonLdContext}: the document's
 * {@code @context} is either the context itself, inlined, so that a reader offline needs nothing else
 * (exports and dumps), or the context's IRI (the server's descriptions, which sit beside the context it
 * serves). Named graphs become {@code @graph} objects. JSON-LD needs the whole dataset in memory.
 */
public final class JsonLdWriter {

    private JsonLdWriter() {}

    /** Writes {@code dsg} with {@code contextIri} as its context, or the context inlined when it is null. */
    public static void write(DatasetGraph dsg, String contextIri, OutputStream out) {
        try {
            QuadsToJsonld toJsonLd = new QuadsToJsonld().ordered(true).uriValidation(UriValidationPolicy.SchemeOnly);
            Iterator<Quad> quads = dsg.find();
            while (quads.hasNext()) {
                Quad q = quads.next();
                Node o = q.getObject();
                String graph = q.isDefaultGraph() ? null : term(q.getGraph());
                if (o.isLiteral()) {
                    String lang = o.getLiteralLanguage();
                    toJsonLd.quad(term(q.getSubject()), term(q.getPredicate()), o.getLiteralLexicalForm(),
                            o.getLiteralDatatypeURI(), lang == null || lang.isEmpty() ? null : lang, null, graph);
                } else {
                    toJsonLd.quad(term(q.getSubject()), term(q.getPredicate()), term(o), null, null, null, graph);
                }
            }
            JsonArray expanded = toJsonLd.toJsonLd();
            JsonLdOptions options = new JsonLdOptions();
            options.setUriValidation(UriValidationPolicy.SchemeOnly);
            options.setOrdered(true);
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(JsonLdContext.document()))
                    .options(options).get();
            JsonObjectBuilder doc = contextIri == null
                    ? Json.createObjectBuilder().add("@context", JsonLdContext.document().get("@context"))
                    : Json.createObjectBuilder().add("@context", contextIri);
            compacted.forEach((key, value) -> {
                if (!key.equals("@context")) {
                    doc.add(key, value);
                }
            });
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(new NonClosing(out))) {
                writer.writeObject(doc.build());
            }
        } catch (JsonLdError | RdfConsumerException e) {
            throw new IllegalStateException("could not write JSON-LD: " + e.getMessage(), e);
        }
    }

    private static String term(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        throw new IllegalArgumentException("not a JSON-LD node: " + n);
    }

    /** The JSON writer closes its stream; the caller owns ours. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws java.io.IOException {
            out.flush();
        }
    }
}
