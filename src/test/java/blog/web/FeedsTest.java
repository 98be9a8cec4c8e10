package blog.web;

import static blog.web.TestBlog.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** RSS 2.0 at {@code /index.xml} and per term, Atom at {@code /atom.xml}, over both fixture blogs. */
class FeedsTest {

    private static final String BASE = "https://blog.example.com";
    private static final String XSS_TITLE = "<script>alert(1)</script> 標題跳脫測試 \"><img src=x onerror=alert(1)>";
    /** RFC 822 as RSS 2.0 uses it: a four-digit year and a numeric offset, never a zone name. */
    private static final String RFC_822 = "[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}";
    /** RFC 3339 with seconds, as Atom requires. */
    private static final String RFC_3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})";

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

    // ---- RSS: the document ----

    @Test
    void rssIsServedAsRssAndIsWellFormedRss2() {
        HttpResponse<String> response = site.get("/index.xml");
        assertEquals(200, response.statusCode());
        assertContentType(response, "application/rss+xml");

        Element rss = Xml.get(site, "/index.xml").getDocumentElement();
        assertEquals("rss", rss.getTagName());
        assertEquals("2.0", rss.getAttribute("version"));
        Element channel = Xml.child(rss, "channel");
        assertEquals("AI 新聞觀察", Xml.text(channel, "title"));
        assertEquals(BASE + "/", Xml.text(channel, "link"));
        assertFalse(Xml.text(channel, "description").isBlank());
        assertTrue(Xml.text(channel, "lastBuildDate").matches(RFC_822), Xml.text(channel, "lastBuildDate"));
        Element self = Xml.child(channel, Xml.ATOM, "link");
        assertEquals("self", self.getAttribute("rel"));
        assertEquals(BASE + "/index.xml", self.getAttribute("href"));
        assertEquals("application/rss+xml", self.getAttribute("type"));
    }

    @Test
    void headOnAFeedAnswersWithItsContentType() {
        HttpResponse<String> head = site.head("/index.xml");
        assertEquals(200, head.statusCode());
        assertContentType(head, "application/rss+xml");
        assertEquals("", head.body());
        assertContentType(site.head("/atom.xml"), "application/atom+xml");
    }

    @Test
    void rssCarriesEveryPublishedPostNewestFirstAndNoDraftOrFuturePost() {
        assertEquals(urls(TestBlog.PUBLISHED), itemLinks(Xml.get(site, "/index.xml")));
        assertEquals(urls(SeoSite.PUBLISHED), itemLinks(Xml.get(seo, "/index.xml")));
        for (TestBlog blog : List.of(site, seo)) {
            String body = blog.get("/index.xml").body();
            for (String hidden : List.of("draft-preview", "scheduled-june", SeoSite.DRAFT, SeoSite.FUTURE)) {
                assertFalse(body.contains("/posts/" + hidden + "/"), hidden);
            }
        }
    }

    @Test
    void rssItemsHaveTitleLinkAndPermalinkGuid() {
        for (Element item : items(Xml.get(site, "/index.xml"))) {
            String link = Xml.text(item, "link");
            assertTrue(link.matches("https://blog\\.example\\.com/posts/[^/]+/"), link);
            assertFalse(Xml.text(item, "title").isBlank());
            Element guid = Xml.child(item, "guid");
            assertEquals(link, guid.getTextContent());
            assertEquals("true", guid.getAttribute("isPermaLink"));
            assertEquals(200, site.get(URI.create(link).getRawPath()).statusCode(), link);
        }
        Element item = item(Xml.get(site, "/index.xml"), "deepseek-r2");
        assertEquals("DeepSeek R2 傳聞：中國模型再掀價格戰", Xml.text(item, "title"));
    }

    @Test
    void pubDateIsRfc822InThePostsOwnOffset() {
        Document main = Xml.get(site, "/index.xml");
        assertEquals("Tue, 20 May 2025 09:15:00 +0800", Xml.text(item(main, "deepseek-r2"), "pubDate"));
        // Written in UTC: it stays in UTC, not moved to the site's time zone.
        assertEquals("Mon, 21 Apr 2025 23:30:00 +0000", Xml.text(item(main, "ai-cold-war"), "pubDate"));
        // A date without a time is midnight in the site's time zone.
        assertEquals("Thu, 10 Apr 2025 00:00:00 +0800", Xml.text(item(main, "open-weights"), "pubDate"));

        Document other = Xml.get(seo, "/index.xml");
        assertEquals("Tue, 20 May 2025 21:00:00 -0500", Xml.text(item(other, SeoSite.READING_AIDS), "pubDate"));
        assertEquals("Tue, 31 Dec 2024 23:30:00 -0500", Xml.text(item(other, "new-year-edge"), "pubDate"));

        for (Document feed : List.of(main, other)) {
            for (Element item : items(feed)) {
                String pubDate = Xml.text(item, "pubDate");
                assertTrue(pubDate.matches(RFC_822), pubDate);
                // The weekday must be right, which the JDK's RFC 1123 parser checks.
                ZonedDateTime.parse(pubDate, DateTimeFormatter.RFC_1123_DATE_TIME);
            }
        }
        ZonedDateTime parsed = ZonedDateTime.parse(Xml.text(item(other, SeoSite.READING_AIDS), "pubDate"),
                DateTimeFormatter.RFC_1123_DATE_TIME);
        assertEquals(ZoneOffset.ofHours(-5), parsed.getOffset());
        assertEquals(OffsetDateTime.parse("2025-05-21T02:00:00Z").toInstant(), parsed.toInstant());
    }

    @Test
    void itemsCarryTheirCategoriesAndTagsAsCategoryElements() {
        Element item = item(Xml.get(site, "/index.xml"), "deepseek-r2");
        List<String> categories = Xml.texts(item, "category");
        for (String term : List.of("AI 技術前沿", "DeepSeek", "地緣政治", "AI/ML", "C#", "C++", "問答?", "50%")) {
            assertTrue(categories.contains(term), term + " in " + categories);
        }
        Element other = item(Xml.get(seo, "/index.xml"), SeoSite.READING_AIDS);
        assertTrue(Xml.texts(other, "category").containsAll(List.of("教學", "共用", "熱門", "目錄")),
                Xml.texts(other, "category").toString());
    }

    @Test
    void descriptionIsTheSummaryAndContentEncodedIsTheFullHtml() {
        Document feed = Xml.get(site, "/index.xml");

        Element pricing = item(feed, "deepseek-pricing");
        // The summary is the text before <!--more-->; the full body goes on after it.
        assertEquals("DeepSeek 宣布調降 API 價格，離峰時段最高可享五折優惠。", Xml.text(pricing, "description"));
        org.jsoup.nodes.Document body = Jsoup.parseBodyFragment(Xml.text(pricing, Xml.CONTENT, "encoded"));
        assertTrue(body.text().contains("開發者社群普遍歡迎這項調整"), body.html());

        Element r2 = item(feed, "deepseek-r2");
        assertEquals("市場傳出 DeepSeek 即將推出 R2 模型，業界預期將再度壓低推論價格。", Xml.text(r2, "description"));
        org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(Xml.text(r2, Xml.CONTENT, "encoded"));
        assertEquals("價格戰延燒", html.selectFirst("h2").text());
        assertEquals("推論成本", html.selectFirst("strong").text());
        assertTrue(html.select("a.anchor").isEmpty(), "heading anchor links are page furniture, not content");
        assertTrue(html.select("script").isEmpty());
    }

    @Test
    void everyLinkAndImageInTheFeedContentIsAbsolute() {
        for (TestBlog blog : List.of(site, seo)) {
            for (String feed : List.of("/index.xml", "/atom.xml")) {
                for (String html : contents(Xml.get(blog, feed))) {
                    org.jsoup.nodes.Document body = Jsoup.parseBodyFragment(html);
                    List<String> urls = new ArrayList<>(body.select("a[href]").eachAttr("href"));
                    urls.addAll(body.select("img[src]").eachAttr("src"));
                    for (String url : urls) {
                        assertAbsolute(url, feed);
                    }
                    assertTrue(body.select("img[loading]").isEmpty(), "no lazy loading in a feed: " + html);
                }
            }
        }
    }

    @Test
    void rootRelativeImagesAndInternalLinksComeOutAbsolute() {
        Element item = item(Xml.get(seo, "/index.xml"), SeoSite.READING_AIDS);
        org.jsoup.nodes.Document body = Jsoup.parseBodyFragment(Xml.text(item, Xml.CONTENT, "encoded"));
        List<String> images = body.select("img").eachAttr("src");
        List<String> links = body.select("a").eachAttr("href");

        assertTrue(images.contains(BASE + "/images/pixel.png"), images.toString());
        assertTrue(images.contains(BASE + "/images/wide.png"), images.toString());
        assertTrue(images.contains("https://cdn.example.org/remote.png"), "other origins are kept: " + images);
        assertTrue(images.contains(BASE + "/posts/reading-aids/diagram.png"), "relative to the post: " + images);
        assertTrue(links.contains(BASE + "/posts/cover-images/"), links.toString());
        assertTrue(links.contains("https://example.org/page"), links.toString());
        assertTrue(links.contains("mailto:editor@example.com"), links.toString());
        // In-page fragments point back at the post page.
        assertTrue(links.stream().anyMatch(l -> l.startsWith(BASE + "/posts/reading-aids/#")), links.toString());
    }

    @Test
    void aLocalImageWithSpacesAndChineseInItsNameIsAValidAbsoluteUrlInTheFeed() {
        Element item = item(Xml.get(seo, "/index.xml"), SeoSite.READING_AIDS);
        org.jsoup.nodes.Document body = Jsoup.parseBodyFragment(Xml.text(item, Xml.CONTENT, "encoded"));
        String src = body.select("img[alt=中文檔名]").attr("src");

        assertEquals(BASE + "/images/%E5%9C%96%E8%A1%A8%20%E4%BA%8C.png", src);
        assertEquals(200, seo.getBytes(URI.create(src).getRawPath()).statusCode());
    }

    @Test
    void aTitleWithMarkupIsEscapedTextInTheFeeds() {
        String raw = site.get("/index.xml").body();
        assertFalse(raw.contains("<script"), "no raw <script> anywhere in the RSS");
        assertFalse(raw.contains("<img src=x"), "no raw injected markup in the RSS");
        Element item = item(Xml.get(site, "/index.xml"), "xss-test");
        assertEquals(XSS_TITLE, Xml.text(item, "title"));
        assertTrue(Xml.texts(item, "category").contains("<script>alert(1)</script>"));

        assertFalse(site.get("/atom.xml").body().contains("<script"), "no raw <script> anywhere in the Atom feed");
        Element entry = entry(Xml.get(site, "/atom.xml"), "xss-test");
        assertEquals(XSS_TITLE, Xml.text(entry, Xml.ATOM, "title"));

        Element other = item(Xml.get(seo, "/index.xml"), SeoSite.READING_AIDS);
        assertEquals(SeoSite.READING_AIDS_TITLE, Xml.text(other, "title"));
    }

    // ---- RSS per term ----

    @Test
    void aChineseTagHasItsOwnFeedWithOnlyThatTagsPosts() {
        String path = enc("/tags/地緣政治/index.xml");
        assertEquals("/tags/%E5%9C%B0%E7%B7%A3%E6%94%BF%E6%B2%BB/index.xml", path);
        HttpResponse<String> response = site.get(path);
        assertEquals(200, response.statusCode());
        assertContentType(response, "application/rss+xml");

        Document feed = Xml.get(site, path);
        Element channel = Xml.child(feed.getDocumentElement(), "channel");
        assertEquals(BASE + "/tags/%E5%9C%B0%E7%B7%A3%E6%94%BF%E6%B2%BB/", Xml.text(channel, "link"));
        assertEquals(BASE + path, Xml.child(channel, Xml.ATOM, "link").getAttribute("href"));
        assertTrue(Xml.text(channel, "title").contains("地緣政治"), Xml.text(channel, "title"));
        // Not the draft or the scheduled post, which also carry the tag.
        assertEquals(urls(List.of("deepseek-r2", "chip-export-controls", "taiwan-ai-supply-chain", "ai-cold-war",
                "gpu-shortage")), itemLinks(feed));
        for (Element item : items(feed)) {
            assertTrue(Xml.texts(item, "category").contains("地緣政治"), Xml.text(item, "link"));
        }
    }

    @Test
    void termFeedsListTheSamePostsAsTheTermPage() {
        for (String term : List.of("/tags/地緣政治/", "/tags/deepseek/", "/tags/c++/", "/tags/ai/ml/",
                "/categories/ai-技術前沿/", "/categories/產業動態/", "/categories/安全測試/")) {
            List<String> listed = new ArrayList<>();
            for (int n = 1; ; n++) {
                String page = enc(term) + (n == 1 ? "" : "page/" + n + "/");
                if (n > 1 && site.get(page).statusCode() == 404) {
                    break;
                }
                listed.addAll(PageKindsTest.postLinks(site.page(page)));
            }
            assertEquals(urls(listed), itemLinks(Xml.get(site, enc(term) + "index.xml")), term);
        }
    }

    @Test
    void categoryFeedsWork() {
        String path = enc("/categories/ai-技術前沿/index.xml");
        assertContentType(site.get(path), "application/rss+xml");
        assertEquals(urls(List.of("deepseek-r2", "chip-export-controls", "ai-cold-war", "open-weights")),
                itemLinks(Xml.get(site, path)));

        Document teaching = Xml.get(seo, enc("/categories/教學/index.xml"));
        assertEquals(urls(List.of("category-only", "reading-aids", "cover-images", "papermod-cover")),
                itemLinks(teaching));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/tags/no-such-tag/index.xml", "/categories/no-such-category/index.xml",
        "/tags/草稿限定/index.xml", "/tags/排程限定/index.xml", "/categories/草稿分類/index.xml"})
    void aFeedForAnUnknownOrHiddenTermIs404(String path) {
        assertEquals(404, site.get(enc(path)).statusCode());
    }

    // ---- Atom ----

    @Test
    void atomIsServedAsAtomAndIsWellFormed() {
        HttpResponse<String> response = site.get("/atom.xml");
        assertEquals(200, response.statusCode());
        assertContentType(response, "application/atom+xml");

        Element feed = Xml.get(site, "/atom.xml").getDocumentElement();
        assertEquals("feed", feed.getLocalName());
        assertEquals(Xml.ATOM, feed.getNamespaceURI());
        assertEquals("AI 新聞觀察", Xml.text(feed, Xml.ATOM, "title"));
        assertFalse(Xml.text(feed, Xml.ATOM, "id").isBlank());
        assertTrue(Xml.text(feed, Xml.ATOM, "updated").matches(RFC_3339));
        assertFalse(Xml.text(Xml.child(feed, Xml.ATOM, "author"), Xml.ATOM, "name").isBlank());
        List<String> self = Xml.children(feed, Xml.ATOM, "link").stream()
                .filter(l -> l.getAttribute("rel").equals("self")).map(l -> l.getAttribute("href")).toList();
        assertEquals(List.of(BASE + "/atom.xml"), self);
    }

    @Test
    void atomEntriesArePublishedPostsWithRfc3339DatesWithSeconds() {
        Document main = Xml.get(site, "/atom.xml");
        List<String> links = new ArrayList<>();
        for (Element entry : Xml.children(main.getDocumentElement(), Xml.ATOM, "entry")) {
            String published = Xml.text(entry, Xml.ATOM, "published");
            String updated = Xml.text(entry, Xml.ATOM, "updated");
            assertTrue(published.matches(RFC_3339), published);
            assertTrue(updated.matches(RFC_3339), updated);
            OffsetDateTime.parse(published);
            String id = Xml.text(entry, Xml.ATOM, "id");
            assertTrue(id.startsWith(BASE + "/posts/"), id);
            Element content = Xml.child(entry, Xml.ATOM, "content");
            assertEquals("html", content.getAttribute("type"));
            assertFalse(Xml.text(entry, Xml.ATOM, "summary").isBlank());
            links.add(Xml.children(entry, Xml.ATOM, "link").stream()
                    .filter(l -> l.getAttribute("rel").equals("alternate")).findFirst().orElseThrow()
                    .getAttribute("href"));
        }
        assertEquals(urls(TestBlog.PUBLISHED), links);

        assertEquals("2025-05-20T09:15:00+08:00", Xml.text(entry(main, "deepseek-r2"), Xml.ATOM, "published"));
        // Whole minutes still get their seconds; UTC stays UTC.
        assertEquals("2025-04-21T23:30:00Z", Xml.text(entry(main, "ai-cold-war"), Xml.ATOM, "published"));

        Document other = Xml.get(seo, "/atom.xml");
        assertEquals("2025-05-20T21:00:00-05:00",
                Xml.text(entry(other, SeoSite.READING_AIDS), Xml.ATOM, "published"));
        Element old = entry(other, "old-2024");
        assertEquals("2024-11-15T08:00:00+08:00", Xml.text(old, Xml.ATOM, "published"));
        assertEquals("2025-02-01T12:00:00+09:00", Xml.text(old, Xml.ATOM, "updated"));
        // The feed was last updated when its most recently changed post was, in that post's offset.
        assertEquals("2025-05-25T10:00:00+08:00", Xml.text(other.getDocumentElement(), Xml.ATOM, "updated"));
    }

    // ---- helpers ----

    static void assertContentType(HttpResponse<?> response, String type) {
        String actual = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        assertTrue(actual.replace(" ", "").startsWith(type + ";charset=utf-8"),
                () -> "Content-Type of " + response.uri() + " was " + actual);
    }

    private static void assertAbsolute(String url, String where) {
        if (url.startsWith("mailto:")) {
            return;
        }
        assertTrue(url.startsWith("https://") || url.startsWith("http://"), where + ": not absolute: " + url);
        try {
            URI uri = new URI(url);
            assertTrue(uri.isAbsolute() && uri.getHost() != null, where + ": " + url);
        } catch (URISyntaxException e) {
            fail(where + ": not a valid URL: " + url + " (" + e.getMessage() + ")");
        }
    }

    private static List<String> urls(List<String> slugs) {
        return slugs.stream().map(s -> BASE + "/posts/" + s + "/").toList();
    }

    private static List<Element> items(Document rss) {
        return Xml.children(Xml.child(rss.getDocumentElement(), "channel"), "item");
    }

    private static List<String> itemLinks(Document rss) {
        return items(rss).stream().map(i -> Xml.text(i, "link")).toList();
    }

    private static Element item(Document rss, String slug) {
        return Xml.firstWithText(items(rss), null, "link", BASE + "/posts/" + slug + "/")
                .orElseGet(() -> fail("no item for " + slug));
    }

    private static Element entry(Document atom, String slug) {
        return Xml.firstWithText(Xml.children(atom.getDocumentElement(), Xml.ATOM, "entry"), Xml.ATOM, "id",
                BASE + "/posts/" + slug + "/").orElseGet(() -> fail("no entry for " + slug));
    }

    private static List<String> contents(Document feed) {
        Element root = feed.getDocumentElement();
        if (root.getLocalName().equals("rss")) {
            return items(feed).stream().map(i -> Xml.text(i, Xml.CONTENT, "encoded")).toList();
        }
        return Xml.children(root, Xml.ATOM, "entry").stream()
                .map(e -> Xml.text(e, Xml.ATOM, "content")).toList();
    }
}
