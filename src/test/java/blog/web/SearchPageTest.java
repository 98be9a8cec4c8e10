package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blog.Config;
import blog.content.Markdown;
import blog.content.PostLoader;
import blog.content.PostReader;
import blog.search.LiveSearch;
import blog.site.LiveSite;
import blog.site.Site;
import io.javalin.Javalin;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /search} over the fixture posts in {@code src/test/resources/search-site/}, through real HTTP. */
class SearchPageTest {

    private static TestBlog site;

    @BeforeAll
    static void start() {
        site = TestBlog.start("search-site", Map.of());
        awaitIndex(site, "量子");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void chineseWordsAreFoundAndMarkedInTitleAndPassage() {
        Document page = search("出口管制");
        assertEquals(List.of("export-controls"), slugs(page));
        Element result = page.selectFirst(".search-results .card");
        assertEquals("出口管制", result.selectFirst(".card-title mark").text());
        Element passage = result.selectFirst(".summary");
        assertEquals(List.of("出口管制"), passage.select("mark").eachText());
        assertTrue(passage.text().contains("這一輪出口管制將迫使亞洲供應鏈重新布局"), passage::text);
        assertEquals(List.of("#半導體", "#地緣政治"), result.select(".tags a").eachText());
        assertEquals("2025年4月30日", result.selectFirst("time").text());
    }

    @Test
    void latinTermsAreFoundAsTypedWhateverTheirCase() {
        assertEquals(List.of("gpt-4o-cpp"), slugs(search("C++")));
        assertEquals(List.of("csharp-intro"), slugs(search("c#")));
        assertEquals(List.of("gpt-4o-cpp"), slugs(search("gpt-4O")));
        assertEquals(List.of("gpt-4o-cpp"), slugs(search("DEEPSEEK")));
        assertEquals(List.of("gpt-4o-cpp", "csharp-intro"), slugs(search("GPT")));
        assertEquals(List.of("C++"), search("c++").select(".search-results .card-title mark").eachText());
    }

    @Test
    void traditionalAndSimplifiedFindEachOther() {
        assertEquals(List.of("simplified-database"), slugs(search("數據庫")));
        assertEquals(List.of("simplified-database"), slugs(search("数据库")));
        assertEquals(List.of("cloud-costs"), slugs(search("云端运算")));
        assertEquals(List.of("雲端運算"), search("云端运算").select(".search-results .card-title mark").eachText());
    }

    @Test
    void everyWordMustMatch() {
        assertEquals(List.of("gpt-4o-cpp"), slugs(search("C++ 推論")));
        assertEquals(List.of(), slugs(search("C++ 量子")));
    }

    @Test
    void aTitleMatchRanksAboveBodyMatches() {
        assertEquals(List.of("self-driving-title", "self-driving-body"), slugs(search("自駕車")));
    }

    @Test
    void aSingleCharacterFindsTheWordsThatHoldIt() {
        List<String> found = slugs(search("車"));
        assertTrue(found.containsAll(List.of("electric-cars", "self-driving-title", "self-driving-body")), found::toString);
    }

    @Test
    void draftsAndFuturePostsAreNeverFound() {
        assertEquals(List.of(), slugs(search("Zyxwvu")));
        assertEquals(List.of(), slugs(search("機密計畫")));
        assertEquals(List.of(), slugs(search("Qwertzu")));
        assertTrue(search("Zyxwvu").selectFirst("h1").text().contains("找不到"));
    }

    @Test
    void resultsArePagedLikeLists() {
        Document first = search("量子");
        assertEquals(TestBlog.PAGE_SIZE, slugs(first).size());
        assertEquals("共 7 篇文章", first.selectFirst(".list-intro").text());
        assertEquals("第 1 頁，共 3 頁", first.selectFirst(".pager-status").text());
        String next = first.selectFirst(".pager a[rel=next]").attr("href");
        assertEquals("/search?q=%E9%87%8F%E5%AD%90&page=2", next);
        Document second = site.page(next);
        assertEquals("/search?q=%E9%87%8F%E5%AD%90", second.selectFirst(".pager a[rel=prev]").attr("href"));
        Document third = site.page("/search?q=%E9%87%8F%E5%AD%90&page=3");
        assertEquals(1, slugs(third).size());
        assertEquals(null, third.selectFirst(".pager a[rel=next]"));
        // The seven posts tie on every field: the newer comes first, on every page, every time.
        List<String> all = new java.util.ArrayList<>(slugs(first));
        all.addAll(slugs(second));
        all.addAll(slugs(third));
        assertEquals(List.of("quantum-7", "quantum-6", "quantum-5", "quantum-4", "quantum-3", "quantum-2", "quantum-1"),
                all);
        assertEquals(404, site.get("/search?q=%E9%87%8F%E5%AD%90&page=4").statusCode());
        for (String bad : List.of("0", "-1", "abc", "1.5", "", "99999999999999999999")) {
            assertEquals(400, site.get("/search?q=%E9%87%8F%E5%AD%90&page=" + bad).statusCode(), bad);
        }
    }

    @Test
    void hostileQueriesAndTitlesAreEscaped() {
        String hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";
        HttpResponse<String> response = site.get("/search?q=" + encode(hostile));
        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains("<script>alert"), "raw script tag in the page");
        assertFalse(response.body().contains("<img src=x"), "raw img tag in the page");
        Document page = Jsoup.parse(response.body());
        assertEquals(hostile, page.selectFirst("input[name=q]").attr("value"));
        assertEquals(List.of("hostile-title"), slugs(page));

        Document found = search("onerror");
        Element title = found.selectFirst(".search-results .card-title a");
        assertEquals("<script>alert(1)</script> 惡意標題 \"><img src=x onerror=alert(1)>", title.text());
        assertEquals(List.of("onerror"), title.select("mark").eachText());
        assertTrue(title.select("script, img").isEmpty());
        assertTrue(found.select(".search-results .summary b").isEmpty());
        assertTrue(found.selectFirst(".search-results .summary").text().contains("提到 onerror 與 <script> 這些字"),
                () -> found.selectFirst(".search-results .summary").text());
    }

