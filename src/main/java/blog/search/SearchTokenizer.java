package blog.search;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits text into terms for search. Han, kana and Hangul become overlapping pairs of neighbouring
 * characters (「出口管制」 → 出口、口管、管制), a character with no such neighbour stays single, and
 * Han characters are folded to Simplified ({@link HanVariants}). Any other run of letters and digits
 * is a word, held together by an inner {@code - . _ '} and followed by a {@code +} or {@code #}
 * suffix, so that {@code GPT-4o}, {@code Node.js}, {@code C++} and {@code C#} stay whole; words are
 * lower-cased and full-width letters narrowed. Everything else separates. Pairing, folding and
 * lower-casing happen here rather than in Lucene's filters (CJKBigramFilter and the like), which
 * cost several times more per token: analysis is most of the cost of indexing and highlighting.
 */
final class SearchTokenizer extends Tokenizer {

    static final String WORD = "<ALPHANUM>";
    /** Two neighbouring Chinese (or Japanese, Korean) characters. */
    static final String PAIR = "<DOUBLE>";
    /** A Chinese character with no such neighbour. */
    static final String SINGLE = "<SINGLE>";
    /** The longest word kept; longer runs (base64, hashes) are cut into pieces of this length. */
    private static final int MAX_WORD = 64;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final StringBuilder text = new StringBuilder();
    private final HanVariants variants;
    private int position;
    /** Whether the character at {@link #position} ends the pair just emitted. */
    private boolean inPair;

    SearchTokenizer(HanVariants variants) {
        this.variants = variants;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        char[] buffer = new char[4096];
        for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
            text.append(buffer, 0, n);
        }
        position = 0;
        inPair = false;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        int n = text.length();
        while (position < n) {
            int cp = Character.codePointAt(text, position);
            int size = Character.charCount(cp);
            if (isWide(cp)) {
                int next = position + size;
                boolean pairs = next < n && isWide(Character.codePointAt(text, next));
                if (pairs) {
                    int end = next + Character.charCount(Character.codePointAt(text, next));
                    emitWide(position, end, PAIR);
                    position = next;
                    inPair = true;
                    return true;
                }
                boolean tail = inPair;
                inPair = false;
                if (!tail) {
                    emitWide(position, next, SINGLE);
                    position = next;
                    return true;
                }
                position = next;
                continue;
            }
            inPair = false;
            if (isWordChar(cp)) {
                int end = wordEnd(position);
                emitWord(position, end);
                position = end;
                return true;
            }
            position += size;
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(text.length());
        offset.setOffset(last, last);
    }

    private int wordEnd(int start) {
        int i = start;
        int n = text.length();
        while (i < n && i - start < MAX_WORD) {
            int cp = Character.codePointAt(text, i);
            if (isWordChar(cp)) {
                i += Character.charCount(cp);
            } else if (isJoiner(cp) && i + 1 < n && isWordChar(Character.codePointAt(text, i + 1))) {
                i++;
            } else {
                break;
            }
        }
        // A suffix of + or # (C++, C#, F#), unless a letter follows it (a+b is two words).
        int suffix = i;
        while (suffix < n && suffix - i < 2 && (text.charAt(suffix) == '+' || text.charAt(suffix) == '#')) {
            suffix++;
        }
        boolean followedByWord = suffix < n && isWordChar(Character.codePointAt(text, suffix));
        return suffix > i && !followedByWord ? suffix : i;
    }

    /** Emits Chinese characters, each folded to Simplified. */
    private void emitWide(int start, int end, String tokenType) {
        term.setEmpty();
        for (int i = start; i < end; i++) {
            term.append(variants.fold(text.charAt(i)));
        }
        offset.setOffset(correctOffset(start), correctOffset(end));
        type.setType(tokenType);
    }

    /** Emits a word in lower case, full-width letters and digits made narrow. */
    private void emitWord(int start, int end) {
        term.setEmpty();
        for (int i = start; i < end; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                cp -= 0xFEE0;
            }
            term.append(Character.toString(Character.toLowerCase(cp)));
        }
        offset.setOffset(correctOffset(start), correctOffset(end));
        type.setType(WORD);
    }

    /** Joins the parts of one word: GPT-4o, Node.js, snake_case, OpenAI's. */
    static boolean isJoiner(int cp) {
        return cp == '-' || cp == '.' || cp == '_' || cp == '\'';
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) && !isWide(cp);
    }

    /** Tells whether a character is written without spaces between words: Han, kana, Hangul. */
    static boolean isWide(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true;
        }
        return switch (Character.UnicodeScript.of(cp)) {
            case HAN, KATAKANA, HANGUL -> Character.isLetter(cp);
            case HIRAGANA -> true;
            default -> false;
        };
    }
}
