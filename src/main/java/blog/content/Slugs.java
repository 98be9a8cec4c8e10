package blog.content;

import java.text.Normalizer;
import java.util.Locale;

/** Hugo's rules for turning titles, file names and terms into URL path text. */
public final class Slugs {

    private Slugs() {
    }

    /**
     * Returns Hugo's {@code urlize} of a text: NFC, lower case, runs of whitespace to one
     * {@code -}, letters (CJK included), digits and marks kept with {@code . / \ _ # + ~ - @},
     * and {@code %} only before two hex digits; everything else dropped.
     */
    public static String urlize(String text) {
        if (isUrlizedAlready(text)) {
            return text; // most slugs and path segments: start-up urlizes one or two per post
        }
        String source = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder target = new StringBuilder(source.length());
        boolean prependHyphen = false;
        boolean wasHyphen = false;
        int[] cps = source.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean allowed = c == '.' || c == '/' || c == '\\' || c == '_' || c == '#' || c == '+' || c == '~'
                    || c == '-' || c == '@' || Character.isLetter(c) || Character.isDigit(c) || isMark(c)
                    || (c == '%' && i + 2 < cps.length && isHex(cps[i + 1]) && isHex(cps[i + 2]));
            if (allowed) {
                wasHyphen = c == '-';
                if (prependHyphen) {
                    if (!wasHyphen) {
                        target.append('-');
                    }
                    prependHyphen = false;
                }
                target.appendCodePoint(c);
            } else if (target.length() > 0 && !wasHyphen && isSpace(c)) {
                prependHyphen = true;
            }
        }
        return target.toString();
    }

    /** Tells whether the text is lower-case ASCII letters, digits and kept punctuation only, which urlize leaves as it is. */
    private static boolean isUrlizedAlready(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean kept = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_'
                    || c == '/' || c == '\\' || c == '#' || c == '+' || c == '~' || c == '@';
            if (!kept) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the URL segment of a post: Hugo's {@code urlize}, with slashes turned into
     * {@code -} so a post always lives at {@code /posts/{slug}/}. Empty if nothing is left.
     */
    public static String postSlug(String text) {
        String slug = urlize(text).replace('/', '-').replace('\\', '-');
        return slug.equals(".") || slug.equals("..") ? "" : slug;
    }

    /**
     * Go's {@code unicode.IsSpace}, which Hugo uses. Unlike {@link Character#isWhitespace} it
     * counts no-break spaces (U+00A0, U+202F) and NEL (U+0085), which pasted titles often hold.
     */
    private static boolean isSpace(int c) {
        if (c <= 0xFF) {
            return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
        }
        return Character.isSpaceChar(c);
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
