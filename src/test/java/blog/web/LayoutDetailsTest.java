package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blog.Blog;
import blog.Config;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class LayoutDetailsTest {

    @Test
    void notFoundPageHasNoCanonicalLink() {
        try (TestBlog blog = TestBlog.start()) {
            Document page = Jsoup.parse(blog.get("/no-such-page/").body());
            assertTrue(page.select("link[rel=canonical]").isEmpty(), page.head().html());
        }
    }

    @Test
    void termsThatDifferOnlyInCaseAreLinkedOnceOnACard() {
        try (TestBlog blog = TestBlog.start()) {
            Document post = blog.page("/posts/deepseek-pricing/");
            long links = post.select(".post-header a.tag").stream()
                    .filter(a -> a.attr("href").equals("/tags/deepseek/")).count();
            assertEquals(1, links, post.select(".post-header .terms").outerHtml());
        }
    }

    @Test
    void canonicalLinksNameTheRealPortWhenPortZeroPicksOne() throws Exception {
        Config config = Config.load(Map.of("PORT", "0",
                "BLOG_POSTS_DIR", TestBlog.fixture("posts").toString(),
                "BLOG_PUBLIC_DIR", TestBlog.fixture("public").toString()));
        Blog blog = Blog.create(config, Clock.systemUTC()).start();
        try {
            HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + blog.port() + "/")).build(), HttpResponse.BodyHandlers.ofString());
            String canonical = Jsoup.parse(home.body()).select("link[rel=canonical]").attr("href");
            assertEquals("http://localhost:" + blog.port() + "/", canonical);
        } finally {
            blog.stop();
        }
    }
}
