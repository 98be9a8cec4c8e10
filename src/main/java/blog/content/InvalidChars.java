package blog.content;

/**
 * The characters that HTML may not hold and front matter text loses: control characters other than
 * tab and line breaks (U+0000–U+001F, U+007F–U+009F), lone surrogates, and noncharacters
 * (U+FDD0–U+FDEF and the last two of every plane). Browsers flag them as parse errors and feed
 * readers reject them; none is ever meant in a title.
 */
final class InvalidChars {

    private InvalidChars() {
    }

    /** Returns {@code text} without its invalid characters, or {@code text} itself when it has none. */
    static String drop(String text) {
        int first = firstInvalid(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!isInvalid(text, i, cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Returns the first invalid character as {@code U+XXXX}, for a message; empty when there is none. */
    static String firstName(String text) {
        int i = firstInvalid(text);
        return i < 0 ? "" : String.format("U+%04X", text.codePointAt(i));
    }

    private static int firstInvalid(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isInvalid(text, i, cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    private static boolean isInvalid(String text, int at, int cp) {
        if (cp < 0x20) {
            return cp != '\t' && cp != '\n' && cp != '\r';
        }
        if (cp >= 0x7F && cp <= 0x9F) {
            return true;
        }
        // codePointAt gives a surrogate only when it has no partner
        return Character.isSurrogate(text.charAt(at)) && Character.charCount(cp) == 1
                || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }
}
