package blog.content;

import static blog.content.Fixtures.good;
import static blog.content.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Markdown features a post may use, rendered to HTML that survives sanitising. */
class MarkdownRenderingTest {

    private final Markdown markdown = new Markdown();

    private String html(String source) {
        return markdown.toHtml(source);
    }

    private static void assertContains(String html, String expected) {
        assertTrue(html.contains(expected), () -> "expected " + expected + " in:\n" + html);
    }

    @Test
    void gfmTableWithAlignment() {
        String html = html("| 欄位 | 說明 |\n|---|:-:|\n| `title` | 必填 |\n");

        assertContains(html, "<table>");
        assertContains(html, "<th>欄位</th>");
        assertContains(html, "<th align=\"center\">說明</th>");
        assertContains(html, "<td><code>title</code></td>");
        assertContains(html, "<td align=\"center\">必填</td>");
    }

    @Test
    void strikethroughBecomesDel() {
        assertEquals("<p><del>舊的說法</del>已更正。</p>\n", html("~~舊的說法~~已更正。"));
    }

    @Test
    void taskListItemsAreDisabledCheckboxes() {
        String html = html("- [x] 完成\n- [ ] 未完成\n");

        assertContains(html, "<li><input type=\"checkbox\" checked disabled> 完成</li>");
        assertContains(html, "<li><input type=\"checkbox\" disabled> 未完成</li>");
    }

    @Test
    void bareUrlsWwwAndEmailAreAutolinked() {
        String html = html("見 https://example.com/a?b=1 與 www.example.org 或 foo@example.com");

        assertContains(html, "<a href=\"https://example.com/a?b=1\">https://example.com/a?b=1</a>");
        assertContains(html, "<a href=\"http://www.example.org\">www.example.org</a>");
        assertContains(html, "<a href=\"mailto:foo@example.com\">foo@example.com</a>");
    }

    @Test
    void footnoteReferenceLinksToItsNoteAndBack() {
        String html = html("這句話有註腳[^src]。\n\n[^src]: 註腳的說明。\n");

        Matcher ref = Pattern.compile("<sup class=\"footnote-ref\"><a href=\"#([^\"]+)\" id=\"([^\"]+)\"").matcher(html);
        assertTrue(ref.find(), html);
        assertContains(html, "<section class=\"footnotes\" data-footnotes");
        assertContains(html, "<li id=\"" + ref.group(1) + "\">");
        assertContains(html, "註腳的說明。");
        assertContains(html, "href=\"#" + ref.group(2) + "\"");
    }

    @Test
    void headingIdsKeepCjkCharacters() {
        String html = html("## 地緣政治\n\n# AI 技術前沿\n\n### 地緣政治 分析\n");

        assertContains(html, "<h2 id=\"地緣政治\">地緣政治</h2>");
        assertContains(html, "<h1 id=\"ai-技術前沿\">AI 技術前沿</h1>");
        assertContains(html, "<h3 id=\"地緣政治-分析\">");
    }

    @Test
    void repeatedHeadingsGetDistinctIds() {
        String html = html("## 小結\n\n## 小結\n");

        assertContains(html, "id=\"小結\"");
        assertContains(html, "id=\"小結-1\"");
    }

    @Test
    void softBreakBetweenCjkCharactersRendersAsNothing() {
        assertEquals("<p>第一行第二行</p>\n", html("第一行\n第二行"));
    }

    @Test
    void softBreakAfterFullwidthPunctuationRendersAsNothing() {
        assertEquals("<p>第一句，第二句。第三句</p>\n", html("第一句，\n第二句。\n第三句"));
    }

    @Test
    void softBreakBetweenLatinWordsStaysALineBreak() {
        assertEquals("<p>hello\nworld</p>\n", html("hello\nworld"));
    }

    @Test
    void softBreakBetweenCjkAndLatinStaysALineBreak() {
        assertEquals("<p>中文\nEnglish\n中文</p>\n", html("中文\nEnglish\n中文"));
    }

    @Test
    void softBreakAfterEmphasisLooksAtTheTextInside() {
        assertEquals("<p><strong>粗體</strong>接著寫</p>\n", html("**粗體**\n接著寫"));
    }

    @Test
    void hardBreakIsKeptBetweenCjkCharacters() {
        assertContains(html("第一行  \n第二行"), "第一行<br>");
    }

    @Test
    void fencedCodeKeepsItsLanguageClass() {
        assertContains(html("```java\nint x = 1;\n```\n"), "<pre><code class=\"language-java\">int x = 1;\n</code></pre>");
    }

    @Test
    void featuresFixtureRendersEveryFeature() {
        String html = html(read(good("markdown-features.md")).markdown());

        assertContains(html, "<h2 id=\"地緣政治\">");
        assertContains(html, "<table>");
        assertContains(html, "<del>舊的說法</del>");
        assertContains(html, "<input type=\"checkbox\" checked disabled>");
        assertContains(html, "<a href=\"https://example.com\">");
        assertContains(html, "class=\"footnote-ref\"");
        assertContains(html, "<kbd>Ctrl</kbd>");
        assertContains(html, "<details>");
        assertContains(html, "<summary>展開</summary>");
        assertContains(html, "<p>摺疊的內容。</p>");
    }
}
