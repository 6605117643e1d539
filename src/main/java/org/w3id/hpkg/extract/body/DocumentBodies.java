package org.w3id.hpkg.extract.body;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bodies of one plan: its issuer and every name it prints for a lead or cooperating body, each read
 * as a {@link Body}. Several printed names may be one body ({@code 县卫健局} and {@code 同心县卫生健康局}).
 */
public final class DocumentBodies {

    /** For a document whose bodies were not resolved: every name is its own body, placed nowhere. */
    public static final DocumentBodies AS_PRINTED = new DocumentBodies(null, Map.of());

    private final Body issuer;
    private final Map<String, Body> byPrintedName;

    public DocumentBodies(Body issuer, Map<String, Body> byPrintedName) {
        this.issuer = issuer;
        this.byPrintedName = Map.copyOf(new LinkedHashMap<>(byPrintedName));
    }

    /** The issuing body, or null when the header names none. */
    public Body issuer() {
        return issuer;
    }

    /** The body a printed name stands for (the name itself, placed nowhere, if it was not resolved). */
    public Body of(String printed) {
        Body body = byPrintedName.get(printed);
        return body != null ? body : new Body(printed, null, null);
    }
}
