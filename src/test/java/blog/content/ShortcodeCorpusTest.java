package blog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * ouuan's Hugo blog (in {@code ../shared/corpus/ouuan-blog}) uses theme shortcodes in 31 posts.
 * Every post renders with them: no shortcode tag is left in the text a reader sees, and inner text
 * (code included) is kept. Skipped when the corpus is absent.
 */
class ShortcodeCorpusTest {

    @Test
    void everyOuuanPostRendersWithoutLeftoverShortcodeTags() throws IOException {
        Path posts = corpus().map(c -> c.resolve("ouuan-blog/posts")).filter(Files::isDirectory).orElse(null);
        assumeTrue(posts != null, "../shared/corpus/ouuan-blog is absent (set BLOG_CORPUS_DIR); skipping");
        Markdown markdown = new Markdown();
        Shortcodes shortcodes = Shortcodes.builtIn();
        List<String> failures = new ArrayList<>();
        int withShortcodes = 0;
        int unknown = 0;
        try (Stream<Path> files = Files.walk(posts)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String body = body(Files.readString(file, StandardCharsets.UTF_8));
                Document html = Jsoup.parse(markdown.toHtml(body));
                html.select("code").remove();
                String text = html.text();
                if (text.contains("{{%") || text.contains("{{<") || text.contains("%}}") || text.contains(">}}")) {
                    failures.add(file.getFileName() + ": " + text.substring(Math.max(0, text.indexOf("}}") - 60),
                            Math.min(text.length(), text.indexOf("}}") + 10)));
                }
                if (body.contains("{{%") || body.contains("{{<")) {
                    withShortcodes++;
                }
                unknown += shortcodes.problems(file, body, 1).size();
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(withShortcodes >= 30, "the corpus uses shortcodes in 31 posts, found " + withShortcodes);
        assertTrue(unknown > 100, "its theme shortcodes are unknown here and each is reported: " + unknown);
    }

    /** Returns the text after TOML ({@code +++}) or YAML ({@code ---}) front matter. */
    private static String body(String text) {
        String fence = text.startsWith("+++") ? "+++" : "---";
        int end = text.indexOf("\n" + fence, fence.length());
        return end < 0 ? text : text.substring(text.indexOf('\n', end + 1) + 1);
    }

    /** Finds {@code shared/corpus} from BLOG_CORPUS_DIR or by walking up from the working directory. */
    static Optional<Path> corpus() {
        String env = System.getenv("BLOG_CORPUS_DIR");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
