package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The posts in {@code controls/posts} hold control characters (C0, DEL, C1) in their titles,
 * descriptions, summaries, tags, categories and source names, written as YAML, JSON and TOML
 * escapes: no page or feed carries one, and the text around them stays.
 */
class ControlCharactersTest {

    private static TestBlog site;

    @BeforeAll
    static void start() {
        site = TestBlog.start(Map.of("BLOG_POSTS_DIR", TestBlog.fixture("controls", "posts").toString()));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/posts/yaml/", "/posts/json/", "/posts/toml/", "/", "/archives/", "/tags/",
        "/categories/", "/index.xml", "/atom.xml", "/sitemap.xml"})
    void noPageCarriesAControlCharacter(String path) {
        HttpResponse<String> response = site.get(path);
        assertEquals(200, response.statusCode(), path);
        String body = response.body();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
            int at = i;
            assertTrue(!control, () -> path + ": U+" + Integer.toHexString(c) + " at "
                    + body.substring(Math.max(0, at - 40), Math.min(body.length(), at + 40)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"yaml", "json", "toml"})
    void theTextAroundThemStays(String slug) {
        String title = site.page("/posts/" + slug + "/").selectFirst("article.post h1").text();
        assertTrue(title.startsWith(slug.toUpperCase(java.util.Locale.ROOT) + "標題"), title);
    }

    @org.junit.jupiter.api.Test
    void tagsAndSourceNamesKeepTheirText() {
        assertEquals(200, site.get(TestBlog.enc("/tags/標籤甲/")).statusCode());
        assertEquals(200, site.get(TestBlog.enc("/categories/分類/")).statusCode());
        assertTrue(site.get("/posts/yaml/").body().contains("來源名稱"));
    }
}
