package blog.web;

import static blog.web.TestBlog.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotFoundTest {

    private static TestBlog site;

    @BeforeAll
    static void start() {
        site = TestBlog.start();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "/no-such-page/",
        "/no/such/deep/page",
        "/page/5/",
        "/page/99/",
        "/page/0/",
        "/page/-1/",
        "/page/abc/",
        "/page/",
        "/page/2/extra/",
        "/page/99999999/",
        "/posts/no-such-post/",
        "/posts/deepseek-r2/extra/",
        "/tags/no-such-tag/",
        "/tags/不存在的標籤/",
        "/categories/不存在的分類/",
        "/tags/地緣政治/page/3/",
        "/tags/地緣政治/page/0/",
        "/tags/地緣政治/page/abc/",
        "/tags/no-such-tag/page/2/",
        "/images/missing.png",
        "/images/no-such-folder/pixel.png",
    })
    void unknownPathsAnswer404WithTheSiteLayout(String path) {
        HttpResponse<String> response = site.get(enc(path));

        assertEquals(404, response.statusCode());
        TestBlog.assertHtml(response);
        Document page = Jsoup.parse(response.body());
        assertTrue(response.body().contains("<html lang=\"zh-Hant-TW\">"));
        assertEquals("AI 新聞觀察", page.selectFirst("header.site-header .site-title").text());
        assertEquals("找不到這個頁面", page.selectFirst("main h1").text());
        assertTrue(page.title().startsWith("找不到頁面"), page.title());
    }
}
