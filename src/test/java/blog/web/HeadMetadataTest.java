package blog.web;

import static blog.web.TestBlog.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The head of every page kind: title, description, canonical, feeds, Open Graph, Twitter card, JSON-LD. */
class HeadMetadataTest {

    private static final String BASE = "https://blog.example.com";
    private static final String SITE_TITLE = "AI 新聞觀察";
    private static final String SITE_DESCRIPTION = "以繁體中文整理的 AI 新聞、研究與產業動態。";
    private static final String XSS_TITLE = "<script>alert(1)</script> 標題跳脫測試 \"><img src=x onerror=alert(1)>";

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

    /** A decoded path of each page kind with its expected {@code <title>}. */
    static Stream<Arguments> pageKinds() {
        return Stream.of(
                Arguments.of("/", SITE_TITLE),
                Arguments.of("/page/2/", "第 2 頁 | " + SITE_TITLE),
                Arguments.of("/posts/deepseek-r2/", "DeepSeek R2 傳聞：中國模型再掀價格戰 | " + SITE_TITLE),
                Arguments.of("/posts/xss-test/", XSS_TITLE + " | " + SITE_TITLE),
                Arguments.of("/tags/", "全部標籤 | " + SITE_TITLE),
                Arguments.of("/categories/", "全部分類 | " + SITE_TITLE),
                Arguments.of("/tags/地緣政治/", "標籤：地緣政治 | " + SITE_TITLE),
                Arguments.of("/tags/地緣政治/page/2/", "標籤：地緣政治（第 2 頁） | " + SITE_TITLE),
                Arguments.of("/categories/ai-技術前沿/", "分類：AI 技術前沿 | " + SITE_TITLE),
                Arguments.of("/tags/c++/", "標籤：C++ | " + SITE_TITLE),
                Arguments.of("/archives/", "文章彙整 | " + SITE_TITLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageKinds")
    void eachPageKindHasItsOwnTitle(String path, String title) {
        Document page = site.page(enc(path));
        assertEquals(1, page.select("head title").size());
        assertEquals(title, page.title());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageKinds")
    void everyPageHasADescriptionAndAnAbsoluteCanonicalUrlThatOgUrlRepeats(String path, String title) {
        Document page = site.page(enc(path));
        Elements canonical = page.select("head link[rel=canonical]");
        assertEquals(1, canonical.size(), page.head().html());
        assertEquals(BASE + enc(path), canonical.attr("href"));
        assertEquals(canonical.attr("href"), meta(page, "og:url"));
        assertFalse(metaName(page, "description").isBlank());
        assertEquals(metaName(page, "description"), meta(page, "og:description"));
        assertEquals(metaName(page, "description"), metaName(page, "twitter:description"));
        assertFalse(meta(page, "og:title").isBlank());
        assertEquals(meta(page, "og:title"), metaName(page, "twitter:title"));
        assertTrue(page.select("meta[name=robots]").isEmpty(), "published pages are indexable");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageKinds")
    void everyPageOffersTheSiteFeedsInItsHead(String path, String title) {
        assertOffersSiteFeeds(site.page(enc(path)));
    }

    @Test
    void theNotFoundPageOffersTheSiteFeedsToo() {
        Document page = Jsoup.parse(site.get("/no-such-page/").body());
        assertOffersSiteFeeds(page);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/tags/地緣政治/", "/tags/地緣政治/page/2/", "/categories/ai-技術前沿/",
        "/categories/產業動態/page/2/", "/tags/c++/", "/tags/c#/", "/tags/ai/ml/", "/tags/問答/", "/tags/50/",
        "/tags/scriptalert1/script/"})
    void termPagesAlsoOfferTheirOwnFeed(String path) {
        String term = path.replaceAll("page/\\d+/$", "");
        Document page = site.page(enc(path));
        String feed = BASE + enc(term) + "index.xml";
        Elements own = page.select("head link[rel=alternate][type=application/rss+xml][href=" + feed + "]");
        assertEquals(1, own.size(), page.head().html());
        assertFalse(own.attr("title").isBlank());
        String feedPath = URI.create(feed).getRawPath();
        FeedsTest.assertContentType(site.get(feedPath), "application/rss+xml");
        Xml.get(site, feedPath);
    }

    @Test
    void onlyTermPagesOfferATermFeed() {
        for (String path : List.of("/", "/posts/deepseek-r2/", "/tags/", "/archives/")) {
            assertEquals(1, site.page(enc(path)).select("head link[rel=alternate][type=application/rss+xml]").size(),
                    path);
        }
    }

    // ---- descriptions ----

    @Test
    void aPostsDescriptionIsItsSummaryAndTheHomePagesIsTheSites() {
        assertEquals("市場傳出 DeepSeek 即將推出 R2 模型，業界預期將再度壓低推論價格。",
                metaName(site.page("/posts/deepseek-r2/"), "description"));
        // Without a description, the summary is the text before <!--more-->.
        assertEquals("DeepSeek 宣布調降 API 價格，離峰時段最高可享五折優惠。",
                metaName(site.page("/posts/deepseek-pricing/"), "description"));
        assertEquals(SITE_DESCRIPTION, metaName(site.page("/"), "description"));
    }

    // ---- Open Graph and Twitter ----

    @Test
    void postsAreArticlesAndTheHomePageIsAWebsite() {
        assertEquals("article", meta(site.page("/posts/deepseek-r2/"), "og:type"));
        assertEquals("article", meta(seo.page("/posts/reading-aids/"), "og:type"));
        assertEquals("website", meta(site.page("/"), "og:type"));
        assertEquals("website", meta(site.page(enc("/tags/地緣政治/")), "og:type"));
        assertEquals(SITE_TITLE, meta(site.page("/"), "og:site_name"));
        assertEquals("DeepSeek R2 傳聞：中國模型再掀價格戰", meta(site.page("/posts/deepseek-r2/"), "og:title"));
        assertEquals(XSS_TITLE, meta(site.page("/posts/xss-test/"), "og:title"));
    }

    @Test
    void ogImageIsTheAbsoluteCoverFromFrontMatter() {
        assertImage(site.page("/posts/deepseek-r2/"), BASE + "/images/pixel.png");
        // images: [...] takes the first; its Chinese name and space are percent-encoded.
        assertImage(seo.page("/posts/cover-images/"), BASE + "/images/%E5%9C%96%E8%A1%A8%20%E4%BA%8C.png");
        // PaperMod's cover.image on another origin is kept as written.
        assertImage(seo.page("/posts/papermod-cover/"), "https://cdn.example.org/cover.jpg");
    }

    @Test
    void withoutACoverOgImageIsTheFirstImageOfTheBody() {
        // The body opens with text; its first image comes later, in a section.
        assertImage(seo.page("/posts/reading-aids/"), BASE + "/images/wide.png");
    }

    @Test
    void withoutAnyImageThereIsNoOgImageAndASmallTwitterCard() {
        for (Document page : List.of(seo.page("/posts/no-image/"), site.page("/posts/gpu-shortage/"),
                site.page("/"))) {
            assertTrue(page.select("meta[property=og:image], meta[name=twitter:image]").isEmpty(),
                    page.head().html());
            assertEquals("summary", metaName(page, "twitter:card"));
        }
    }

    @Test
    void articleTimesKeepThePostsOwnOffset() {
        Document r2 = site.page("/posts/deepseek-r2/");
        assertEquals("2025-05-20T09:15:00+08:00", meta(r2, "article:published_time"));
        assertEquals("2025-05-20T09:15:00+08:00", meta(r2, "article:modified_time"));
        assertEquals("2025-04-21T23:30:00Z", meta(site.page("/posts/ai-cold-war/"), "article:published_time"));
        assertEquals("2025-05-20T21:00:00-05:00", meta(seo.page("/posts/reading-aids/"), "article:published_time"));
        Document old = seo.page("/posts/old-2024/");
        assertEquals("2024-11-15T08:00:00+08:00", meta(old, "article:published_time"));
        assertEquals("2025-02-01T12:00:00+09:00", meta(old, "article:modified_time"));
        assertTrue(site.page("/").select("meta[property^=article:]").isEmpty());
    }

    @Test
    void eachTagIsAnArticleTag() {
        assertEquals(List.of("DeepSeek", "地緣政治", "AI/ML", "C#", "C++", "問答?", "50%"),
                site.page("/posts/deepseek-r2/").select("meta[property=article:tag]").eachAttr("content"));
        assertEquals(List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>"),
                site.page("/posts/xss-test/").select("meta[property=article:tag]").eachAttr("content"));
        assertTrue(site.page("/").select("meta[property=article:tag]").isEmpty());
    }

    // ---- JSON-LD ----

    @Test
    void aPostHasBlogPostingJsonLd() {
        Map<String, Object> ld = jsonLd(site.page("/posts/deepseek-r2/"));
        assertEquals("https://schema.org", ld.get("@context"));
        assertEquals("BlogPosting", ld.get("@type"));
        assertEquals("DeepSeek R2 傳聞：中國模型再掀價格戰", ld.get("headline"));
        assertEquals("市場傳出 DeepSeek 即將推出 R2 模型，業界預期將再度壓低推論價格。", ld.get("description"));
        assertEquals("2025-05-20T09:15:00+08:00", ld.get("datePublished"));
        assertEquals("2025-05-20T09:15:00+08:00", ld.get("dateModified"));
        assertEquals(BASE + "/posts/deepseek-r2/", ld.get("url"));
        assertEquals(List.of(BASE + "/images/pixel.png"), ld.get("image"));
        assertEquals(BASE + "/posts/deepseek-r2/", ((Map<?, ?>) ld.get("mainEntityOfPage")).get("@id"));
        assertEquals(SITE_TITLE, ((Map<?, ?>) ld.get("author")).get("name"));
    }

    @Test
    void jsonLdHeadlinesSurviveQuotesApostrophesAmpersandsAndMarkup() {
        Document xss = site.page("/posts/xss-test/");
        assertEquals(XSS_TITLE, jsonLd(xss).get("headline"));
        String data = xss.selectFirst("script[type=application/ld+json]").data();
        assertFalse(data.contains("<"), "'<' is escaped so the data cannot end the script element: " + data);

        Map<String, Object> ld = jsonLd(seo.page("/posts/reading-aids/"));
        assertEquals(SeoSite.READING_AIDS_TITLE, ld.get("headline"));
        assertEquals("2025-05-20T21:00:00-05:00", ld.get("datePublished"));
        assertEquals(List.of(BASE + "/images/wide.png"), ld.get("image"));
        assertFalse(jsonLd(seo.page("/posts/no-image/")).containsKey("image"));
    }

    @Test
    void theHomePageHasWebSiteJsonLd() {
        Map<String, Object> ld = jsonLd(site.page("/"));
        assertEquals("https://schema.org", ld.get("@context"));
        assertEquals("WebSite", ld.get("@type"));
        assertEquals(SITE_TITLE, ld.get("name"));
        assertEquals(BASE + "/", ld.get("url"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageKinds")
    void jsonLdWhereverPresentIsOneValidJsonObject(String path, String title) {
        Elements scripts = site.page(enc(path)).select("script[type=application/ld+json]");
        assertTrue(scripts.size() <= 1, path);
        for (Element script : scripts) {
            assertTrue(MiniJson.parse(script.data()) instanceof Map, script.data());
        }
    }

    // ---- helpers ----

    private static void assertOffersSiteFeeds(Document page) {
        Elements rss = page.select("head link[rel=alternate][type=application/rss+xml][href=" + BASE + "/index.xml]");
        Elements atom = page.select("head link[rel=alternate][type=application/atom+xml][href=" + BASE + "/atom.xml]");
        assertEquals(1, rss.size(), page.head().html());
        assertEquals(1, atom.size(), page.head().html());
        assertFalse(rss.attr("title").isBlank());
        assertTrue(page.body().select("link[rel=alternate]").isEmpty(), "feed links belong in the head");
    }

    private static void assertImage(Document page, String url) {
        assertEquals(url, meta(page, "og:image"));
        assertEquals(url, metaName(page, "twitter:image"));
        assertEquals("summary_large_image", metaName(page, "twitter:card"));
        assertTrue(URI.create(url).isAbsolute(), url);
    }

    /** The content of the one {@code <meta property=…>} in the head. */
    static String meta(Document page, String property) {
        Elements found = page.select("head meta[property=" + property + "]");
        assertEquals(1, found.size(), () -> property + " in " + page.head().html());
        return found.attr("content");
    }

    static String metaName(Document page, String name) {
        Elements found = page.select("head meta[name=" + name + "]");
        assertEquals(1, found.size(), () -> name + " in " + page.head().html());
        return found.attr("content");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> jsonLd(Document page) {
        Elements scripts = page.select("head script[type=application/ld+json]");
        assertEquals(1, scripts.size(), page.head().html());
        String data = scripts.first().data().strip();
        assertTrue(data.startsWith("{"), data);
        Object parsed = MiniJson.parse(data);
        assertNotNull(parsed);
        return (Map<String, Object>) parsed;
    }
}
