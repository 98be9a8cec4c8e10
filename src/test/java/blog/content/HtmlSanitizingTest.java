package blog.content;

import static blog.content.Fixtures.good;
import static blog.content.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Raw HTML in a post may format text but never run script. */
class HtmlSanitizingTest {

    private final Markdown markdown = new Markdown();

    private String html(String source) {
        return markdown.toHtml(source);
    }

    private static void assertAbsent(String html, String... forbidden) {
        String lower = html.toLowerCase(Locale.ROOT);
        for (String f : forbidden) {
            assertFalse(lower.contains(f.toLowerCase(Locale.ROOT)), () -> "found " + f + " in:\n" + html);
        }
    }

    private static void assertContains(String html, String expected) {
        assertTrue(html.contains(expected), () -> "expected " + expected + " in:\n" + html);
    }

    @Test
    void scriptElementIsRemovedWithItsCode() {
        String html = html("前<script>alert(1)</script>後\n\n<script>\nfetch('/steal')\n</script>\n");

        assertAbsent(html, "<script", "alert", "fetch");
        assertContains(html, "前");
    }

    @Test
    void styleElementIsRemoved() {
        assertAbsent(html("<style>body { display: none }</style>\n\n文字"), "<style", "display");
    }

    @Test
    void iframeIsRemoved() {
        assertAbsent(html("<iframe src=\"https://evil.example/\"></iframe>\n\n文字"), "<iframe", "evil.example");
    }

    @Test
    void eventHandlerAttributesAreRemovedButTheElementStays() {
        String html = html("<img src=\"/images/posts/x.jpg\" onerror=\"alert(1)\">\n\n<p onclick=\"alert(2)\">點我</p>\n\n"
                + "<b onmouseover=\"alert(3)\">粗</b>");

        assertAbsent(html, "onerror", "onclick", "onmouseover", "alert");
        assertContains(html, "<img src=\"/images/posts/x.jpg\">");
        assertContains(html, "<p>點我</p>");
        assertContains(html, "<b>粗</b>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[點我](javascript:alert(1))",
            "[點我](JaVaScRiPt:alert(1))",
            "[點我](<javascript:alert(1)>)",
            "<javascript:alert(1)>",
            "<a href=\"javascript:alert(1)\">點我</a>",
            "<a href=\" javascript:alert(1)\">點我</a>",
            "<a href=\"jav&#x61;script:alert(1)\">點我</a>",
            "<a href=\"java\tscript:alert(1)\">點我</a>",
            "<a href=\"vbscript:msgbox(1)\">點我</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">點我</a>"})
    void scriptUrlsLoseTheirHref(String source) {
        String html = html(source);

        assertAbsent(html, "href=\"javascript", "href=\" javascript", "href=\"jav", "vbscript", "href=\"data:");
        assertFalse(html.contains("href"), html);
        assertContains(html, "<a>");
    }

    @Test
    void dataUrlImagesLoseTheirSource() {
        String html = html("![圖](data:image/svg+xml;base64,PHN2Zz4=)");

        assertAbsent(html, "data:", "src=");
        assertContains(html, "alt=\"圖\"");
    }

    @Test
    void formattingTagsSurvive() {
        String html = html("按 <kbd>Ctrl</kbd>+<kbd>C</kbd>，<mark>重點</mark>，x<sup>2</sup>，H<sub>2</sub>O，"
                + "<del>舊</del><ins>新</ins>，<abbr title=\"人工智慧\">AI</abbr>");

        assertEquals("<p>按 <kbd>Ctrl</kbd>+<kbd>C</kbd>，<mark>重點</mark>，x<sup>2</sup>，H<sub>2</sub>O，"
                + "<del>舊</del><ins>新</ins>，<abbr title=\"人工智慧\">AI</abbr></p>\n", html);
    }

    @Test
    void detailsAndSummarySurviveWithTheOpenFlag() {
        String html = html("<details open>\n<summary>更多</summary>\n\n內容\n\n</details>\n");

        assertContains(html, "<details open>");
        assertContains(html, "<summary>更多</summary>");
        assertContains(html, "<p>內容</p>");
        assertContains(html, "</details>");
    }

    @Test
    void siteRelativeAndAnchorLinksAreKeptAsWritten() {
        String html = html("![圖](/images/posts/x.jpg) [上一篇](../other/) [錨點](#地緣政治) [外部](https://example.com/)");

        assertContains(html, "src=\"/images/posts/x.jpg\"");
        assertContains(html, "href=\"../other/\"");
        assertContains(html, "href=\"#地緣政治\"");
        assertContains(html, "href=\"https://example.com/\"");
        assertAbsent(html, "blog.invalid");
    }

    @Test
    void onlyCheckboxInputsSurviveAndTheyAreDisabled() {
        String html = html("<input type=\"text\" value=\"x\"> <input type=\"checkbox\" checked> <input type=\"password\">");

        assertAbsent(html, "type=\"text\"", "password");
        assertContains(html, "<input type=\"checkbox\" checked disabled>");
    }

    @Test
    void formsAndObjectsAreRemoved() {
        String html = html("<form action=\"https://evil.example/\"><button formaction=\"x\">送出</button></form>\n\n"
                + "<object data=\"x.swf\"></object><embed src=\"x.swf\"><svg onload=\"alert(1)\"></svg>");

        assertAbsent(html, "<form", "<button", "<object", "<embed", "<svg", "onload", "evil.example");
    }

    @Test
    void hostileFixtureKeepsOnlyTheHarmlessParts() {
        String html = html(read(good("hostile-html.md")).markdown());

        assertAbsent(html, "<script", "<style", "<iframe", "onerror", "onclick", "javascript", "alert", "display");
        assertContains(html, "<img src=\"/images/posts/x.jpg\">");
        assertContains(html, "<p>點我</p>");
        assertContains(html, "<a>Markdown 連結</a>");
        assertContains(html, "<a>原始連結</a>");
        assertContains(html, "<p>留下來的文字。</p>");
    }
}
