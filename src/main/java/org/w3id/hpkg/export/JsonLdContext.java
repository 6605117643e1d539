package org.w3id.hpkg.export;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.w3id.hpkg.rdf.PublicRoot;

/**
 * The published JSON-LD {@code @context} of hpkg: short names for the ontology's terms and the usual
 * prefixes. It ships in the jar ({@code hpkg/publish/context.jsonld}), {@code hpkg serve} serves it at
 * {@code /context.jsonld}, and JSON-LD exports refer to it by IRI instead of repeating it.
 */
public final class JsonLdContext {

    /** Where the context is published for the default base {@code https://w3id.org/hpkg/id/}. */
    public static final String DEFAULT_IRI = "https://w3id.org/hpkg/context.jsonld";
    public static final String MEDIA_TYPE = "application/ld+json";
    private static final String RESOURCE = "/hpkg/publish/context.jsonld";

    private JsonLdContext() {}

    /** The context document as shipped, byte for byte. */
    public static byte[] bytes() {
        try (InputStream in = JsonLdContext.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " in the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The context document parsed. */
    public static JsonObject document() {
        try (JsonReader reader = Json.createReader(new StringReader(new String(bytes(), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    /**
     * Where the context is published for a given base of instance IRIs: beside the {@code id/} folder
     * ({@code https://w3id.org/hpkg/id/} → {@code https://w3id.org/hpkg/context.jsonld}).
     */
    public static String iriFor(String base) {
        return PublicRoot.of(base) + "context.jsonld";
    }
}
