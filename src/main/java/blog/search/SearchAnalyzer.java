package blog.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;

/**
 * How posts and queries become terms: {@link SearchTokenizer} words, full-width letters made
 * narrow and everything lower case, Han characters folded to Simplified and paired into
 * overlapping bigrams (「出口管制」 → 出口、口管、管制); a character with no Han neighbour stays
 * single. The index also keeps the parts of joined words, so that {@code GPT} alone finds
 * {@code GPT-4o}; a query keeps words whole, which is what makes it precise.
 */
final class SearchAnalyzer extends Analyzer {

    /** Keeps the values of a many-valued field (tags) from forming phrases across each other. */
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
        SearchTokenizer tokenizer = new SearchTokenizer();
        TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(tokenizer));
        if (forIndex) {
            stream = new WordPartsFilter(stream);
        }
        stream = new HanVariantFilter(stream, variants);
        stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, false);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
    }
}
