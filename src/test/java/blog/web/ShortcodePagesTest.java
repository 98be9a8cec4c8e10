package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hugo shortcodes in real posts, served over HTTP: the built-ins, a blogger's templates, unknown ones. */
class ShortcodePagesTest {

    private static TestBlog site;
    private static Document builtIns;
    private static Document theme;

    @BeforeAll
    static void start() {
        site = TestBlog.start("shortcodes", Map.of(
                "BLOG_SHORTCODES_DIR", TestBlog.fixture("shortcodes", "shortcodes").toString()));
        builtIns = site.page("/posts/built-ins/");
        theme = site.page("/posts/theme-shortcodes/");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Element body(Document page) {
        return page.selectFirst("article.post > .content");
    }

    @Test
    void figureHasImageLinkSizeAndMarkdownCaption() {
        Element figure = body(builtIns).selectFirst("figure:has(img[alt=一隻貓])");
        Element link = figure.selectFirst("a[href=https://example.com/cat]");
        Element img = link.selectFirst("img");
        assertEquals("/images/貓 圖.png", img.attr("src"));
        assertEquals("640", img.attr("width"));
        assertEquals("480", img.attr("height"));
        Element caption = figure.selectFirst("figcaption");
        assertEquals("我家的貓，見介紹", caption.text());
        assertEquals("貓", caption.selectFirst("strong").text());
        assertEquals("/posts/other/", caption.selectFirst("a").attr("href"));
        assertFalse(figure.parent().tagName().equals("p"), figure.parent()::outerHtml);
    }

    @Test
    void figureWithPositionalSourceGetsTheFileSizeLikeAnyLocalImage() {
        Elements plain = body(builtIns).select("figure > img[src=/images/pixel.png]");
        assertEquals(2, plain.size(), body(builtIns)::html);
        assertEquals("1", plain.get(0).attr("width"), "read from the file in public/");
        Element titled = plain.get(1).parent();
        assertEquals("標題 說明", titled.selectFirst("figcaption").text());
    }

    @Test
    void youtubeIsAThumbnailLinkingToTheVideoWithoutFrameOrScript() {
        Elements videos = body(builtIns).select("figure.video");
        assertEquals(2, videos.size(), "the javascript: id is left out: " + videos);
        Element first = videos.get(0);
        assertEquals("https://www.youtube.com/watch?v=dQw4w9WgXcQ", first.selectFirst("a").attr("href"));
        assertEquals("https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg", first.selectFirst("img").attr("src"));
        assertEquals("480", first.selectFirst("img").attr("width"));
        assertTrue(videos.get(1).text().contains("講座「AI 與台灣」"), videos.get(1)::outerHtml);
        assertTrue(builtIns.select("iframe, script:not([type=application/ld+json])").isEmpty());
    }

    @Test
    void gistIsALinkToTheGist() {
        Element gist = body(builtIns).selectFirst("p.gist a");
        assertEquals("https://gist.github.com/spf13/7896402#file-img-html", gist.attr("href"));
        assertEquals("spf13/7896402 · img.html", gist.text());
    }

    @Test
    void highlightGivesTheSameMarkupAsAFencedBlock() {
        Elements go = body(builtIns).select("pre > code.language-go");
        assertEquals(2, go.size());
        assertEquals(go.get(1).outerHtml(), go.get(0).outerHtml());
        assertEquals("func main() {\n\tfmt.Println(\"<你好>\")\n}\n", go.get(0).wholeText());
        assertEquals("print(\"a < b\")\n", body(builtIns).selectFirst("code.language-python").wholeText());
    }

    @Test
    void shortcodesInCodeStayText() {
        String html = body(builtIns).html();
        assertTrue(body(builtIns).select("p > code").text().contains("{{< youtube inline >}}"), html);
        assertTrue(body(builtIns).selectFirst("code.language-markdown").text().contains("{{< figure src=\"/in-fence.png\" >}}"));
        assertTrue(body(builtIns).select("pre > code").text().contains("{{< figure src=\"/indented.png\" >}}"));
        assertTrue(body(builtIns).select("img[src=/in-fence.png], img[src=/indented.png]").isEmpty());
    }

    @Test
    void commentFormShowsTheTagAsText() {
        assertTrue(body(builtIns).text().contains("寫法示範：{{< figure src=\"/a.png\" >}} 顯示為文字。"),
                body(builtIns)::html);
    }

    @Test
    void hostileArgumentsCannotRunScript() {
        String html = body(builtIns).html();
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void bloggersTemplateOutputIsSanitizedLikeThePost() {
        Element evil = body(builtIns).selectFirst("div.evil");
        assertEquals("<div class=\"evil\"><a>連結</a><span>&lt;b&gt;粗&lt;/b&gt;</span></div>",
                evil.outerHtml().replaceAll("\\s*\\n\\s*", ""));
    }

    @Test
    void bloggersTemplateRendersWithCjkArgumentAndMarkdownInner() {
        Element fold = body(theme).selectFirst("details.fold");
        assertEquals("为什么两侧操作个数分布不均而复杂度依然正确？", fold.selectFirst("summary").text());
        assertEquals("均匀", fold.selectFirst("strong").text());
        Element admonition = body(theme).selectFirst("details.admonition.note");
        assertTrue(admonition.hasAttr("open"));
        assertEquals("参考代码", admonition.selectFirst("summary").text());
        assertEquals("int main() { return 0; }\n", admonition.selectFirst("code.language-cpp").wholeText());
    }

    @Test
    void unknownShortcodesKeepTheirInnerTextAndLeaveNoTags() {
        String text = body(theme).text();
        assertTrue(text.contains("这里的时间复杂度没有计算预处理的时间复杂度。"), text);
        assertTrue(text.contains("给你一个长为 $n$ 的数列。"), text);
        assertFalse(text.contains("{{"), text);
        assertFalse(text.contains("}}"), text);
        assertTrue(text.endsWith("結尾。"), "a failing template leaves the rest of the post: " + text);
    }

    @Test
    void summaryLeavesShortcodeTagsOut() {
        Document home = site.page("/");
        String summaries = home.select("article").text();
        assertFalse(summaries.contains("{{"), summaries);
    }
}
