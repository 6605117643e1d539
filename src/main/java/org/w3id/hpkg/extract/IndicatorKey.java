package org.w3id.hpkg.extract;

import java.util.List;
import org.w3id.hpkg.data.DataTable;

/**
 * The rule that decides when two documents measure the same indicator: the wording as written, minus
 * quotation marks, brackets' spaces and the scope words a plan puts in front ({@code 全县}, {@code 我区}),
 * because a county's "全县公立医院医疗服务收入占比" and a city's "公立医院医疗服务收入占比" are one
 * indicator. Wording that differs in substance ({@code 儿童疫苗接种率} and
 * {@code 适龄儿童免疫规划疫苗接种率}) keeps distinct keys; the RDF stage links such near-synonyms with
 * skos:closeMatch instead of merging them.
 */
public final class IndicatorKey {

    private final List<String> scopeWords;

    public IndicatorKey() {
        this.scopeWords = DataTable.load("extract/indicator-scope-words.tsv").column(0);
    }

    public String of(String indicator) {
        String key = indicator.replaceAll("[“”‘’\"'《》\\s]", "");
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String scope : scopeWords) {
                if (key.startsWith(scope) && key.length() > scope.length() + 1) {
                    key = key.substring(scope.length());
                    changed = true;
                }
            }
        }
        return key;
    }
}
