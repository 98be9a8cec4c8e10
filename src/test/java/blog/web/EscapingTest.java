package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The fixture post {@code xss-test} carries script in its title, description, tags and body. */
class EscapingTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";
    private static final String TITLE = SCRIPT + " 標題跳脫測試 " + BREAKOUT;

    private static TestBlog site;

    @BeforeAll
    static void start() {
        site = TestBlog.start();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static List<String> pagesShowingTheHostilePost() {
        return List.of("/posts/xss-test/", "/", "/tags/scriptalert1/script/", "/tags/img-srcx-onerroralert1/",
                "/categories/安全測試/", "/tags/");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesShowingTheHostilePost")
    void hostileFrontMatterIsShownAsTextNeverAsMarkup(String path) {
        HttpResponse<String> response = site.get(TestBlog.enc(path));
        assertEquals(200, response.statusCode());
        String html = response.body();
        Document page = Jsoup.parse(html);

        // The only script element allowed is JSON-LD data, which browsers never run; its text must
        // not be able to close the element early.
        assertTrue(page.select("script:not([type=application/ld+json])").isEmpty(), "no script element");
        for (Element data : page.select("script[type=application/ld+json]")) {
            assertFalse(data.data().toLowerCase(java.util.Locale.ROOT).contains("</script"), data.data());
            assertFalse(data.data().contains("<"), "JSON-LD escapes '<': " + data.data());
        }
        assertTrue(page.select("img[onerror], [onerror], img[src=x]").isEmpty(), "no injected image");
        assertFalse(html.contains(SCRIPT), "raw <script> never reaches the page");
        assertFalse(html.contains(BREAKOUT), "raw attribute breakout never reaches the page");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown escaped");
    }

    @Test
    void postPageShowsTheHostileTitleAndDescriptionAsText() {
        Document page = Jsoup.parse(site.get("/posts/xss-test/").body());

        assertEquals(TITLE + " | AI 新聞觀察", page.title());
        assertEquals(TITLE, page.selectFirst("article h1").text());
        assertEquals("摘要裡的 " + SCRIPT + " 與 " + BREAKOUT + " 都應該被跳脫。",
                page.selectFirst("meta[name=description]").attr("content"));
        assertEquals(List.of("#" + SCRIPT, "#" + BREAKOUT), page.select(".post-header a.tag").eachText());
        assertEquals(List.of("/tags/scriptalert1/script/", "/tags/img-srcx-onerroralert1/"),
                page.select(".post-header a.tag").eachAttr("href"));
    }

    @Test
    void titleElementEscapesTheHostileTitle() {
        String html = site.get("/posts/xss-test/").body();
        String title = html.substring(html.indexOf("<title>"), html.indexOf("</title>") + "</title>".length());

        assertEquals("<title>&lt;script&gt;alert(1)&lt;/script&gt; 標題跳脫測試 &quot;&gt;&lt;img src=x "
                + "onerror=alert(1)&gt; | AI 新聞觀察</title>", title);
    }

    @Test
    void homeAndTagPagesShowTheHostileCardAsText() {
        for (String path : List.of("/", "/tags/scriptalert1/script/", "/tags/img-srcx-onerroralert1/")) {
            Document page = site.page(path);
            Element card = page.select(".card").stream()
                    .filter(c -> c.selectFirst(".card-title a").attr("href").equals("/posts/xss-test/"))
                    .findFirst().orElseThrow(() -> new AssertionError(path + " does not list xss-test"));
            assertEquals(TITLE, card.selectFirst(".card-title").text());
            assertTrue(card.selectFirst(".summary").text().contains(SCRIPT));
            assertEquals(List.of("#" + SCRIPT, "#" + BREAKOUT), card.select("a.tag").eachText());
        }
        assertEquals("標籤：" + SCRIPT, site.page("/tags/scriptalert1/script/").selectFirst("main h1").text());
    }

    @Test
    void rawHtmlInTheBodyIsNeutralisedButFormattingSurvives() {
        String html = site.get("/posts/xss-test/").body();
        Element content = Jsoup.parse(html).selectFirst(".content");

        assertTrue(content.select("script").isEmpty());
        assertFalse(html.replace("<script type=\"application/ld+json\">", "").contains("<script"),
                "no script tag on the page other than JSON-LD data");
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("onclick"), "event handler removed");
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("javascript:"), "script URL removed");
        assertFalse(html.contains("alert('內文腳本')"), "script content dropped, not shown");
        assertEquals("點這段文字不應該執行任何程式。", content.select("p").stream()
                .filter(p -> p.text().startsWith("點這段")).findFirst().orElseThrow().text());
        assertEquals(List.of("危險連結", "另一個危險連結"), content.select("a").eachText());
        for (Element a : content.select("a")) {
            assertFalse(a.hasAttr("href") && !a.attr("href").isEmpty(), a.outerHtml());
        }
        assertEquals(List.of("Ctrl", "C", "Ctrl", "V"), content.select("kbd").eachText());
    }
}
