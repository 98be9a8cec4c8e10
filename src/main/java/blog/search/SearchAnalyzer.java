package blog.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * How posts and queries become terms: {@link SearchTokenizer}'s words and pairs of Chinese
 * characters. The index also keeps the parts of joined words, so that {@code GPT} alone finds
 * {@code GPT-4o}; a query keeps words whole, which is what makes it precise.
 */
final class SearchAnalyzer extends Analyzer {

    /** Keeps the values of a many-valued field (tags) from running into each other. */
    private static final int VALUE_GAP = 100;

    private final HanVariants variants;
    private final boolean forIndex;

    private SearchAnalyzer(HanVariants variants, boolean forIndex) {
        this.variants = variants;
        this.forIndex = forIndex;
    }

    /** The analyzer that indexes posts (and re-reads them for highlighting). */
    static SearchAnalyzer forIndex(HanVariants variants) {
        return new SearchAnalyzer(variants, true);
    }

    /** The analyzer that turns a query into terms. */
    static SearchAnalyzer forQuery(HanVariants variants) {
        return new SearchAnalyzer(variants, false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        SearchTokenizer tokenizer = new SearchTokenizer(variants);
        TokenStream stream = forIndex ? new WordPartsFilter(tokenizer) : tokenizer;
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
    }
}
