package blog.web;

import static blog.web.TestBlog.enc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A blog copied over from Hugo and Hexo (src/test/resources/migrate) keeps its old links, over HTTP. */
class MigratedSiteTest {

    private static final String FOX = "/posts/cf512c-fox-and-dinner二分图最大流/";

    private static void assertRedirect(TestBlog site, String from, String to) {
        HttpResponse<String> response = site.get(enc(from));
        assertEquals(301, response.statusCode(), from);
        assertEquals(enc(to), response.headers().firstValue("Location").orElse(null), from);
    }

    /** With today's default URLs, /posts/{slug}/. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class DefaultPermalinks {

        private TestBlog site;

        @BeforeAll
        void start() {
            site = TestBlog.start("migrate", Map.of());
        }

        @AfterAll
        void stop() {
            site.close();
        }

        @Test
        void postsFromTomlJsonAndHexoFilesAreServed() {
            for (String path : new String[] {FOX, "/posts/after-oi/", "/posts/json-post/", "/posts/hexo-post/",
                    "/posts/bundle-post/", "/about/"}) {
                HttpResponse<String> response = site.get(enc(path));
                assertEquals(200, response.statusCode(), path);
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"/post/CF512C-Fox-And-Dinner（二分图，最大流）", "/post/CF512C-Fox-And-Dinner（二分图，最大流）/",
                "/CF512C-Fox-And-Dinner（二分图，最大流）"})
        void aliasesAnswer301ToThePost(String alias) {
            assertRedirect(site, alias, FOX);
        }

        @Test
        void aliasOfABundleRedirectsToo() {
            assertRedirect(site, "/posts/2024-05-01-old-bundle/", "/posts/bundle-post/");
        }

        @Test
        void bundleImagesAreServedUnderThePostsUrl() throws Exception {
            HttpResponse<byte[]> image = site.getBytes("/posts/bundle-post/pic.png");
            HttpResponse<byte[]> nested = site.getBytes("/posts/bundle-post/images/small.png");

            assertEquals(200, image.statusCode());
            assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
            assertArrayEquals(Files.readAllBytes(TestBlog.fixture("migrate", "posts").resolve("bundle-post/pic.png")),
                    image.body());
            assertEquals(200, nested.statusCode());
            assertEquals(200, site.head("/posts/bundle-post/pic.png").statusCode());
        }

        @Test
        void relativeImageInABundleWorksOnThePageAndBecomesAbsoluteInTheFeed() {
            Document page = Jsoup.parse(site.get("/posts/bundle-post/").body());
            String feed = site.get("/index.xml").body();

            assertEquals("pic.png", page.selectFirst("article img").attr("src"));
            assertTrue(feed.contains("https://blog.example.com/posts/bundle-post/pic.png"), feed);
        }

        @Test
        void aBundlesLeadImageIsItsCoverInListsToo() {
            Document home = Jsoup.parse(site.get("/").body());
            Document page = Jsoup.parse(site.get("/posts/bundle-post/").body());

            assertFalse(home.select("img[src=/posts/bundle-post/pic.png]").isEmpty(), home::toString);
            assertEquals("https://blog.example.com/posts/bundle-post/pic.png",
                    page.selectFirst("meta[property=og:image]").attr("content"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"/posts/bundle-post/index.md", "/posts/bundle-post/notes.md",
                "/posts/bundle-post/missing.png", "/posts/bundle-post/..%2fabout.md", "/posts/bundle-post/%5c..%5cabout.md",
                "/posts/after-oi/pic.png", "/posts/bundle-post/.hidden"})
        void nothingElseOfTheFolderIsServed(String path) {
            int status = site.get(path).statusCode();
            assertTrue(status == 404 || status == 400, path + " answered " + status);
        }

        @Test
        void expiredScheduledAndUnpublishedPostsAreHidden() {
            assertEquals(404, site.get("/posts/expired/").statusCode());
            assertEquals(404, site.get("/posts/scheduled/").statusCode());
            assertEquals(404, site.get("/posts/published-false/").statusCode());
            assertFalse(site.get("/sitemap.xml").body().contains("expired"));
        }

        @Test
        void postWithAUrlIsOnlyThere() {
            assertEquals(404, site.get("/posts/about/").statusCode());
            Document page = Jsoup.parse(site.get("/about/").body());
            assertEquals("https://blog.example.com/about/", page.selectFirst("link[rel=canonical]").attr("href"));
        }
    }

    /** With Hexo's default permalink, /:year/:month/:day/:title/. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class HexoPermalinks {

        private TestBlog site;

        @BeforeAll
        void start() {
            site = TestBlog.start("migrate", Map.of("BLOG_PERMALINK", "/:year/:month/:day/:title/",
                    "BLOG_PERMALINK_STYLE", "hexo"));
        }

        @AfterAll
        void stop() {
            site.close();
        }

        @Test
        void postsLiveAtTheirDatedPathsEverywhere() {
            String path = "/2024/09/18/hexo-post/";
            Document page = Jsoup.parse(site.get(path).body());

            assertEquals(200, site.get(path).statusCode());
            assertEquals("https://blog.example.com" + path, page.selectFirst("link[rel=canonical]").attr("href"));
            assertTrue(site.get("/sitemap.xml").body().contains("https://blog.example.com" + path));
            assertTrue(site.get("/index.xml").body().contains("https://blog.example.com" + path));
            assertTrue(Jsoup.parse(site.get("/").body()).select("a[href=" + path + "]").size() > 0);
            assertEquals(404, site.get("/posts/hexo-post/").statusCode());
        }

        @Test
        void otherSpellingsRedirect() {
            assertRedirect(site, "/2024/09/18/hexo-post", "/2024/09/18/hexo-post/");
            assertRedirect(site, "/2024/09/18/Hexo-Post/", "/2024/09/18/hexo-post/");
        }

        @Test
        void bundleFilesFollowThePost() {
            assertEquals(200, site.getBytes("/2024/05/01/bundle-post/pic.png").statusCode());
        }
    }

    /** With Hugo's /post/:filename/, whose section list /post/ holds what the home page holds. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class HugoSectionPermalinks {

        private TestBlog site;

        @BeforeAll
        void start() {
            site = TestBlog.start("migrate", Map.of("BLOG_PERMALINK", "/post/:filename/"));
        }

        @AfterAll
        void stop() {
            site.close();
        }

        @Test
        void sectionListAndItsPagesRedirectHome() {
            assertRedirect(site, "/post/", "/");
            assertRedirect(site, "/post/page/2/", "/page/2/");
            assertRedirect(site, "/post/index.xml", "/index.xml");
            assertEquals(200, site.get(enc("/post/json-front-matter/")).statusCode());
        }
    }
}
