package blog.search;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits text into words for search. Each Han, kana or Hangul character is a token of its own
 * (typed as Lucene's StandardTokenizer types them, so that CJKBigramFilter pairs them up); any
 * other run of letters and digits is a word, held together by an inner {@code - . _ '} and
 * followed by a {@code +} or {@code #} suffix, so that {@code GPT-4o}, {@code Node.js},
 * {@code C++} and {@code C#} stay whole. Everything else separates.
 */
final class SearchTokenizer extends Tokenizer {

    static final String WORD = "<ALPHANUM>";
    static final String IDEOGRAPHIC = "<IDEOGRAPHIC>";
    private static final String HIRAGANA = "<HIRAGANA>";
    private static final String KATAKANA = "<KATAKANA>";
    private static final String HANGUL = "<HANGUL>";
    /** The longest word kept; longer runs (base64, hashes) are cut into pieces of this length. */
    private static final int MAX_WORD = 64;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final StringBuilder text = new StringBuilder();
    private int position;

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        char[] buffer = new char[4096];
        for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
            text.append(buffer, 0, n);
        }
        position = 0;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        int n = text.length();
        while (position < n) {
            int cp = Character.codePointAt(text, position);
            int size = Character.charCount(cp);
            String script = scriptType(cp);
            if (script != null) {
                emit(position, position + size, script);
                position += size;
                return true;
            }
            if (isWordChar(cp)) {
                int end = wordEnd(position);
                emit(position, end, WORD);
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

    private void emit(int start, int end, String tokenType) {
        term.setEmpty().append(text, start, end);
        offset.setOffset(correctOffset(start), correctOffset(end));
        type.setType(tokenType);
    }

    /** Joins the parts of one word: GPT-4o, Node.js, snake_case, OpenAI's. */
    static boolean isJoiner(int cp) {
        return cp == '-' || cp == '.' || cp == '_' || cp == '\'';
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) && scriptType(cp) == null;
    }

    /** The token type of a character written without spaces between words, or null. */
    private static String scriptType(int cp) {
        if (cp < 0x1100) {
            return null;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return IDEOGRAPHIC;
        }
        return switch (Character.UnicodeScript.of(cp)) {
            case HAN -> Character.isLetter(cp) ? IDEOGRAPHIC : null;
            case HIRAGANA -> HIRAGANA;
            case KATAKANA -> Character.isLetter(cp) ? KATAKANA : null;
            case HANGUL -> Character.isLetter(cp) ? HANGUL : null;
            default -> null;
        };
    }
}
