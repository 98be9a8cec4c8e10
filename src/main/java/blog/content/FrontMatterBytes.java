package blog.content;

/**
 * Finds where a post file's front matter ends, in its raw bytes, so that start-up decodes no
 * more than that. It may answer later than the true end (then more is decoded, never less):
 * {@link SourceText} still decides where the front matter ends.
 */
final class FrontMatterBytes {

    private FrontMatterBytes() {
    }

    /**
     * Returns the length of the file's start through the {@code ---} (YAML) or {@code +++} (TOML)
     * line that closes its front matter, or the whole length when it opens with neither (JSON, or
     * no front matter) or nothing closes it.
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
