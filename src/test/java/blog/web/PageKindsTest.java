package blog.web;

import static blog.web.TestBlog.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageKindsTest {

    private static TestBlog site;

    @BeforeAll
    static void start() {
        site = TestBlog.start();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "/",
        "/page/2/",
        "/posts/deepseek-r2/",
        "/posts/ai-cold-war/",
        "/tags/",
        "/categories/",
        "/tags/地緣政治/",
        "/categories/ai-技術前沿/",
        "/tags/地緣政治/page/2/",
        "/categories/產業動態/page/2/",
    })
    void everyPageKindIsUtf8HtmlInTraditionalChinese(String path) {
        HttpResponse<String> response = site.get(enc(path));

        assertEquals(200, response.statusCode());
        TestBlog.assertHtml(response);
        assertTrue(response.body().contains("<html lang=\"zh-Hant-TW\">"), response.body());
        assertTrue(response.body().contains("AI 新聞觀察"), "the site title is in the header");
    }

    @Test
    void homePageListsTheNewestPostsOnePageAtATime() {
        List<String> all = new java.util.ArrayList<>();
        int pages = (TestBlog.PUBLISHED.size() + TestBlog.PAGE_SIZE - 1) / TestBlog.PAGE_SIZE;
        for (int n = 1; n <= pages; n++) {
            Document page = site.page(n == 1 ? "/" : "/page/" + n + "/");
            List<String> slugs = postLinks(page);
            assertTrue(slugs.size() <= TestBlog.PAGE_SIZE, "page " + n + " holds " + slugs);
            assertEquals("第 " + n + " 頁，共 " + pages + " 頁", page.selectFirst(".pager-status").text());
            all.addAll(slugs);
        }
        assertEquals(TestBlog.PUBLISHED, all);
    }

    @Test
    void pagerLinksPointToTheNeighbouringPages() {
        Document first = site.page("/");
        assertEquals("/page/2/", first.selectFirst("a[rel=next]").attr("href"));
        assertTrue(first.select("a[rel=prev]").isEmpty());

        Document second = site.page("/page/2/");
        assertEquals("/", second.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("/page/3/", second.selectFirst("a[rel=next]").attr("href"));
    }

    @Test
    void termPageSecondPageContinuesTheTermsPostsNewestFirst() {
        Document first = site.page(enc("/tags/地緣政治/"));
        Document second = site.page(enc("/tags/地緣政治/page/2/"));

        assertEquals(List.of("deepseek-r2", "chip-export-controls", "taiwan-ai-supply-chain"), postLinks(first));
        assertEquals(List.of("ai-cold-war", "gpu-shortage"), postLinks(second));
        assertEquals("共 5 篇文章", first.selectFirst(".list-intro").text());
        assertEquals(enc("/tags/地緣政治/page/2/"), first.selectFirst("a[rel=next]").attr("href"));
        assertEquals(enc("/tags/地緣政治/"), second.selectFirst("a[rel=prev]").attr("href"));
    }

    @Test
    void postPageShowsTitleBodyTermsAndNeighbours() {
        Document page = site.page("/posts/deepseek-r2/");

        assertEquals("DeepSeek R2 傳聞：中國模型再掀價格戰", page.selectFirst("h1").text());
        assertEquals("DeepSeek R2 傳聞：中國模型再掀價格戰 | AI 新聞觀察", page.title());
        assertTrue(page.selectFirst(".content").html().contains("<strong>推論成本</strong>"));
        assertEquals("/posts/xss-test/", page.selectFirst("a.newer").attr("href"));
        assertEquals("/posts/deepseek-pricing/", page.selectFirst("a.older").attr("href"));
        assertEquals("https://blog.example.com/posts/deepseek-r2/",
                page.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void termIndexesListEveryTermWithItsCount() {
        Document tags = site.page("/tags/");
        Element geo = tags.select(".term-index a").stream()
                .filter(a -> a.attr("href").equals(enc("/tags/地緣政治/"))).findFirst().orElseThrow();
        assertEquals("地緣政治 5 篇", geo.text());

        Document categories = site.page("/categories/");
        List<String> names = categories.select(".term-index a span:first-child").eachText();
        assertTrue(names.containsAll(List.of("AI 技術前沿", "產業動態", "程式語言", "政策", "安全測試")), names::toString);
    }

    /** The post slugs a list page links to, in order. */
    static List<String> postLinks(Document page) {
        return page.select(".card-title a").eachAttr("href").stream()
                .map(href -> href.replaceAll("^/posts/(.*)/$", "$1"))
                .toList();
    }
}
