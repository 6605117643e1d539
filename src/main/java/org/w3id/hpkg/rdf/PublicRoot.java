package org.w3id.hpkg.rdf;

/**
 * The site root that goes with a base of instance IRIs: the base without its final {@code id/}
 * segment ({@code https://w3id.org/hpkg/id/} → {@code https://w3id.org/hpkg/}), or the base itself
 * when it does not end in {@code id/}. The dataset description, the JSON-LD context and the SPARQL
 * endpoint are published under it.
 */
public final class PublicRoot {

    private PublicRoot() {}

    public static String of(String base) {
        String b = base.endsWith("/") ? base : base + "/";
        return b.endsWith("/id/") ? b.substring(0, b.length() - "id/".length()) : b;
    }
}
