package blog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hugo's shortcode syntax, read as Hugo reads it, through the Markdown renderer. */
class ShortcodeSyntaxTest {

    private final Markdown markdown = new Markdown();
    private final Shortcodes shortcodes = Shortcodes.builtIn();

    private String html(String source) {
        return markdown.toHtml(source);
    }

    private List<String> problems(String body) {
        return shortcodes.problems(Path.of("post.md"), body, 5).stream().map(Problem::toString).toList();
    }

    @Test
    void quotedArgumentsKeepSpacesCjkAndEscapedQuotes() {
        String html = html("{{< figure src=\"/a b.png\" alt=\"他說：\\\"你好\\\"\" >}}");
        assertEquals("<figure><img src=\"/a b.png\" alt=\"他說：&quot;你好&quot;\"></figure>", html.strip());
    }

    @Test
    void rawStringArgumentsAndSelfClosingTags() {
        assertEquals("<figure><img src=\"/a.png\" alt=\"x &quot;y&quot;\"></figure>",
                html("{{< figure src=`/a.png` alt=`x \"y\"` />}}").strip());
    }

    @Test
    void shortcodeInsideAParagraphStaysInline() {
        String html = html("前文 {{< gist a 1 >}} 後文");
        assertTrue(html.startsWith("<p>前文 "), html);
        assertTrue(html.contains("https://gist.github.com/a/1"), html);
        assertTrue(html.contains(" 後文"), html);
    }

    @Test
    void unknownPairedShortcodeKeepsItsInnerMarkdown() {
        assertEquals("<p><strong>粗體</strong></p>", html("{{% note %}}\n**粗體**\n{{% /note %}}").strip());
        assertEquals("<p><strong>粗體</strong></p>", html("{{< note type=\"a\" >}}\n**粗體**\n{{< /note >}}").strip());
    }

    @Test
    void unknownUnpairedShortcodeRendersNothing() {
        assertEquals("<p>前</p>\n<p>後</p>", html("前\n\n{{< tweet 123 >}}\n\n後").strip());
    }

    @Test
    void nestedShortcodesOfTheSameNamePairCorrectly() {
        String html = html("{{% box %}}\n外\n\n{{% box %}}\n內\n{{% /box %}}\n\n尾\n{{% /box %}}");
        assertEquals("<p>外</p>\n<p>內</p>\n<p>尾</p>", html.strip().replaceAll("\n+", "\n"));
    }

    @Test
    void textThatOnlyLooksLikeAShortcodeStaysText() {
        assertEquals("<p>{{&lt; 沒有結尾</p>", html("{{< 沒有結尾").strip());
        assertEquals("<p>{{ .Title }} 與 {{&lt;&gt;}}</p>", html("{{ .Title }} 與 {{<>}}").strip());
    }

    @Test
    void unknownAndInvalidShortcodesAreReportedWithTheirLine() {
        List<String> problems = problems("第一行\n\n{{< tweet 1 >}}\n{{% fold %}}\n內\n{{< youtube >}}\n{{% /fold %}}\n{{< /orphan >}}\n");
        assertEquals(List.of(
                "post.md:7: warning: unknown shortcode {{< tweet >}}: it is left out; add a template shortcodes/tweet.html to define it",
                "post.md:8: warning: unknown shortcode {{% fold %}}: it shows only its inner text; add a template shortcodes/fold.html to define it",
                "post.md:10: warning: youtube needs the video's id, e.g. {{< youtube dQw4w9WgXcQ >}} (it is left out)",
                "post.md:12: warning: closing shortcode {{< /orphan >}} has no opening tag before it; it is ignored"),
                problems);
    }

    @Test
    void shortcodesInCodeAreNotReported() {
        assertEquals(List.of(), problems("`{{< tweet 1 >}}`\n\n```\n{{% fold %}}\n```\n"));
    }

    @Test
    void summariesAndImagesSeeTheInnerTextAndFigures() {
        String plain = shortcodes.plain("{{< figure src=\"/a.png\" alt=\"圖\" >}}\n{{% fold 標題 %}}\n內文\n{{% /fold %}}\n末");
        assertEquals("![圖](</a.png>)\n\n內文\n\n末", plain);
    }
}
