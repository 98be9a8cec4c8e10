package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Costly searches over a generated blog, over HTTP: repeated words cost what one does, too many
 * words are cut (and the page says so), and a storm of concurrent costly searches is bounded —
 * each answers (results, or a 503 "busy" page in the layout with Retry-After) while health checks
 * and cached pages go on answering.
 */
class SearchLimitsTest {

    /** Posts generated: enough that a query of many lone characters is costly, few enough to index quickly. */
    private static final int POSTS = 300;
    /** Ten lone characters, each in every post: every post matches, each character a scan of the term list. */
    private static final String COSTLY = "晶 片 戰 爭 資 料 中 心 半 導";
    private static final String TEXT = "台灣的晶片產業在全球供應鏈中扮演關鍵角色，資料中心與半導體製造都離不開它。"
            + "美中科技戰爭讓出口管制越來越嚴格，各國紛紛投資自己的晶圓廠與人工智慧研究。";

    @TempDir
    static Path temp;

    private static TestBlog site;

    @BeforeAll
    static void start() throws IOException {
        Path posts = Files.createDirectories(temp.resolve("posts"));
        Files.createDirectories(temp.resolve("public"));
        for (int i = 0; i < POSTS; i++) {
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 20; p++) {
                // A number per paragraph makes each post's words differ a little, as real posts do.
                body.append(TEXT).append(" 第").append(i * 20 + p).append("段。\n\n");
            }
            Files.writeString(posts.resolve(String.format("post-%04d.md", i)), "---\ntitle: \"晶片筆記 " + i
                    + "\"\ndate: 2025-01-01T10:00:00+08:00\ntags: [半導體]\n---\n\n" + body);
        }
        site = TestBlog.start("site", Map.of("BLOG_POSTS_DIR", posts.toString(),
                "BLOG_PUBLIC_DIR", temp.resolve("public").toString(), "BLOG_PAGE_SIZE", "10"));
        SearchPageTest.awaitIndex(site, "晶片");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String search(String query) {
        return "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void aWordRepeatedFindsWhatItFindsOnceAndSaysNothingWasLeftOut() {
        // "晶片晶片…" is the pairs 晶片 and 片晶 over and over: the same two terms as "晶片晶片".
        Map<String, String> cases = Map.of("晶 ".repeat(40).strip(), "晶", "晶片 ".repeat(30).strip(), "晶片",
                "晶片".repeat(40), "晶片晶片", "供應鏈 ".repeat(20).strip(), "供應鏈", "Chips ".repeat(16).strip(), "Chips",
                "晶片戰爭 晶片 戰爭 ".repeat(8).strip(), "晶片戰爭");
        for (Map.Entry<String, String> entry : cases.entrySet()) {
            String repeated = entry.getKey();
            Document many = site.page(search(repeated));
            Document one = site.page(search(entry.getValue()));
            assertFalse(many.selectFirst(".list-intro").text().contains("字詞太多"), repeated);
            assertEquals(one.select(".search-results .card-title a").eachAttr("href"),
                    many.select(".search-results .card-title a").eachAttr("href"), repeated);
            assertEquals(one.selectFirst(".list-intro").text(), many.selectFirst(".list-intro").text(), repeated);
        }
    }

    @Test
    void wordsPastTheTermLimitAreLeftOutAndThePageSaysSo() {
        // Eleven distinct words, each in every post: the eleventh is left out, not refused.
        Document page = site.page(search("晶片 產業 全球 供應 資料 中心 半導 製造 科技 戰爭 出口"));
        assertFalse(page.select(".search-results .card").isEmpty(), page.text());
        assertTrue(page.selectFirst(".list-intro").text().contains("字詞太多"), page.selectFirst(".list-intro").text());

        Document fits = site.page(search("晶片 產業 全球"));
        assertFalse(fits.selectFirst(".list-intro").text().contains("字詞太多"), fits.text());
    }

    @Test
    void aStormOfCostlySearchesIsBoundedWhileHealthChecksAndCachedPagesAnswer() throws Exception {
        site.page("/"); // now cached
        int searches = 32 * Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        ExecutorService clients = Executors.newFixedThreadPool(searches);
        AtomicBoolean storming = new AtomicBoolean(true);
        try {
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < searches; i++) {
                // Each query differs (page 1 or 2, word order) so that nothing could answer from a cache.
                String query = i % 2 == 0 ? COSTLY : new StringBuilder(COSTLY).reverse().toString();
                String path = search(query) + (i % 3 == 0 ? "&page=2" : "");
                answers.add(CompletableFuture.supplyAsync(() -> site.get(path), clients));
            }
            // While they run, the health check and a cached page answer (TestBlog gives each request 10 s).
            int healthy = 0;
            while (answers.stream().anyMatch(answer -> !answer.isDone()) && healthy < 20) {
                assertEquals(200, site.get("/healthz").statusCode());
                assertEquals(200, site.get("/").statusCode());
                healthy++;
            }
            int busy = 0;
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(); // each within TestBlog's 10 s, or this throws
                Document page = Jsoup.parse(response.body());
                assertNotNull(page.selectFirst("form[action=/search]"), "in the site's layout: " + response.body());
                if (response.statusCode() == 503) {
                    busy++;
                    assertTrue(response.headers().firstValue("Retry-After").orElse("").matches("[1-9][0-9]*"),
                            response.headers().toString());
                    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
                    String heading = page.selectFirst("h1").text();
                    assertTrue(heading.equals("搜尋忙碌中") || heading.equals("搜尋逾時"), heading);
                } else {
                    assertEquals(200, response.statusCode(), response.body());
                    assertFalse(page.select(".search-results .card").isEmpty(), response.body());
                }
            }
            // Far more work than the searches allowed at once can do within their wait: some are turned away.
            assertTrue(busy > 0, "no search of " + searches + " was turned away");
            assertTrue(busy < searches, "every search was turned away");
        } finally {
            storming.set(false);
            clients.shutdownNow();
        }
    }
}
