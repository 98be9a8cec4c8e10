package blog.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One use of a shortcode in a post, {@code {{< name args >}}} or {@code {{% name args %}}}, with
 * the text between it and its closing tag when it is paired.
 *
 * @param args the positional arguments, quotes removed
 * @param params the named arguments ({@code key="value"}), quotes removed
 * @param inner the text between the opening and the closing tag, as written; empty when not paired
 * @param markdown true for the {@code %} form, whose inner text is Markdown
 * @param offset where the opening tag starts in the text it was found in
 */
record Shortcode(String name, List<String> args, Map<String, String> params, String inner, boolean paired,
        boolean markdown, int offset) {

    Shortcode {
        args = List.copyOf(args);
        params = Map.copyOf(params);
    }

    /** Returns the named argument {@code key}, else the positional one at {@code position}, as Hugo's {@code .Get} does. */
    Optional<String> get(String key, int position) {
        String named = params.get(key);
        if (named != null) {
            return Optional.of(named);
        }
        return position < args.size() ? Optional.of(args.get(position)) : Optional.empty();
    }

    /** Returns the named argument {@code key}. */
    Optional<String> get(String key) {
        return Optional.ofNullable(params.get(key));
    }

    /** Returns how the opening tag is written, for messages: {@code {{< name >}}} or {@code {{% name %}}}. */
    String tag() {
        return markdown ? "{{% " + name + " %}}" : "{{< " + name + " >}}";
    }
}
