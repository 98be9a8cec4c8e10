package blog.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds the shortcodes in a Markdown text, outside code blocks and code spans (which show
 * shortcodes as text, as in a post about Hugo). Hugo's syntax: {@code {{< name arg key="value" >}}},
 * the {@code %} form, a closing {@code {{< /name >}}} that makes a pair, a self-closing
 * {@code {{< name />}}}, and the comment form (a tag whose arguments are wrapped in slash-star, star-slash), which shows the tag as text.
 * Thread-safe.
 */
final class ShortcodeScanner {

    /** A tag longer than this is taken as text: it keeps a stray {@code {{<} from scanning the whole post. */
    private static final int MAX_TAG_LENGTH = 4096;

    /** Something found in the text, from {@code start} to {@code end} (exclusive). */
    sealed interface Piece permits Call, Literal, StrayClose {
        int start();

        int end();
    }

    /** A shortcode, with its inner text (which starts at {@code innerStart}) when it is paired. */
    record Call(int start, int end, int innerStart, Shortcode shortcode) implements Piece {
    }

    /** The comment form: shows {@code text}, a shortcode tag, as it is. */
    record Literal(int start, int end, String text) implements Piece {
    }

    /** A closing tag with no opening one before it. */
    record StrayClose(int start, int end, String name) implements Piece {
    }

    private record Tag(int start, int end, boolean markdown, boolean closing, boolean selfClosing, String name,
            List<String> args, Map<String, String> params, String literal) {
    }

    // Only code matters here, so no extensions: tables and the like do not change what is code.
    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /** Returns the shortcodes at the top level of {@code text}, in order; paired ones hold their inner text. */
    List<Piece> scan(String text) {
        if (!text.contains("{{<") && !text.contains("{{%")) {
            return List.of();
        }
        List<int[]> code = codeRanges(text);
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        while ((i = nextOpen(text, i, code)) >= 0) {
            Tag tag = parseTag(text, i);
            if (tag == null) {
                i += 3;
                continue;
            }
            if (tag.literal() != null) {
                pieces.add(new Literal(tag.start(), tag.end(), tag.literal()));
            } else if (tag.closing()) {
                pieces.add(new StrayClose(tag.start(), tag.end(), tag.name()));
            } else {
                Tag close = tag.selfClosing() ? null : matchingClose(text, tag, code);
                String inner = close == null ? "" : text.substring(tag.end(), close.start());
                int end = close == null ? tag.end() : close.end();
                pieces.add(new Call(tag.start(), end, tag.end(), new Shortcode(tag.name(), tag.args(), tag.params(), inner,
                        close != null, tag.markdown(), tag.start())));
            }
            i = pieces.get(pieces.size() - 1).end();
        }
        return pieces;
    }

    /** Finds the closing tag of {@code open}, counting nested uses of the same name; null if there is none. */
    private static Tag matchingClose(String text, Tag open, List<int[]> code) {
        int depth = 1;
        int i = open.end();
        while ((i = nextOpen(text, i, code)) >= 0) {
            Tag tag = parseTag(text, i);
            if (tag == null) {
                i += 3;
                continue;
            }
            if (tag.literal() == null && tag.name().equals(open.name())) {
                if (tag.closing()) {
                    depth--;
                    if (depth == 0) {
                        return tag;
                    }
                } else if (!tag.selfClosing()) {
                    depth++;
                }
            }
            i = tag.end();
        }
        return null;
    }

    private static int nextOpen(String text, int from, List<int[]> code) {
        int i = from;
        while (true) {
            int at = nextTagStart(text, i);
            if (at < 0) {
                return -1;
            }
            int codeEnd = codeEndAt(code, at);
            if (codeEnd < 0) {
                return at;
            }
            i = codeEnd;
        }
    }

    /**
     * Returns where the next {@code {{<} or {@code {{%} starts, or -1. One forward search: looking
     * for each form apart ran to the end of the text for the form a post does not use, once per tag.
     */
    private static int nextTagStart(String text, int from) {
        for (int at = text.indexOf("{{", from); at >= 0 && at + 2 < text.length(); at = text.indexOf("{{", at + 1)) {
            char kind = text.charAt(at + 2);
            if (kind == '<' || kind == '%') {
                return at;
            }
        }
        return -1;
    }

