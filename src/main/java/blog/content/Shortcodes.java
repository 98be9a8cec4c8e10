package blog.content;

import blog.content.ShortcodeScanner.Call;
import blog.content.ShortcodeScanner.Literal;
import blog.content.ShortcodeScanner.Piece;
import blog.content.ShortcodeScanner.StrayClose;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * The shortcodes a post may use: Hugo's built-ins and the blogger's own templates. Renders a body
 * as Hugo does: each shortcode becomes a placeholder, the Markdown is rendered, and the placeholders
 * are replaced by the shortcodes' HTML. A placeholder is made of Unicode noncharacters, which are
 * dropped from the body first, so no text a post holds can pass for one. An unknown shortcode renders as its inner text (nothing when
 * it is not paired) and is reported by {@link #problems}. Built once; thread-safe.
 */
public final class Shortcodes {

    /** Nesting deeper than this is shown as text: it can only be a mistake or an attack. */
    private static final int MAX_DEPTH = 16;
    // Noncharacters, "reserved for internal use" by Unicode and invalid in HTML: commonmark takes
    // them as text (neither markup nor punctuation nor space), so a placeholder stays whole and
    // unescaped wherever a shortcode may stand: paragraph, list item, table cell, heading.
    private static final char OPEN = '\uFDD0';
    private static final char CLOSE = '\uFDD1';
    private static final Pattern NONCHARACTERS = Pattern.compile("[\uFDD0-\uFDEF]");
    private static final Pattern PLACEHOLDER = Pattern.compile("<p>" + OPEN + "(\\d+)" + CLOSE + "</p>\\n?|" + OPEN
            + "(\\d+)" + CLOSE);

    private final ShortcodeScanner scanner = new ShortcodeScanner();
    private final Map<String, ShortcodeHandler> builtIns = BuiltinShortcodes.all();
    private final Optional<ShortcodeTemplates> templates;

    private Shortcodes(Optional<ShortcodeTemplates> templates) {
        this.templates = templates;
    }

    /** Returns Hugo's built-ins only. */
    public static Shortcodes builtIn() {
        return new Shortcodes(Optional.empty());
    }

    /**
     * Returns the built-ins plus one shortcode per {@code NAME.html} template in {@code dir} (which
     * may not exist); a template named like a built-in replaces it.
     */
    public static Shortcodes withTemplates(Path dir) {
        return new Shortcodes(Optional.of(ShortcodeTemplates.in(dir)));
    }

    /** Returns the handler of {@code name}, or null for an unknown shortcode. */
    private ShortcodeHandler handler(String name) {
        if (templates.isPresent() && templates.get().has(name)) {
            return templates.get();
        }
        return builtIns.get(name);
    }

    /** Renders {@code markdown} to HTML (not yet sanitized) with {@code commonmark}, shortcodes included. */
    String render(String markdown, UnaryOperator<String> commonmark) {
        return render(NONCHARACTERS.matcher(markdown).replaceAll(""), commonmark, 0);
    }

    private String render(String markdown, UnaryOperator<String> commonmark, int depth) {
        List<Piece> pieces = scanner.scan(markdown);
        if (pieces.isEmpty()) {
            return commonmark.apply(markdown);
        }
        StringBuilder source = new StringBuilder(markdown.length());
        List<String> outputs = new ArrayList<>(pieces.size());
        int last = 0;
        for (Piece piece : pieces) {
            source.append(markdown, last, piece.start()).append(OPEN).append(outputs.size()).append(CLOSE);
            outputs.add(output(piece, commonmark, depth));
            last = piece.end();
        }
        source.append(markdown, last, markdown.length());
        String html = commonmark.apply(source.toString());
        // A shortcode alone in its paragraph replaces the paragraph, so block HTML is not put inside <p>.
        Matcher m = PLACEHOLDER.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            int index = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(index < outputs.size() ? outputs.get(index) : ""));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String output(Piece piece, UnaryOperator<String> commonmark, int depth) {
        if (piece instanceof Literal literal) {
            return Entities.escape(literal.text());
        }
        if (!(piece instanceof Call call)) {
            return ""; // a closing tag without its opening one
        }
        Shortcode sc = call.shortcode();
        if (depth >= MAX_DEPTH) {
            return Entities.escape(sc.inner());
        }
        UnaryOperator<String> markdown = text -> render(text, commonmark, depth + 1);
        ShortcodeHandler handler = handler(sc.name());
        if (handler == null) {
            return sc.paired() ? markdown.apply(sc.inner()) : "";
        }
        Shortcode expanded = sc;
        if (sc.paired() && !sc.markdown() && !sc.name().equals("highlight")) {
            // The {{< >}} form passes its inner text as written, with the shortcodes in it rendered.
            expanded = new Shortcode(sc.name(), sc.args(), sc.params(), raw(sc.inner(), commonmark, depth + 1),
                    true, false, sc.offset());
        }
        return handler.render(expanded, markdown);
    }

    /** Replaces the shortcodes in {@code text} by their HTML, leaving the rest as it is. */
    private String raw(String text, UnaryOperator<String> commonmark, int depth) {
        List<Piece> pieces = scanner.scan(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        for (Piece piece : pieces) {
            out.append(text, last, piece.start()).append(output(piece, commonmark, depth));
            last = piece.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    /**
     * Returns {@code markdown} with each shortcode replaced by plain Markdown that stands for it (its
     * inner text, or an image for a figure), keeping every line where it was, for summaries,
     * reading time and link checks.
     */
    String plain(String markdown) {
        return plain(markdown, 0);
    }

    private String plain(String markdown, int depth) {
        List<Piece> pieces = scanner.scan(markdown);
        if (pieces.isEmpty()) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length());
        int last = 0;
        for (Piece piece : pieces) {
            out.append(markdown, last, piece.start());
            String original = markdown.substring(piece.start(), piece.end());
            String replacement = "";
            if (piece instanceof Literal literal) {
                replacement = literal.text().replace('\n', ' ');
            } else if (piece instanceof Call call) {
                Shortcode sc = call.shortcode();
                ShortcodeHandler handler = handler(sc.name());
                String inner = !sc.paired() ? "" : depth < MAX_DEPTH ? plain(sc.inner(), depth + 1) : sc.inner();
                replacement = handler == null ? inner : handler.plain(withInner(sc, inner));
                if (sc.paired() && replacement.equals(inner)) {
                    // Keep the inner lines on their own lines: pad for the lines the tags took.
                    int open = call.innerStart() - piece.start();
                    replacement = newlines(original.substring(0, open)) + inner
                            + newlines(original.substring(open + sc.inner().length()));
                }
            }
            int missing = newlines(original).length() - newlines(replacement).length();
            out.append(replacement).append("\n".repeat(Math.max(0, missing)));
            last = piece.end();
        }
        return out.append(markdown, last, markdown.length()).toString();
    }

    /** Returns each problem with the shortcodes of a body whose first line is {@code bodyLine} of {@code file}. */
    List<Problem> problems(Path file, String body, int bodyLine) {
        List<Problem> problems = new ArrayList<>();
        collect(file, body, bodyLine, problems, 0);
        return problems;
    }

    private void collect(Path file, String text, int firstLine, List<Problem> problems, int depth) {
        for (Piece piece : scanner.scan(text)) {
            int line = firstLine + newlines(text.substring(0, piece.start())).length();
            if (piece instanceof StrayClose stray) {
                problems.add(Problem.warning(file, line, "closing shortcode {{< /" + stray.name()
                        + " >}} has no opening tag before it; it is ignored"));
            } else if (piece instanceof Call call) {
                Shortcode sc = call.shortcode();
                ShortcodeHandler handler = handler(sc.name());
                if (handler == null) {
                    problems.add(Problem.warning(file, line, "unknown shortcode " + sc.tag() + ": it "
                            + (sc.paired() ? "shows only its inner text" : "is left out")
                            + "; add a template shortcodes/" + sc.name() + ".html to define it"));
                } else {
                    handler.problem(sc).ifPresent(message -> problems.add(Problem.warning(file, line,
                            message + " (it is left out)")));
                }
                if (sc.paired() && depth < MAX_DEPTH && !sc.name().equals("highlight")) {
                    collect(file, sc.inner(), firstLine + newlines(text.substring(0, call.innerStart())).length(),
                            problems, depth + 1);
                }
            }
        }
    }

    private static Shortcode withInner(Shortcode sc, String inner) {
        return new Shortcode(sc.name(), sc.args(), sc.params(), inner, sc.paired(), sc.markdown(), sc.offset());
    }

    private static String newlines(String text) {
        return "\n".repeat((int) text.chars().filter(c -> c == '\n').count());
    }
}
