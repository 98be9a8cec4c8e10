package blog.content;

/**
 * A post file split into its front matter and its Markdown body.
 *
 * @param format how the front matter is written
 * @param frontMatter the text between the two fence lines (for JSON, the whole object, braces included)
 * @param frontMatterLine the file line on which the front matter text starts
 * @param body the Markdown after the closing fence line
 * @param bodyLine the file line on which the body starts
 */
record SourceText(Format format, String frontMatter, int frontMatterLine, String body, int bodyLine) {

    /** The front matter formats Hugo reads: YAML between {@code ---}, TOML between {@code +++}, a JSON object. */
    enum Format {
        YAML("---"), TOML("+++"), JSON("}");

        private final String closing;

        Format(String closing) {
            this.closing = closing;
        }
    }

    /**
     * Splits a file's text. A UTF-8 byte order mark and CRLF or CR line endings are accepted.
     * Only the first line may open front matter, so {@code ---} later in the body stays body.
     */
    static SourceText split(String text) throws FrontMatterMissing, FrontMatterUnclosed {
        String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        normalized = normalized.replace("\r\n", "\n").replace('\r', '\n');
        int firstEnd = lineEnd(normalized, 0);
        Format format = opening(normalized.substring(0, firstEnd));
        int lineNumber = 2;
        int start = Math.min(firstEnd + 1, normalized.length());
        int pos = start;
        while (pos < normalized.length()) {
            int end = lineEnd(normalized, pos);
            if (normalized.substring(pos, end).stripTrailing().equals(format.closing)) {
                String body = end < normalized.length() ? normalized.substring(end + 1) : "";
                return format == Format.JSON
                        ? new SourceText(format, normalized.substring(0, end), 1, body, lineNumber + 1)
                        : new SourceText(format, normalized.substring(start, pos), 2, body, lineNumber + 1);
            }
            pos = end + 1;
            lineNumber++;
        }
        throw new FrontMatterUnclosed(format);
    }

    private static Format opening(String firstLine) throws FrontMatterMissing {
        String line = firstLine.stripTrailing();
        if (line.equals("---")) {
            return Format.YAML;
        }
        if (line.equals("+++")) {
            return Format.TOML;
        }
        if (line.equals("{") || line.startsWith("{\"")) {
            return Format.JSON;
        }
        throw new FrontMatterMissing();
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** The file does not start with a {@code ---}, {@code +++} or <code>{</code> line. */
    static final class FrontMatterMissing extends Exception {
        FrontMatterMissing() {
            super(null, null, false, false);
        }
    }

    /** The opening line has no closing partner. */
    static final class FrontMatterUnclosed extends Exception {
        private final Format format;

        FrontMatterUnclosed(Format format) {
            super(null, null, false, false);
            this.format = format;
        }

        /** Returns the line that would close the front matter. */
        String closing() {
            return format.closing;
        }
    }
}