    /** Returns the end of the code range holding {@code at}, or -1 when {@code at} is not in code. */
    private static int codeEndAt(List<int[]> code, int at) {
        for (int[] range : code) {
            if (at >= range[0] && at < range[1]) {
                return range[1];
            }
        }
        return -1;
    }

    /** Returns the source ranges of code; walks the tree with a stack, as a body may be nested thousands deep. */
    private List<int[]> codeRanges(String text) {
        List<int[]> ranges = new ArrayList<>();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(parser.parse(text));
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Code || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                for (SourceSpan span : node.getSourceSpans()) {
                    ranges.add(new int[] {span.getInputIndex(), span.getInputIndex() + span.getLength()});
                }
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                pending.push(child);
            }
        }
        return ranges;
    }

    /** Reads the tag that starts at {@code start} with {@code {{<} or {@code {{%}; null if it is not one. */
    private static Tag parseTag(String text, int start) {
        boolean markdown = text.charAt(start + 2) == '%';
        String closer = markdown ? "%}}" : ">}}";
        int limit = Math.min(text.length(), start + MAX_TAG_LENGTH);
        int i = skipSpace(text, start + 3, limit);
        if (text.startsWith("/*", i)) {
            int end = text.indexOf("*/", i + 2);
            int after = end < 0 ? -1 : skipSpace(text, end + 2, limit);
            if (end < 0 || end >= limit || !text.startsWith(closer, after)) {
                return null;
            }
            String literal = "{{" + text.charAt(start + 2) + text.substring(i + 2, end) + closer;
            return new Tag(start, after + 3, markdown, false, false, "", List.of(), Map.of(), literal);
        }
        boolean closing = text.startsWith("/", i);
        if (closing) {
            i = skipSpace(text, i + 1, limit);
        }
        int nameStart = i;
        while (i < limit && isNameChar(text.charAt(i))) {
            i++;
        }
        if (i == nameStart) {
            return null;
        }
        String name = text.substring(nameStart, i);
        List<String> args = new ArrayList<>();
        Map<String, String> params = new HashMap<>();
        while (true) {
            i = skipSpace(text, i, limit);
            if (i >= limit) {
                return null;
            }
            if (text.startsWith(closer, i)) {
                return new Tag(start, i + 3, markdown, closing, false, name, args, params, null);
            }
            if (text.startsWith("/" + closer, i)) {
                return new Tag(start, i + 4, markdown, closing, true, name, args, params, null);
            }
            int[] next = new int[1];
            String token = readValue(text, i, limit, closer, next);
            if (token == null) {
                return null;
            }
            i = next[0];
            boolean quoted = text.charAt(i - 1) == '"' || text.charAt(i - 1) == '`';
            int eq = token.indexOf('=');
            if (!quoted && eq > 0 && i < limit && eq == token.length() - 1
                    && (text.charAt(i) == '"' || text.charAt(i) == '`')) {
                String value = readValue(text, i, limit, closer, next);
                if (value == null) {
                    return null;
                }
                params.put(token.substring(0, eq), value);
                i = next[0];
            } else if (!quoted && eq > 0) {
                params.put(token.substring(0, eq), token.substring(eq + 1));
            } else {
                args.add(token);
            }
        }
    }

    /**
     * Reads one argument at {@code at}: {@code "quoted"} (with backslash escapes), {@code `raw`}, or a
     * word up to a space, a {@code "} after {@code =}, or the closer. Sets {@code next[0]} after it.
     */
    private static String readValue(String text, int at, int limit, String closer, int[] next) {
        char first = text.charAt(at);
        if (first == '"' || first == '`') {
            StringBuilder value = new StringBuilder();
            for (int i = at + 1; i < limit; i++) {
                char c = text.charAt(i);
                if (c == first) {
                    next[0] = i + 1;
                    return value.toString();
                }
                if (c == '\\' && first == '"' && i + 1 < limit) {
                    c = text.charAt(++i);
                }
                value.append(c);
            }
            return null;
        }
        int i = at;
        while (i < limit && !Character.isWhitespace(text.charAt(i)) && !text.startsWith(closer, i)
                && !text.startsWith("/" + closer, i)) {
            i++;
            if (text.charAt(i - 1) == '=' && i < limit && (text.charAt(i) == '"' || text.charAt(i) == '`')) {
                break;
            }
        }
        next[0] = i;
        return text.substring(at, i);
    }

    private static int skipSpace(String text, int i, int limit) {
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
                || c == '.';
    }
}
