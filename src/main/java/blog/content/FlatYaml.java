package blog.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fast path for the front matter almost every post has: one {@code key: value} a line, each value
 * a quoted string, a plain word or date, or a one-line list of quoted strings. It gives exactly
 * what {@link YamlFields} makes of SnakeYAML's node tree, at a fraction of the cost; anything else
 * (block lists, nesting, comments after values, escapes other than {@code \"} and {@code \\},
 * anchors, tabs, duplicate keys, errors) is declined, and SnakeYAML reads it as before.
 */
final class FlatYaml {

    /** Front matter longer than this goes to SnakeYAML, which enforces the size limits. */
    private static final int MAX_LENGTH = 64 * 1024;

    private FlatYaml() {
    }

    /** Reads YAML text whose first line is {@code firstLine} in the file; empty when declined. */
    static Optional<List<FrontMatterFields.Field>> parse(String yaml, int firstLine) {
        if (yaml.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        // A char array rather than the String: every String.charAt carries a check of the string's
        // encoding, which made this parser's compiled code large and slow to compile at start-up.
        char[] text = yaml.toCharArray();
        Map<String, FrontMatterFields.Field> fields = new LinkedHashMap<>();
        int line = firstLine;
        int pos = 0;
        while (pos < text.length) {
            int end = lineEnd(text, pos);
            if (!field(text, pos, end, line, fields)) {
                return Optional.empty();
            }
            pos = end + 1;
            line++;
        }
        return Optional.of(List.copyOf(fields.values()));
    }

    /** Reads one line into {@code fields}; false when it is not a line this fast path is sure of. */
    private static boolean field(char[] text, int from, int to, int line, Map<String, FrontMatterFields.Field> fields) {
        if (!isPlainPrintable(text, from, to)) {
            return false;
        }
        int start = skipSpaces(text, from, to);
        if (start == to || text[start] == '#') {
            return true; // a blank or comment line (at any indentation, as YAML allows)
        }
        if (start != from) {
            return false; // an indented line continues or nests a value
        }
        int colon = keyEnd(text, from, to);
        if (colon == from || colon == to || text[colon] != ':' || !isLetter(text[from])
                || (colon + 1 < to && text[colon + 1] != ' ')) {
            return false;
        }
        String key = new String(text, from, colon - from);
        if (fields.containsKey(key)) {
            return false; // SnakeYAML's path reports it with both lines
        }
        Object[] value = new Object[1];
        if (!value(text, skipSpaces(text, colon + 1, to), trimEnd(text, colon + 1, to), value)) {
            return false;
        }
        fields.put(key, new FrontMatterFields.Field(key, value[0], line));
        return true;
    }

    /** Reads the value in {@code [from, to)} into {@code out[0]}: null, a String or a List of Strings. */
    private static boolean value(char[] text, int from, int to, Object[] out) {
        if (from >= to) {
            out[0] = null;
            return true;
        }
        char first = text[from];
        if (first == '"' || first == '\'') {
            Quoted quoted = quoted(text, from, to);
            if (quoted == null || quoted.end() != to) {
                return false;
            }
            out[0] = quoted.text();
            return true;
        }
        if (first == '[') {
            return list(text, from, to, out);
        }
        if (!isSafePlain(text, from, to)) {
            return false;
        }
        String plain = new String(text, from, to - from);
        out[0] = isNull(plain) ? null : plain;
        return true;
    }

    /** Reads {@code ["a", 'b']} or {@code []}: quoted items only, separated by commas. */
    private static boolean list(char[] text, int from, int to, Object[] out) {
        if (text[to - 1] != ']') {
            return false;
        }
        List<Object> items = new ArrayList<>();
        int pos = skipSpaces(text, from + 1, to - 1);
        while (pos < to - 1) {
            char quote = text[pos];
            if (quote != '"' && quote != '\'') {
                return false;
            }
            Quoted quoted = quoted(text, pos, to - 1);
            if (quoted == null) {
                return false;
            }
            items.add(quoted.text());
            pos = skipSpaces(text, quoted.end(), to - 1);
            if (pos < to - 1) {
                if (text[pos] != ',') {
                    return false;
                }
                pos = skipSpaces(text, pos + 1, to - 1);
                if (pos == to - 1) {
                    return false; // a trailing comma: let SnakeYAML decide
                }
            }
        }
        out[0] = items;
        return true;
    }

    /** A quoted string's text and the index just past its closing quote. */
    private record Quoted(String text, int end) {
    }

    /**
     * Reads the quoted string starting at {@code from}; null when it is not closed before {@code to}
     * or holds an escape other than {@code \"} and {@code \\} in double quotes, or a doubled
     * {@code '} in single ones.
     */
    private static Quoted quoted(char[] text, int from, int to) {
        char quote = text[from];
        StringBuilder unescaped = null;
        int copied = from + 1;
        for (int i = from + 1; i < to; i++) {
            char c = text[i];
            if (c == quote) {
                if (quote == '\'' && i + 1 < to && text[i + 1] == '\'') {
                    return null;
                }
                String tail = new String(text, copied, i - copied);
                return new Quoted(unescaped == null ? tail : unescaped.append(tail).toString(), i + 1);
            }
            if (c == '\\' && quote == '"') {
                char next = i + 1 < to ? text[i + 1] : ' ';
                if (next != '"' && next != '\\') {
                    return null;
                }
                unescaped = (unescaped == null ? new StringBuilder() : unescaped).append(text, copied, i - copied)
                        .append(next);
                i++;
                copied = i + 1;
            }
        }
        return null;
    }

    /**
     * Tells whether plain (unquoted) text in {@code [from, to)}, not empty, is read by YAML as
     * itself: no indicator first, no {@code ": "}, comment, or flow characters anywhere, so dates,
     * numbers and words only.
     */
    private static boolean isSafePlain(char[] text, int from, int to) {
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(text[from]) >= 0) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c == '#' || c == ',' || c == '[' || c == ']' || c == '{' || c == '}'
                    || (c == ':' && (i + 1 == to || text[i + 1] == ' '))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNull(String plain) {
        return plain.equals("~") || plain.equals("null") || plain.equals("Null") || plain.equals("NULL");
    }

    /**
     * Tells whether every character in {@code [from, to)} needs no care: SnakeYAML rejects control
     * characters, and treats NEL, LS and PS as line breaks; tabs and a byte order mark have their own rules.
     */
    private static boolean isPlainPrintable(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (!((c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c != 0x2028 && c != 0x2029 && c != 0xFEFF && c < 0xFFFE))) {
                return false;
            }
        }
        return true;
    }

    /** Returns the index just past the key's characters starting at {@code from}. */
    private static int keyEnd(char[] text, int from, int to) {
        int end = from;
        while (end < to && isKeyChar(text[end])) {
            end++;
        }
        return end;
    }

    private static boolean isKeyChar(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    /** Returns the index of the line feed that ends the line starting at {@code from}, or the length. */
    private static int lineEnd(char[] text, int from) {
        int end = from;
        while (end < text.length && text[end] != '\n') {
            end++;
        }
        return end;
    }

    private static int skipSpaces(char[] text, int from, int to) {
        while (from < to && text[from] == ' ') {
            from++;
        }
        return from;
    }

    private static int trimEnd(char[] text, int from, int to) {
        while (to > from && text[to - 1] == ' ') {
            to--;
        }
        return to;
    }
}
