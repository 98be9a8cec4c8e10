package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Posts in {@code placeholders/posts} write the text of the placeholder shortcodes once became
 * ({@code XSHORTCODEPLACEHOLDER0X} and other numbers) in paragraphs, code spans and code blocks,
 * with and without real shortcodes: the text stays text, and each real shortcode lands where it was
 * written (paragraph, list item, table cell, heading).
 */
class ShortcodePlaceholderTest {

    private static TestBlog site;

    @BeforeAll
    static void start() {
        site = TestBlog.start(Map.of("BLOG_POSTS_DIR", TestBlog.fixture("placeholders", "posts").toString()));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Element content(String slug) {
        return site.page("/posts/" + slug + "/").selectFirst("article.post > .content");
    }

    @Test
    void theOldPlaceholderTextStaysTextWithoutShortcodes() {
        Element content = content("literal");
        assertTrue(content.selectFirst("p").text().contains("XSHORTCODEPLACEHOLDER0X 與 XSHORTCODEPLACEHOLDER12X，還有 "
                + "XSHORTCODEPLACEHOLDER999X"), content.html());
        assertTrue(content.select("p").stream().anyMatch(p -> p.text().equals("XSHORTCODEPLACEHOLDER1X")), content.html());
        assertEquals("XSHORTCODEPLACEHOLDER0X", content.selectFirst("p > code").text());
        assertEquals("XSHORTCODEPLACEHOLDER0X\nXSHORTCODEPLACEHOLDER3X\n", content.selectFirst("pre > code").wholeText());
    }

    @Test
    void theOldPlaceholderTextStaysTextBesideRealShortcodes() {
        Element content = content("mixed");
        String text = content.text();
        for (int i = 0; i <= 4; i++) {
            assertTrue(text.contains("XSHORTCODEPLACEHOLDER" + i + "X"), i + ": " + content.html());
        }
        assertEquals(5, content.select("img[alt^=圖]").size(), content.html());
        assertEquals("XSHORTCODEPLACEHOLDER0X", content.select("code").get(0).text());
        assertEquals("{{< figure src=\"/p.png\" >}}", content.select("code").get(1).text());
        assertEquals("XSHORTCODEPLACEHOLDER1X\n", content.selectFirst("pre > code").wholeText());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"圖甲, figure", "圖乙, div", "圖丙, li", "圖丁, td", "圖戊, h2"})
    void eachShortcodeLandsWhereItWasWritten(String alt, String container) {
        Element content = content("mixed");
        Element img = content.selectFirst("img[alt=" + alt + "]");
        assertNotNull(img, content::html);
        if (container.equals("div")) {
            assertEquals("figure", img.parent().tagName(), "alone in its paragraph, the figure replaces it");
            assertEquals(content, img.parent().parent());
        } else {
            assertNotNull(img.closest(container), () -> alt + " inside " + container + ": " + content.html());
        }
    }
}
