package org.w3id.hpkg.extract;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3id.hpkg.data.DataTable;

/**
 * The unit a target is compared in: {@code 万元} is 10,000 {@code 元}, {@code /10万} and {@code 1/10万} are one
 * unit (per 100,000), {@code m2} is {@code 平方米}; with the QUDT unit where QUDT has one
 * ({@code extract/unit-normal-forms.tsv}). Counts per population ({@code 每千人口…}) carry their base
 * ({@code extract/per-population-bases.tsv}).
 */
public final class UnitNormalizer {

    /** The base of QUDT's unit IRIs. */
    public static final String QUDT_UNIT = "http://qudt.org/vocab/unit/";

    /**
     * A unit as compared.
     *
     * @param unit the normal unit's name
     * @param scale what a value in the written unit is multiplied by to give the value in the normal unit
     * @param qudt the QUDT unit's IRI, or null
     */
    public record NormalUnit(String unit, BigDecimal scale, String qudt) {}

    private final Map<String, NormalUnit> units = new HashMap<>();
    private final List<String[]> bases = DataTable.load("extract/per-population-bases.tsv").rows();

    public UnitNormalizer() {
        for (String[] row : DataTable.load("extract/unit-normal-forms.tsv").rows()) {
            String qudt = row.length > 3 && !row[3].isBlank() ? QUDT_UNIT + row[3].strip() : null;
            units.put(row[0], new NormalUnit(row[1], new BigDecimal(row[2]), qudt));
        }
    }

    /** The normal form of a unit as written; an unlisted unit is its own normal form. */
    public NormalUnit of(String written) {
        String w = written == null ? "" : written.strip();
        NormalUnit u = units.get(w);
        return u != null ? u : new NormalUnit(w, BigDecimal.ONE, null);
    }

    /** The population an indicator counts per ({@code 每千人口…} → 1000), or null. */
    public Integer perPopulation(String indicator) {
        for (String[] row : bases) {
            if (indicator.startsWith(row[0])) {
                return Integer.valueOf(row[1]);
            }
        }
        return null;
    }
}
