package blog.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * At index time, follows a joined word with its parts at the same position: {@code gpt-4o} is
 * also {@code gpt} and {@code 4o}, {@code node.js} also {@code node} and {@code js}. A query keeps
 * words whole, so {@code GPT-4o} finds the exact word and {@code GPT} finds it too.
 */
final class WordPartsFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final Deque<Part> parts = new ArrayDeque<>();

    private record Part(String text, int start, int end) {
    }

    WordPartsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!parts.isEmpty()) {
            Part part = parts.removeFirst();
            term.setEmpty().append(part.text());
            offset.setOffset(part.start(), part.end());
            increment.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (SearchTokenizer.WORD.equals(type.type())) {
            split();
        }
        return true;
    }

    /** Queues the parts of the current word; offsets map one to one, as lower-casing keeps lengths (clamped if not). */
    private void split() {
        int from = 0;
        int length = term.length();
        boolean joined = false;
        for (int i = 0; i <= length; i++) {
            if (i == length || SearchTokenizer.isJoiner(term.charAt(i))) {
                joined |= i < length;
                if (i > from) {
                    int end = offset.endOffset();
                    parts.addLast(new Part(term.subSequence(from, i).toString(),
                            Math.min(offset.startOffset() + from, end), Math.min(offset.startOffset() + i, end)));
                }
                from = i + 1;
            }
        }
        if (!joined) {
            parts.clear();
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        parts.clear();
    }
}
