package blog.web;

import static blog.web.TestBlog.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/** {@code /sitemap.xml} and {@code /robots.txt}, and how a preview of drafts keeps search engines out. */
class SitemapAndRobotsTest {

    private static final String BASE = "https://blog.example.com";
    /** W3C datetime as sitemaps use it, here always with seconds and an offset. */
    private static final String W3C = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})";

    private static TestBlog site;
    private static TestBlog seo;

    @BeforeAll
    static void start() {
        site = TestBlog.start();
        seo = SeoSite.start();
    }

    @AfterAll
    static void stop() {
        site.close();
        seo.close();
    }

    // ---- sitemap ----

    @Test
    void sitemapIsWellFormedXmlInTheSitemapNamespace() {
        HttpResponse<String> response = site.get("/sitemap.xml");
        assertEquals(200, response.statusCode());
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        assertTrue(type.startsWith("application/xml") || type.startsWith("text/xml"), type);

        Element urlset = Xml.get(site, "/sitemap.xml").getDocumentElement();
        assertEquals("urlset", urlset.getLocalName());
        assertEquals(Xml.SITEMAP, urlset.getNamespaceURI());
        assertFalse(Xml.children(urlset, Xml.SITEMAP, "url").isEmpty());
    }

    @Test
    void sitemapHoldsHomeEveryPublishedPostAndEveryTermPage() {
        Set<String> locs = lastmods(site).keySet();

        assertTrue(locs.contains(BASE + "/"), locs.toString());
        assertTrue(locs.contains(BASE + "/archives/"), locs.toString());
        assertTrue(locs.contains(BASE + "/tags/"), locs.toString());
        assertTrue(locs.contains(BASE + "/categories/"), locs.toString());
        for (String slug : TestBlog.PUBLISHED) {
            assertTrue(locs.contains(BASE + "/posts/" + slug + "/"), slug);
        }
        List<String> terms = new ArrayList<>(site.page("/tags/").select(".term-index a").eachAttr("href"));
        terms.addAll(site.page("/categories/").select(".term-index a").eachAttr("href"));
        assertTrue(terms.size() > 10, terms.toString());
        for (String term : terms) {
            assertTrue(locs.contains(BASE + term), term);
        }
        assertTrue(locs.contains(BASE + "/tags/%E5%9C%B0%E7%B7%A3%E6%94%BF%E6%B2%BB/"), "percent-encoded Chinese");
        assertTrue(locs.contains(BASE + "/tags/c%2B%2B/"), locs.toString());

        Set<String> seoLocs = lastmods(seo).keySet();
        for (String slug : SeoSite.PUBLISHED) {
            assertTrue(seoLocs.contains(BASE + "/posts/" + slug + "/"), slug);
        }
        assertTrue(seoLocs.contains(BASE + "/categories/%E6%95%99%E5%AD%B8/"), seoLocs.toString());
    }

    @Test
    void everySitemapUrlIsAbsolutePercentEncodedUniqueAndServed() {
        for (TestBlog blog : List.of(site, seo)) {
            List<String> locs = locs(blog);
            assertEquals(locs.size(), new HashSet<>(locs).size(), "no URL twice: " + locs);
            for (String loc : locs) {
                assertTrue(loc.startsWith(BASE + "/"), loc);
                assertTrue(loc.chars().allMatch(c -> c > 0x20 && c < 0x7F), "ASCII only, percent-encoded: " + loc);
                URI uri = URI.create(loc);
                assertEquals(200, blog.get(uri.getRawPath()).statusCode(), loc);
            }
        }
    }

    @Test
    void sitemapHasNoDraftOrFuturePostAndNoTermOnlyTheyUse() {
        String body = site.get("/sitemap.xml").body();
        for (String hidden : List.of("draft-preview", "scheduled-june", enc("草稿限定"), enc("排程限定"),
                enc("草稿分類"), enc("排程分類"))) {
            assertFalse(body.contains(hidden), hidden);
        }
        assertEquals(TestBlog.PUBLISHED.size(), locs(site).stream().filter(l -> l.contains("/posts/")).count());

        String other = seo.get("/sitemap.xml").body();
        assertFalse(other.contains(SeoSite.DRAFT), other);
        assertFalse(other.contains(SeoSite.FUTURE), other);
        assertEquals(SeoSite.PUBLISHED.size(), locs(seo).stream().filter(l -> l.contains("/posts/")).count());
    }

    @Test
    void lastmodKeepsThePostsOwnOffset() {
        Map<String, String> main = lastmods(site);
        assertEquals("2025-05-20T09:15:00+08:00", main.get(BASE + "/posts/deepseek-r2/"));
        assertEquals("2025-04-21T23:30:00Z", main.get(BASE + "/posts/ai-cold-war/"));
        // The home page changed when the newest post did (the scheduled one is not out yet).
        assertEquals("2025-05-28T10:00:00+08:00", main.get(BASE + "/"));

        Map<String, String> other = lastmods(seo);
        assertEquals("2025-05-20T21:00:00-05:00", other.get(BASE + "/posts/reading-aids/"));
        // lastmod, not date, and in its own +09:00.
        assertEquals("2025-02-01T12:00:00+09:00", other.get(BASE + "/posts/old-2024/"));
        for (Map<String, String> lastmods : List.of(main, other)) {
            lastmods.forEach((loc, lastmod) -> {
                if (!lastmod.isEmpty()) {
                    assertTrue(lastmod.matches(W3C), loc + " " + lastmod);
                    OffsetDateTime.parse(lastmod);
                }
            });
        }
    }

    // ---- robots.txt ----

    @Test
    void robotsTxtAllowsCrawlingAndPointsToTheSitemap() {
        HttpResponse<String> response = site.get("/robots.txt");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        List<String> lines = response.body().lines().map(String::strip).toList();
        assertTrue(lines.contains("User-agent: *"), response.body());
        assertTrue(lines.contains("Sitemap: https://blog.example.com/sitemap.xml"), response.body());
        assertFalse(lines.contains("Disallow: /"), response.body());
    }

    @ParameterizedTest(name = "{0}=true")
    @ValueSource(strings = {"BLOG_DRAFTS", "BLOG_FUTURE"})
    void aPreviewDisallowsEverythingAndMarksPagesNoindex(String setting) {
        try (TestBlog preview = TestBlog.start(Map.of(setting, "true"))) {
            String robots = preview.get("/robots.txt").body();
            List<String> lines = robots.lines().map(String::strip).toList();
            assertTrue(lines.contains("User-agent: *"), robots);
            assertTrue(lines.contains("Disallow: /"), robots);
            assertFalse(robots.contains("Sitemap:"), "a preview offers no sitemap to crawlers: " + robots);

            String hidden = setting.equals("BLOG_DRAFTS") ? "draft-preview" : "scheduled-june";
            for (String path : List.of("/", "/posts/deepseek-r2/", TestBlog.post(hidden), "/tags/", "/archives/",
                    enc("/tags/地緣政治/"))) {
                Document page = preview.page(path);
                assertEquals("noindex", page.select("head meta[name=robots]").attr("content"), path);
            }
        }
    }

    @Test
    void withoutPreviewNoPageIsNoindex() {
        for (String path : List.of("/", "/posts/deepseek-r2/", "/tags/", "/archives/")) {
            assertTrue(site.page(path).select("meta[name=robots]").isEmpty(), path);
        }
    }

    // ---- helpers ----

    private static List<String> locs(TestBlog blog) {
        return new ArrayList<>(lastmods(blog).keySet());
    }

    /** Every {@code loc} with its {@code lastmod} (empty if none), in document order. */
    private static Map<String, String> lastmods(TestBlog blog) {
        Element urlset = Xml.get(blog, "/sitemap.xml").getDocumentElement();
        Map<String, String> urls = new LinkedHashMap<>();
        List<String> seen = new ArrayList<>();
        for (Element url : Xml.children(urlset, Xml.SITEMAP, "url")) {
            String loc = Xml.text(url, Xml.SITEMAP, "loc");
            seen.add(loc);
            List<Element> lastmod = Xml.children(url, Xml.SITEMAP, "lastmod");
            urls.put(loc, lastmod.isEmpty() ? "" : lastmod.get(0).getTextContent());
        }
        assertEquals(seen.size(), urls.size(), "a URL listed twice: " + seen);
        return urls;
    }
}
