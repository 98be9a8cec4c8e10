package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Posts nested thousands deep (quotes, lists, emphasis, images, footnotes, table cells, raw HTML,
 * shortcodes), generated into a temporary blog: each affects its own page alone, which shows the
 * text as written; every other page and feed stays 200, and each is logged once with file and line.
 */
class DeepNestingTest {

    /** Posts nested past the limit: their pages show the fallback. */
    private static final Map<String, String> TOO_DEEP = Map.of(
            "quotes", ">".repeat(3000) + " 引文深處",
            "list", nestedList(400),
            "stars", "*".repeat(2000) + "強調深處" + "*".repeat(2000),
            "underscores", "前文 " + "_".repeat(2000) + "強調深處" + "_".repeat(2000) + " 後文",
            "images", "![".repeat(1000) + "圖片深處" + "](/a.png)".repeat(1000),
            "footnote", "正文[^1]\n\n[^1]: " + ">".repeat(3000) + " 註腳深處",
            "table", "| 甲 | 乙 |\n| --- | --- |\n| " + "*".repeat(2000) + "表格深處" + "*".repeat(2000) + " | 丙 |",
            "mixed", "- > - > ".repeat(300) + "混合深處");

    /** Hostile but not nested past the limit once parsed: rendered as usual. */
    private static final Map<String, String> SHALLOW = Map.of(
            "star-run", "一段文字 " + "*".repeat(10_000) + " 結尾文字",
            "brackets", "[".repeat(5000) + "括號深處" + "](/u)".repeat(5000),
            "divs", "<div>".repeat(5000) + "區塊深處" + "</div>".repeat(5000),
            "shortcodes", "{{% unknown %}}".repeat(3000) + "短碼深處" + "{{% /unknown %}}".repeat(3000),
            "angle-shortcodes", "{{< unknown >}}".repeat(3000) + "短碼深處" + "{{< /unknown >}}".repeat(3000));

    @TempDir
    static Path temp;

    private static TestBlog site;
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static PrintStream originalErr;

    @BeforeAll
    static void start() throws IOException {
        Path posts = Files.createDirectories(temp.resolve("posts"));
        int day = 1;
        for (Map.Entry<String, String> post : TOO_DEEP.entrySet()) {
            write(posts, post.getKey(), day++, post.getValue());
        }
        for (Map.Entry<String, String> post : SHALLOW.entrySet()) {
            write(posts, post.getKey(), day++, post.getValue());
        }
        write(posts, "plain", day, "平常的內文。");
        originalErr = System.err;
        System.setErr(new PrintStream(LOG, true, StandardCharsets.UTF_8));
        site = TestBlog.start(Map.of("BLOG_POSTS_DIR", posts.toString(), "BLOG_PAGE_SIZE", "5"));
    }

    @AfterAll
    static void stop() {
        site.close();
        System.setErr(originalErr);
    }

    private static void write(Path posts, String slug, int day, String body) throws IOException {
        // The body starts on line 6.
        Files.writeString(posts.resolve(slug + ".md"), "---\ntitle: \"" + slug + " 標題\"\ndate: 2025-05-"
                + String.format("%02d", day) + "T10:00:00+08:00\ntags: [\"深\"]\n---\n" + body + "\n");
    }

    private static String nestedList(int levels) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            list.append("  ".repeat(i)).append("- 第").append(i).append("層\n");
        }
        return list.append("  ".repeat(levels)).append("- 清單深處\n").toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"quotes", "list", "stars", "underscores", "images", "footnote", "table", "mixed"})
    void tooDeepAPostShowsItsTextAsWrittenInTheLayoutOnce(String slug) {
        Document page = site.page("/posts/" + slug + "/");
        assertEquals(slug + " 標題", page.selectFirst("article.post h1").text());
        assertNotNull(page.selectFirst("header.site-header"), "in the site's layout");
        Element content = page.selectFirst("article.post > .content");
        assertTrue(content.selectFirst("p.body-fallback").text().contains("無法排版"), content::html);
        String source = content.selectFirst("pre.body-source").wholeText();
        assertTrue(source.contains(TOO_DEEP.get(slug).strip().substring(0, 20)), "the text as written");
        assertTrue(source.contains("深處"), () -> source.substring(0, 200));

        HttpResponse<String> again = site.get("/posts/" + slug + "/");
        assertEquals(200, again.statusCode());
        assertEquals(page.outerHtml(), Jsoup.parse(again.body(), page.location()).outerHtml());
        assertEquals(1, countLogged(slug), () -> "logged once, as file:line: …\n" + log());
    }

    @Test
    void theLogLineNamesTheFileTheLineAndTheDepth() {
        site.page("/posts/quotes/");
        site.page("/posts/list/");
        Matcher quotes = logLine("quotes");
        assertEquals("6", quotes.group(1), quotes.group());
        assertTrue(quotes.group().contains("nested 300"), "3,000 quotes, counted: " + quotes.group());
        Matcher list = logLine("list");
        // Level 1 is the list on line 6; the limit of 100 levels is passed at the 50th list, line 55.
        assertTrue(Integer.parseInt(list.group(1)) > 50 && Integer.parseInt(list.group(1)) < 60, list.group());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"star-run", "brackets", "divs", "shortcodes", "angle-shortcodes", "plain"})
    void hostileButShallowPostsRenderAsUsual(String slug) {
        Document page = site.page("/posts/" + slug + "/");
        Element content = page.selectFirst("article.post > .content");
        assertTrue(content.select("pre.body-source").isEmpty(), () -> content.html().substring(0, 200));
        assertFalse(content.text().isBlank());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/page/2/", "/page/3/", "/archives/", "/tags/", "/tags/深/", "/categories/",
        "/index.xml", "/atom.xml", "/tags/深/index.xml", "/sitemap.xml"})
    void everyOtherPageAndFeedStays200(String path) {
        HttpResponse<String> response = site.get(TestBlog.enc(path));
        assertEquals(200, response.statusCode(), path);
        if (path.endsWith(".xml")) {
            Xml.get(site, TestBlog.enc(path));
        }
    }

    @Test
    void feedsCarryTheTextAsWrittenForADeepPost() {
        String feed = site.get("/index.xml").body();
        assertTrue(feed.contains("無法排版"), "a deep post's feed entry shows the notice");
        assertTrue(feed.contains("平常的內文。"));
    }

    @Test
    void searchStillWorksAndFindsTextInsideADeepPost() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        HttpResponse<String> response;
        do {
            response = site.get("/search?q=" + TestBlog.enc("引文深處"));
            if (response.statusCode() != 503) {
                break;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("quotes 標題"), "found by its text as written");
    }

    private static String log() {
        return LOG.toString(StandardCharsets.UTF_8);
    }

    private static long countLogged(String slug) {
        return log().lines().filter(line -> line.contains(slug + ".md:") && line.contains("nested")).count();
    }

    private static Matcher logLine(String slug) {
        Matcher m = Pattern.compile(Pattern.quote(temp.resolve("posts/" + slug + ".md").toString()) + ":(\\d+): .*")
                .matcher(log());
        assertTrue(m.find(), log());
        return m;
    }
}
