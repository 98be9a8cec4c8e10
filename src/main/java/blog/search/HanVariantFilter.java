package blog.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** Replaces each single Han character by its Simplified form (see {@link HanVariants}). */
final class HanVariantFilter extends TokenFilter {

    private final HanVariants variants;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    HanVariantFilter(TokenStream input, HanVariants variants) {
        super(input);
        this.variants = variants;
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() == 1 && SearchTokenizer.IDEOGRAPHIC.equals(type.type())) {
            term.buffer()[0] = variants.fold(term.buffer()[0]);
        }
        return true;
    }
}
