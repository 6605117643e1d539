package org.w3id.hpkg.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * The text index's analyzer: Lucene's smartcn word segmentation (the chain of
 * {@link SmartChineseAnalyzer}: HMM segmenter, lower case, Porter stemming of Latin words, stop
 * punctuation). The indexing variant adds {@link SubwordBigramFilter}, so that {@code 慢性} finds
 * {@code 慢性病} and {@code 血压} finds {@code 高血压}; the query variant segments a query into words only.
 */
public final class ChineseAnalyzer extends Analyzer {

    private final boolean subwords;

    private ChineseAnalyzer(boolean subwords) {
        this.subwords = subwords;
    }

    /** For writing the index: words, and the bigrams inside longer words. */
    public static ChineseAnalyzer forIndexing() {
        return new ChineseAnalyzer(true);
    }

    /** For reading a query: words only. */
    public static ChineseAnalyzer forQueries() {
        return new ChineseAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new HMMChineseTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new PorterStemFilter(stream);
        stream = new StopFilter(stream, SmartChineseAnalyzer.getDefaultStopSet());
        if (subwords) {
            stream = new SubwordBigramFilter(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }
}
