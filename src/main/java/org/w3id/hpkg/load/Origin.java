package org.w3id.hpkg.load;

import java.util.EnumMap;
import java.util.Map;

/**
 * Where a document's text came from: its format, whether it was recognized from page images, what the
 * corpus's {@code sources.csv} states about it ({@code stated}: wins over the header parser) and what
 * the file says about itself ({@code found}, e.g. a web page's address: used where the header is silent).
 */
public record Origin(DocumentFormat format, boolean recognized, Map<Field, String> stated, Map<Field, String> found) {

    /** Facts a file or {@code sources.csv} may state about a document. */
    public enum Field {
        URL,
        TITLE,
        ISSUED,
        ISSUER
    }

    /** A text file with nothing stated about it. */
    public static final Origin TEXT = new Origin(DocumentFormat.TEXT, false, Map.of(), Map.of());

    public Origin {
        stated = Map.copyOf(stated);
        found = Map.copyOf(found);
    }

    /** What {@code sources.csv} states, else what the file says, else null. */
    public String get(Field field) {
        String value = stated.get(field);
        return value != null ? value : found.get(field);
    }

    /** This origin with what {@code sources.csv} states (blank values ignored). */
    public Origin stating(Map<Field, String> values) {
        Map<Field, String> merged = new EnumMap<>(Field.class);
        merged.putAll(stated);
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                merged.put(k, v.strip());
            }
        });
        return new Origin(format, recognized, merged, found);
    }
}
