package org.w3id.hpkg.library;

import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.w3id.hpkg.text.ChineseAnalyzer;

/**
 * {@code hpkg search}: turns what an analyst types into a Lucene query over the text index and runs the
 * library query {@code search-tasks} (or {@code search-targets}) with it. Every whitespace-separated word
 * must occur: either as an exact phrase, which is boosted so that exact matches rank first, or as all of
 * the words the Chinese segmenter finds in it. A word in traditional characters is also looked for in
 * simplified ones (the index holds the simplified text and, for converted documents, the original).
 */
public final class TextSearch {

    /** The library query for tasks. */
    public static final String TASKS = "search-tasks";
    /** The library query for targets. */
    public static final String TARGETS = "search-targets";
    /** How many rows the two library queries answer with at most: the best matches (their LIMIT). */
    public static final int BEST = 100;
    private static final int PHRASE_BOOST = 4;

    private final QueryLibrary library;
    private final Dataset dataset;

    public TextSearch(QueryLibrary library, Dataset dataset) {
        this.library = library;
        this.dataset = dataset;
    }

    /**
     * Runs a search.
     *
     * @param words what to look for
     * @param region only plans of this region or regions inside it; null for all
     * @param year only tasks due in that year (tasks only); null for any
     * @param targets search the source sentences of targets instead of tasks
     */
    public ResultTable search(String words, String region, Integer year, boolean targets) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("query", luceneQuery(words));
        params.put("within", region == null ? "" : region);
        if (!targets) {
            params.put("year", year == null ? "" : year.toString());
        } else if (year != null) {
            throw new IllegalArgumentException("--year applies to tasks, not targets");
        }
        LibraryQuery query = library.get(targets ? TARGETS : TASKS);
        return ResultTable.select(dataset, query.withParameters(params));
    }

    /** The Lucene query for what an analyst typed. */
    public static String luceneQuery(String words) {
        List<String> clauses = new ArrayList<>();
        for (String word : words.strip().split("\\s+")) {
            String clean = word.replaceAll("[\"\\\\]", "");
            Set<String> variants = new LinkedHashSet<>();
            variants.add(clean);
            variants.add(HanLP.convertToSimplifiedChinese(clean));
            List<String> alternatives = new ArrayList<>();
            for (String variant : variants) {
                List<String> tokens = tokens(variant);
                if (tokens.isEmpty()) {
                    continue;
                }
                if (tokens.size() == 1) {
                    alternatives.add(quote(variant));
                } else {
                    StringBuilder all = new StringBuilder("(");
                    for (String t : tokens) {
                        all.append(all.length() > 1 ? " " : "").append('+').append(quote(t));
                    }
                    alternatives.add(quote(variant) + "^" + PHRASE_BOOST + " OR " + all + ")");
                }
            }
            if (!alternatives.isEmpty()) {
                clauses.add("(" + String.join(" OR ", alternatives) + ")");
            }
        }
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException("nothing to search for in '" + words + "'");
        }
        return "(" + String.join(" AND ", clauses) + ")";
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    /** The words the query analyzer finds in a text. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (Analyzer analyzer = ChineseAnalyzer.forQueries(); TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
