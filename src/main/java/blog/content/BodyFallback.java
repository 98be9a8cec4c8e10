package blog.content;

/**
 * What a post shows in place of a body that cannot be rendered (see {@link UnrenderableBody}): a
 * short notice and the text as written, escaped; and that text as inert Markdown for its summary.
 */
final class BodyFallback {

    static final String NOTICE = "這篇文章的格式過於複雜（例如巢狀層次太深），無法排版，以下是原文。";

    private BodyFallback() {
    }

    /** Returns the notice and the body's text in a {@code pre}, for the page and the feeds. */
    static RenderedBody html(String markdown) {
        StringBuilder html = new StringBuilder(markdown.length() + 200);
        html.append("<p class=\"body-fallback\">").append(NOTICE).append("</p>\n<pre class=\"body-source\">");
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                default -> html.append(c);
            }
        }
        return new RenderedBody(html.append("</pre>\n").toString(), java.util.List.of());
    }

    /**
     * Returns the text as Markdown without any markup: every ASCII punctuation mark escaped with a
     * backslash and no line indented, so it parses as flat paragraphs however it was nested.
     */
    static String literal(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length() * 2);
        boolean lineStart = true;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (lineStart && (c == ' ' || c == '\t')) {
                continue;
            }
            lineStart = c == '\n';
            if (c < 0x80 && isPunctuation(c)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}
