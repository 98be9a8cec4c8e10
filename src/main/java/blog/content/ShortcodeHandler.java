package blog.content;

import java.util.Optional;
import java.util.function.UnaryOperator;

/** Renders one kind of shortcode; built-in ones are Java, a blogger's own are templates. */
interface ShortcodeHandler {

    /**
     * Returns the HTML for {@code shortcode}; it is sanitized with the rest of the post.
     * {@code markdown} renders a Markdown fragment (shortcodes in it included) to HTML.
     */
    String render(Shortcode shortcode, UnaryOperator<String> markdown);

    /** Returns what is wrong with this use, for {@code check}; empty when it is fine. */
    default Optional<String> problem(Shortcode shortcode) {
        return Optional.empty();
    }

    /** Returns Markdown that stands for the shortcode in summaries, reading time and image lookup. */
    default String plain(Shortcode shortcode) {
        return shortcode.inner();
    }
}
