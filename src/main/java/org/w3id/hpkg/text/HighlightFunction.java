package org.w3id.hpkg.text;

import java.io.IOException;
import java.util.List;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.TextFragment;

/**
 * {@code hpf:highlight(text, query [, options])}: the fragments of {@code text} where the words of a
 * {@code text:query} query occur, marked as jena-text's own highlighting marks them ({@code options} in
 * its {@code "highlight:…"} syntax: {@code s:} start mark, {@code e:} end mark, {@code z:} fragment size,
 * {@code m:} most fragments, {@code f:} fragment separator); "" when none occurs.
 *
 * <p>Why not jena-text's highlighting: the index keeps no texts for it to mark ({@link TextIndexes}),
 * and it marked every hit of the search, before the query's joins and filters keep a few (17,770 hits of
 * 慢性病 in a 10,000-plan graph, 111 kept by region and year: 3 s of re-analysis). A query searches
 * without it and calls this on the rows it returns. The words are found
 * as the index finds them: the query read by the index's query analyzer, the text by its indexing one.
 */
public final class HighlightFunction extends FunctionBase {

    /** The namespace of hpkg's SPARQL functions (prefix {@code hpf:}). */
    public static final String NS = "https://w3id.org/hpkg/function#";
    /** This function's IRI. */
    public static final String IRI = NS + "highlight";

    private final Analyzer queryAnalyzer = TextIndexes.queryAnalyzer();
    private final Analyzer textAnalyzer = ChineseAnalyzer.forIndexing();
    // one call site is evaluated for many rows with the same query and options: parsed once per change
    private String lastQuery;
    private String lastOptions;
    private Highlighter highlighter;
    private HighlightOptions options;

    /** Makes {@code hpf:highlight} known to every query of this process (idempotent). */
    public static void register() {
        FunctionRegistry.get().put(IRI, HighlightFunction.class);
    }

    @Override
    public void checkBuild(String uri, ExprList args) {
        if (args.size() < 2 || args.size() > 3) {
            throw new QueryBuildException("hpf:highlight takes a text, a text query and, optionally, options");
        }
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        String text = args.get(0).asString();
        String query = args.get(1).asString();
        String opts = args.size() > 2 ? args.get(2).asString() : "";
        try {
            prepare(query, opts);
            try (TokenStream tokens = textAnalyzer.tokenStream(TextIndexes.FIELD, text)) {
                TextFragment[] fragments = highlighter.getBestTextFragments(tokens, text, true, options.maxFragments());
                return NodeValue.makeString(options.join(fragments));
            }
        } catch (ParseException e) {
            throw new ExprEvalException("hpf:highlight: not a text query: " + query + " (" + e.getMessage() + ")");
        } catch (IOException | InvalidTokenOffsetsException e) {
            throw new ExprEvalException("hpf:highlight: " + e.getMessage());
        }
    }

    private void prepare(String query, String opts) throws ParseException {
        if (highlighter != null && Lib.equals(query, lastQuery) && Lib.equals(opts, lastOptions)) {
            return;
        }
        Query parsed = new QueryParser(TextIndexes.FIELD, queryAnalyzer).parse(query);
        options = HighlightOptions.parse(opts);
        highlighter = new Highlighter(new SimpleHTMLFormatter(options.start(), options.end()), new QueryScorer(parsed));
        highlighter.setTextFragmenter(new SimpleFragmenter(options.fragmentSize()));
        lastQuery = query;
        lastOptions = opts;
    }
}