    @Test
    void emptyAndAbsurdQueriesGetAClearPageNeverAnError() {
        Map<String, Integer> statuses = new HashMap<>();
        statuses.put("/search", 200);
        statuses.put("/search?q=", 200);
        statuses.put("/search?q=+++", 200);
        statuses.put("/search?q=%E3%80%80", 200); // an ideographic space
        statuses.put("/search?q=" + encode("？！。、……「」!!!***"), 200);
        statuses.put("/search?q=" + "a".repeat(101), 200);
        statuses.put("/search?q=" + "a".repeat(5000), 200);
        statuses.put("/search?q=" + encode("出".repeat(101)), 200);
        statuses.put("/search?q=%01%02%7F", 200);
        statuses.put("/search?q=%E4%B8", 200); // cut UTF-8
        statuses.put("/search?q=AND+OR+NOT+*+%3F+~+%5C+%22", 200); // query-syntax characters are only text
        statuses.put("/search?q=a&q=b", 200);
        for (Map.Entry<String, Integer> c : statuses.entrySet()) {
            HttpResponse<String> response = site.get(c.getKey());
            assertEquals(c.getValue(), response.statusCode(), c.getKey());
            TestBlog.assertHtml(response);
            assertFalse(response.body().contains("Exception"), c.getKey());
        }
        for (String broken : List.of("/search?q=%ZZ", "/search?q=%", "/search?q=%C0%AF&page=%FF")) {
            RawHttp.Response response = RawHttp.send(site.blog.port(), "GET", broken);
            assertTrue(response.status() == 200 || response.status() == 400, broken + " -> " + response.status());
        }
        assertEquals("搜尋文章", site.page("/search").selectFirst("h1").text());
        assertEquals("沒有可以搜尋的字詞", site.page("/search?q=" + encode("？！。")).selectFirst("h1").text());
        assertEquals("搜尋字詞太長", site.page("/search?q=" + "a".repeat(101)).selectFirst("h1").text());
        assertEquals("", site.page("/search?q=" + "a".repeat(101)).selectFirst("input[name=q]").attr("value"));
        assertEquals(List.of("export-controls"), slugs(search("出口管制 " + "。".repeat(95))));
    }

    @Test
    void randomQueriesNeverFail() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "出口管制晶片資料庫数据库車 　,.-_+#'\"<>&%/\\*?~:!()[]{}^GPTcC0123456789\u0000\u0007\u200b\ud83d\ude00";
        for (int i = 0; i < 200; i++) {
            StringBuilder query = new StringBuilder();
            int length = random.nextInt(i % 10 == 0 ? 300 : 20);
            for (int j = 0; j < length; j++) {
                query.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            HttpResponse<String> response = site.get("/search?q=" + encode(query.toString()));
            assertEquals(200, response.statusCode(), () -> "q=" + query);
        }
    }

