package org.w3id.hpkg.extract;

import java.util.List;
import org.w3id.hpkg.data.DataTable;

/**
 * The rule that decides when two documents measure the same indicator, and so share one
 * {@code hp:Indicator} resource: their keys are equal. The key is the indicator's wording as the
 * extractor read it (the shortest noun phrase that identifies what is measured), normalised by:
 * <ol>
 *   <li>folding full-width forms to half-width ({@code （一级）} → {@code (一级)});</li>
 *   <li>writing every dash of a range as {@code -} ({@code 0—6岁}, {@code 0～6岁} → {@code 0-6岁});</li>
 *   <li>dropping quotation marks, book-title marks and spaces ({@code “八苗”全程接种率} → {@code 八苗全程接种率});</li>
 *   <li>dropping scope words a plan puts in front ({@code extract/indicator-scope-words.tsv}: {@code 全县},
 *       {@code 我区}…), because a county's "全县公立医院医疗服务收入占比" and a city's
 *       "公立医院医疗服务收入占比" are one indicator; the region is recorded on the document.</li>
 * </ol>
 * Nothing else is merged: wording that differs in substance ({@code 儿童疫苗接种率} and
 * {@code 适龄儿童免疫规划疫苗接种率}) keeps distinct keys, and {@link NearSynonyms} decides which of them
 * the graph links with {@code skos:closeMatch}.
 */
public final class IndicatorKey {

    private final List<String> scopeWords;

    public IndicatorKey() {
        this.scopeWords = DataTable.load("extract/indicator-scope-words.tsv").column(0);
    }

    public String of(String indicator) {
        StringBuilder folded = new StringBuilder(indicator.length());
        for (char c : indicator.toCharArray()) {
            folded.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        String key = folded.toString().replaceAll("[“”‘’\"'《》〈〉\\s\\u3000]", "").replaceAll("[—–―~～]+", "-");
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
