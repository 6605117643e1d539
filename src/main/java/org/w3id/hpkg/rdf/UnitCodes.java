package org.w3id.hpkg.rdf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.w3id.hpkg.data.DataTable;

/**
 * The code a unit has in IRIs ({@code hpkg/rdf/unit-symbols.tsv}): its symbols in words ({@code %} →
 * {@code percent}, {@code /10万} → {@code per-10万}), measure words as written, and {@code none} for the
 * empty unit of a bare count. The unit as written stays in the data ({@code hp:statisticsUnit}).
 */
public final class UnitCodes {

    /** The code of the empty unit: a count the text gives no measure word for. */
    public static final String NONE = "none";
    private static final Map<String, String> WORDS = load();

    private UnitCodes() {}

    public static String code(String unit) {
        if (unit.isEmpty()) {
            return NONE;
        }
        String code = unit;
        for (Map.Entry<String, String> symbol : WORDS.entrySet()) {
            code = code.replace(symbol.getKey(), symbol.getValue());
        }
        return code;
    }

    private static Map<String, String> load() {
        Map<String, String> words = new LinkedHashMap<>();
        for (String[] row : DataTable.load("rdf/unit-symbols.tsv").rows()) {
            words.put(row[0], row[1]);
        }
        return Map.copyOf(words);
    }
}
