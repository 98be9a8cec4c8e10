package blog.content;

/**
 * A post file split into its front matter and its Markdown body.
 *
 * @param frontMatter the YAML between the two {@code ---} lines
 * @param frontMatterLine the file line on which the front matter text starts
 * @param body the Markdown after the closing {@code ---} line
 * @param bodyLine the file line on which the body starts
 */
record SourceText(String frontMatter, int frontMatterLine, String body, int bodyLine) {

    private static final String FENCE = "---";

    /**
     * Splits a file's text. A UTF-8 byte order mark and CRLF or CR line endings are accepted.
     * Only the first line may open front matter, so {@code ---} later in the body stays body.
     */
    static SourceText split(String text) throws FrontMatterMissing, FrontMatterUnclosed {
        String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        normalized = normalized.replace("\r\n", "\n").replace('\r', '\n');
        int firstEnd = lineEnd(normalized, 0);
        if (!isFence(normalized.substring(0, firstEnd))) {
            throw new FrontMatterMissing();
        }
        int lineNumber = 2;
        int start = Math.min(firstEnd + 1, normalized.length());
        int pos = start;
        while (pos < normalized.length()) {
            int end = lineEnd(normalized, pos);
            if (isFence(normalized.substring(pos, end))) {
                String yaml = normalized.substring(start, pos);
                String body = end < normalized.length() ? normalized.substring(end + 1) : "";
                return new SourceText(yaml, 2, body, lineNumber + 1);
            }
            pos = end + 1;
            lineNumber++;
        }
        throw new FrontMatterUnclosed();
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals(FENCE);
    }

    /** The file does not start with a {@code ---} line. */
    static final class FrontMatterMissing extends Exception {
        FrontMatterMissing() {
            super(null, null, false, false);
        }
    }

    /** The opening {@code ---} line has no closing partner. */
    static final class FrontMatterUnclosed extends Exception {
        FrontMatterUnclosed() {
            super(null, null, false, false);
        }
    }
}
