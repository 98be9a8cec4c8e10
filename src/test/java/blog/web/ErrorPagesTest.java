package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blog.Config;
import blog.content.Markdown;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each error status has its page in the site's layout, with a message for readers and no details. */
class ErrorPagesTest {

    private static final Config CONFIG = Config.load(Map.of(
            "BLOG_POSTS_DIR", TestBlog.fixture("posts").toString(), "BLOG_PUBLIC_DIR", TestBlog.fixture("public").toString()));
    private static final PageRenderer RENDERER;

    static {
        PublicImageSizes sizes = new PublicImageSizes(CONFIG.publicDir());
        RENDERER = new PageRenderer(CONFIG, new Templates(), new Markdown(), sizes,
                new ViewFactory(CONFIG, "/assets/blog.css", "/assets/favicon.svg", sizes));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "400, 無法讀取這個網址, 錯誤的請求",
        "404, 找不到這個頁面, 找不到頁面",
        "405, 不支援這個請求方法, 不支援的請求方法",
        "414, 請求太長了, 請求過長",
        "431, 請求太長了, 請求過長",
        "418, 無法處理這個請求, 無法處理這個請求",
        "500, 伺服器發生錯誤, 伺服器錯誤",
        "503, 伺服器發生錯誤, 伺服器錯誤",
    })
    void everyStatusHasAPageInTheLayout(int status, String heading, String title) {
        String html = RENDERER.error(status);
        Document page = Jsoup.parse(html);
        assertEquals(heading, page.selectFirst("main h1").text());
        assertTrue(page.title().startsWith(title), page.title());
        assertEquals(CONFIG.title(), page.selectFirst("header.site-header .site-title").text());
        assertFalse(page.select("main p").first().text().isBlank());
        assertTrue(page.select("link[rel=canonical]").isEmpty(), "an error page has no canonical URL");
        HostileRequestsTest.assertNoLeak(String.valueOf(status), html);
    }
}
