package blog.content;

/**
 * Looks at a post file's raw bytes, so that start-up decodes no more of it than it needs: whether it
 * is UTF-8 and may hold a shortcode (in one pass), and where its front matter ends.
 */
final class PostBytes {

    private PostBytes() {
    }

    /**
     * What one pass found.
     *
     * @param utf8 whether the bytes are well-formed UTF-8, by the JDK strict decoder's rule: no
     *     overlong forms, surrogates or values past U+10FFFF
     * @param shortcodeMark whether {@code {{<} or {@code {{%}, with which every shortcode starts, occurs
     */
    record Scan(boolean utf8, boolean shortcodeMark) {
    }

    /** Checks the bytes as UTF-8 without decoding them, noting any shortcode mark on the way. */
    static Scan scan(byte[] bytes) {
        boolean mark = false;
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                if (b == '{' && i + 2 < n && bytes[i + 1] == '{' && (bytes[i + 2] == '<' || bytes[i + 2] == '%')) {
                    mark = true;
                }
                i++;
                continue;
            }
            b &= 0xFF;
            if (b >= 0xE0 && b < 0xF0) {
                // Three bytes: most of a Chinese post, so this case comes first.
                if (i + 2 >= n || !isContinuation(bytes[i + 1]) || !isContinuation(bytes[i + 2])) {
                    return new Scan(false, mark);
                }
                int high = ((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6);
                if (high < 0x800 || (high >= 0xD800 && high <= 0xDFFF)) {
                    return new Scan(false, mark); // overlong, or a surrogate
                }
                i += 3;
            } else if (b < 0xC2) {
                return new Scan(false, mark); // a continuation byte without a lead, or an overlong two-byte form
            } else if (b < 0xE0) {
                if (i + 1 >= n || !isContinuation(bytes[i + 1])) {
                    return new Scan(false, mark);
                }
                i += 2;
            } else if (b < 0xF5) {
                if (i + 3 >= n || !isContinuation(bytes[i + 2]) || !isContinuation(bytes[i + 3])) {
                    return new Scan(false, mark);
                }
                int second = bytes[i + 1] & 0xFF;
                int low = b == 0xF0 ? 0x90 : 0x80; // F0 80..8F would be overlong
                int high = b == 0xF4 ? 0x8F : 0xBF; // F4 90.. would pass U+10FFFF
                if (second < low || second > high) {
                    return new Scan(false, mark);
                }
                i += 4;
            } else {
                return new Scan(false, mark);
            }
        }
        return new Scan(true, mark);
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /**
     * Returns the length of the file's start through the {@code ---} (YAML) or {@code +++} (TOML)
     * line that closes its front matter, or the whole length when it opens with neither (JSON, or
     * no front matter) or nothing closes it. It may answer later than the true end (then more is
     * decoded, never less): {@link SourceText} still decides where the front matter ends.
     */
    static int headLength(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        int end = lineEnd(bytes, start);
        byte fence = bytes.length > start ? bytes[start] : 0;
        if ((fence != '-' && fence != '+') || !isFence(bytes, start, end, fence)) {
            return bytes.length;
        }
        for (int pos = end + 1; pos < bytes.length; pos = end + 1) {
            end = lineEnd(bytes, pos);
            if (isFence(bytes, pos, end, fence)) {
                return end;
            }
        }
        return bytes.length;
    }

    /** Returns the index of the CR or LF that ends the line starting at {@code from}, or the length. */
    private static int lineEnd(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                return i;
            }
        }
        return bytes.length;
    }

    /**
     * Tells whether the line is three {@code fence} characters followed only by spaces or tabs
     * (UTF-8 never puts an ASCII byte inside a character).
     */
    private static boolean isFence(byte[] bytes, int from, int to, byte fence) {
        if (to - from < 3 || bytes[from] != fence || bytes[from + 1] != fence || bytes[from + 2] != fence) {
            return false;
        }
        for (int i = from + 3; i < to; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
