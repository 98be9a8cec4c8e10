package blog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blog.Corpora;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    void everyOuuanPostRendersWithoutLeftoverShortcodeTags() {
        Path posts = Corpora.require("ouuan-blog").resolve("posts");
        Markdown markdown = new Markdown();
        LoadResult loaded = new PostLoader(new PostReader(markdown, Fixtures.TAIPEI)).load(posts);
        List<String> failures = new ArrayList<>();
        int withShortcodes = 0;
        for (Post post : loaded.posts()) {
            String body = post.markdown();
            Document html = Jsoup.parse(markdown.toHtml(body));
            html.select("code").remove();
            String text = html.text();
            if (text.contains("{{%") || text.contains("{{<") || text.contains("%}}") || text.contains(">}}")) {
                failures.add(post.file().getFileName() + ": " + text.substring(Math.max(0, text.indexOf("}}") - 60),
                        Math.min(text.length(), text.indexOf("}}") + 10)));
            }
            if (body.contains("{{%") || body.contains("{{<")) {
                withShortcodes++;
            }
        }
        long unknown = loaded.problems().stream().filter(p -> p.message().startsWith("unknown shortcode")).count();
        assertEquals(List.of(), failures);
        assertTrue(withShortcodes >= 30, "the corpus uses shortcodes in 31 posts, found " + withShortcodes);
        assertTrue(unknown > 100, "its theme shortcodes are unknown here and each is reported: " + unknown);
    }
}
