package org.w3id.hpkg.extract.region;

import java.util.HashMap;
import java.util.Map;
import org.w3id.hpkg.data.DataTable;

/**
 * Where the gazetteer's tables come from ({@code extract/gazetteer-source.tsv}, written with them by
 * {@code data/gazetteer/generate.mjs}): the npm package and its version, its upstream, the edition of
 * the statistics codes and the licence.
 */
public record GazetteerSource(String packageName, String version, String upstream, String edition, String licence) {

    static GazetteerSource load() {
        Map<String, String> values = new HashMap<>();
        for (String[] row : DataTable.load("extract/gazetteer-source.tsv").rows()) {
            values.put(row[0], row[1]);
        }
        return new GazetteerSource(values.get("package"), values.get("version"), values.get("upstream"),
                values.get("edition"), values.get("licence"));
    }

    /** e.g. {@code china-division 2.7.0}. */
    public String label() {
        return packageName + " " + version;
    }
}