    @Test
    void controlCharactersSeparateWords() {
        assertEquals(List.of("export-controls"), slugs(site.page("/search?q=%01%E5%87%BA%E5%8F%A3%07%E7%AE%A1%E5%88%B6%0A")));
    }

    @Test
    void searchPagesAreNotIndexedAndCachedBriefly() {
        HttpResponse<String> response = site.get("/search?q=" + encode("量子"));
        assertEquals("noindex", response.headers().firstValue("X-Robots-Tag").orElse(""));
        assertEquals("public, max-age=60", response.headers().firstValue("Cache-Control").orElse(""));
        Document page = Jsoup.parse(response.body());
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        assertEquals(null, page.selectFirst("link[rel=canonical]"));
        assertEquals("「量子」的搜尋結果 | AI 新聞觀察", page.title());
        assertEquals(200, site.head("/search?q=" + encode("量子")).statusCode());
    }

    @Test
    void everyPageHasASearchBoxThatWorksWithoutJavaScript() {
        for (String path : List.of("/", "/tags/", "/posts/export-controls/", "/archives/", "/no-such-page/")) {
            Document page = Jsoup.parse(site.get(path).body());
            Element form = page.selectFirst("header form[role=search]");
            assertEquals("/search", form.attr("action"), path);
            assertEquals("get", form.attr("method"), path);
            assertEquals("", form.selectFirst("input[name=q]").attr("value"), path);
            assertTrue(page.select("script[src]").isEmpty(), path);
        }
        assertEquals("出口管制", search("出口管制").selectFirst("header input[name=q]").attr("value"));
    }

    @Test
    void aPostThatComesDueIsFoundOnceTheSiteIsRebuilt() {
        try (TestBlog own = TestBlog.start("search-site", Map.of())) {
            awaitIndex(own, "量子");
            assertEquals(List.of(), slugs(own.page("/search?q=Qwertzu")));
            own.clock.set(Instant.parse("2025-06-10T02:00:00Z"));
            assertEquals(200, own.get("/posts/scheduled-launch/").statusCode());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (slugs(own.page("/search?q=Qwertzu")).isEmpty() && System.nanoTime() < deadline) {
                pause();
            }
            assertEquals(List.of("scheduled-launch"), slugs(own.page("/search?q=Qwertzu")));
        }
    }

    @Test
    void whileTheIndexIsBuildingSearchSaysSoWith503() {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", "0");
        env.put("BLOG_POSTS_DIR", TestBlog.fixture("search-site", "posts").toString());
        env.put("BLOG_PUBLIC_DIR", TestBlog.fixture("search-site", "public").toString());
        Config config = Config.load(env);
        Markdown markdown = new Markdown();
        LiveSite live = new LiveSite(new PostLoader(new PostReader(markdown, config.timezone()))
                .load(config.postsDir()).posts(), new MutableClock(TestBlog.NOW), new Site.Preview(false, false));
        // An index builder that never gets to run: the index stays unbuilt.
        LiveSearch search = new LiveSearch(live, markdown, task -> { });
        search.start();
        Javalin app = new BlogServer(config, live, search, markdown).create().start(0);
        try {
            HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + app.port()
                            + "/search?q=" + encode("量子"))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(503, response.statusCode());
            assertEquals("5", response.headers().firstValue("Retry-After").orElse(""));
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
            assertEquals("搜尋準備中", Jsoup.parse(response.body()).selectFirst("h1").text());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            app.stop();
        }
    }

    private static Document search(String query) {
        return site.page("/search?q=" + encode(query));
    }

    /** The slugs of the results on a search page, in order. */
    static List<String> slugs(Document page) {
        return page.select(".search-results .card-title a").eachAttr("href").stream()
                .map(href -> href.replaceAll("^/posts/|/$", ""))
                .toList();
    }

    static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** Waits until the index is built: until a search for {@code query} stops answering 503. */
    static void awaitIndex(TestBlog blog, String query) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (blog.get("/search?q=" + encode(query)).statusCode() == 503) {
            assertTrue(System.nanoTime() < deadline, "the search index was not built within 30 s");
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
