package org.w3id.hpkg.rdf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3id.hpkg.data.DataTable;

/**
 * The hand-checked mapping from indicator keys to UN SDG indicators of the SDG KOS
 * ({@code data/sdg-indicators.tsv}, packaged as {@code hpkg/link/sdg-indicators.tsv}).
 */
public final class SdgIndicators {

    /** SDG KOS namespace. */
    public static final String NS = "http://metadata.un.org/sdg/";
    private static final Pattern NOTATION = Pattern.compile("(\\d{1,2})\\.([0-9a-z]{1,2})\\.(\\d{1,2})");

    /** One SDG indicator: its notation ({@code 3.b.1}), KOS IRI and official English name. */
    public record Indicator(String notation, String iri, String name) {}

    private final Map<String, Indicator> byKey = new LinkedHashMap<>();

    public SdgIndicators() {
        this(DataTable.load("link/sdg-indicators.tsv"));
    }

    SdgIndicators(DataTable table) {
        for (String[] row : table.rows()) {
            if (row.length < 4) {
                throw new IllegalStateException(table.name() + ": row needs key, notation, IRI and name: "
                        + String.join("\t", row));
            }
            String expected = iriOf(row[1]);
            if (!row[2].equals(expected)) {
                throw new IllegalStateException(table.name() + ": " + row[0] + " links to " + row[2]
                        + " but SDG indicator " + row[1] + " is " + expected);
            }
            byKey.put(row[0], new Indicator(row[1], row[2], row[3]));
        }
    }

    /** The SDG indicator an indicator key corresponds to, or null. */
    public Indicator of(String key) {
        return byKey.get(key);
    }

    public Map<String, Indicator> all() {
        return Map.copyOf(byKey);
    }

    /**
     * The SDG KOS IRI of an indicator notation: {@code 3.b.1} is {@code http://metadata.un.org/sdg/C030b01}
     * ("C", the goal in two digits, the target in two characters, the indicator in two digits).
     */
    public static String iriOf(String notation) {
        var m = NOTATION.matcher(notation);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an SDG indicator notation: " + notation);
        }
        return NS + "C" + pad(m.group(1)) + pad(m.group(2)) + pad(m.group(3));
    }

    private static String pad(String part) {
        return part.length() == 1 ? "0" + part : part;
    }
}
