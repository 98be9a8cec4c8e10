package blog.web;

import static blog.web.TestBlog.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TermLinksTest {

    private static TestBlog site;

    @BeforeAll
    static void start() {
        site = TestBlog.start();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static List<String> publishedPosts() {
        return TestBlog.PUBLISHED;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedPosts")
    void everyTermLinkOnAPostPageLeadsToAPageListingThatPost(String slug) {
        Document post = site.page(TestBlog.post(slug));
        List<Element> links = post.select(".post-header a.tag, .post-header a.category");
        assertFalse(links.isEmpty(), "every fixture post has terms");

        for (Element link : links) {
            String href = link.attr("href");
            Document term = site.page(href);
            assertTrue(PageKindsTest.postLinks(term).contains(slug)
                    || containsOnLaterPage(href, slug),
                    () -> href + " does not list " + slug);
        }
    }

    @Test
    void oddTermsGetTheirOwnWorkingPages() {
        Document post = site.page(TestBlog.post("deepseek-r2"));
        Map<String, String> expected = Map.of(
                "#DeepSeek", "/tags/deepseek/",
                "#地緣政治", "/tags/地緣政治/",
                "#AI/ML", "/tags/ai/ml/",
                "#C#", "/tags/c#/",
                "#C++", "/tags/c++/",
                "#問答?", "/tags/問答/",
                "#50%", "/tags/50/");
        Map<String, String> actual = new java.util.HashMap<>();
        for (Element a : post.select(".post-header a.tag")) {
            actual.put(a.text(), decode(a.attr("href")));
        }
        assertEquals(expected, actual);
        assertEquals("/categories/ai-技術前沿/", decode(post.selectFirst(".post-header a.category").attr("href")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/tags/地緣政治/        | /tags/%E5%9C%B0%E7%B7%A3%E6%94%BF%E6%B2%BB/",
        "/categories/ai-技術前沿/ | /categories/ai-%E6%8A%80%E8%A1%93%E5%89%8D%E6%B2%BF/",
        "/tags/c#/              | /tags/c%23/",
        "/tags/c++/             | /tags/c%2B%2B/",
        "/tags/ai/ml/           | /tags/ai/ml/",
        "/tags/問答/            | /tags/%E5%95%8F%E7%AD%94/",
        "/tags/50/              | /tags/50/",
    })
    void termLinksArePercentEncodedUtf8(String decoded, String encoded) {
        List<String> hrefs = new ArrayList<>();
        hrefs.addAll(site.page(TestBlog.post("deepseek-r2")).select("a").eachAttr("href"));
        hrefs.addAll(site.page("/tags/").select("a").eachAttr("href"));
        hrefs.addAll(site.page("/categories/").select("a").eachAttr("href"));

        assertTrue(hrefs.contains(encoded), () -> encoded + " not among " + hrefs);
        assertEquals(decoded, decode(encoded));
        assertEquals(200, site.get(encoded).statusCode());
    }

    @Test
    void noLinkAnywhereHoldsRawNonAsciiSpacesOrPlusSigns() {
        List<String> pages = new ArrayList<>(List.of("/", "/page/2/", "/page/3/", "/page/4/", "/tags/", "/categories/"));
        TestBlog.PUBLISHED.forEach(slug -> pages.add(TestBlog.post(slug)));
        for (String path : pages) {
            Document page = site.page(path);
            for (String href : page.select("a[href], link[href]").eachAttr("href")) {
                assertTrue(href.chars().allMatch(c -> c > 0x20 && c < 0x7F), () -> path + ": " + href);
                assertFalse(href.contains("+"), () -> path + ": '+' in " + href);
                assertFalse(href.matches(".*%(?![0-9A-F]{2}).*"), () -> path + ": bad escape in " + href);
            }
        }
    }

    @Test
    void spacesAreEncodedAsPercentTwentyNeverPlus() {
        assertEquals("/tags/AI%20%E6%8A%80%E8%A1%93%2B/", UrlPaths.encode("/tags/AI 技術+/"));
        assertEquals("/tags/AI 技術+/", UrlPaths.decode("/tags/AI%20%E6%8A%80%E8%A1%93+/"));
    }

    @Test
    void plusInARequestPathIsALiteralPlus() {
        Document page = site.page("/tags/c++/");
        assertEquals("標籤：C++", page.selectFirst("h1").text());
        assertTrue(PageKindsTest.postLinks(page).containsAll(List.of("deepseek-r2", "cpp-inference")));
    }

    @Test
    void termsDifferingOnlyInCaseShareOnePage() {
        Document page = site.page("/tags/deepseek/");

        assertEquals(List.of("deepseek-r2", "deepseek-pricing"), PageKindsTest.postLinks(page));
        assertEquals("標籤：DeepSeek", page.selectFirst("h1").text(), "named as the newest post writes it");
        long entries = site.page("/tags/").select(".term-index a").eachAttr("href").stream()
                .filter(href -> href.equals("/tags/deepseek/")).count();
        assertEquals(1, entries);
        assertEquals("/tags/deepseek/", site.page(TestBlog.post("deepseek-pricing"))
                .selectFirst(".post-header a.tag").attr("href"));
    }

    @Test
    void termWithASlashAndItsSecondPageBothResolve() {
        Document page = site.page("/tags/ai/ml/");
        assertEquals("標籤：AI/ML", page.selectFirst("h1").text());
        assertEquals(List.of("deepseek-r2", "cpp-inference"), PageKindsTest.postLinks(page));
    }

    private boolean containsOnLaterPage(String termHref, String slug) {
        for (int n = 2; n < 20; n++) {
            var response = site.get(termHref + "page/" + n + "/");
            if (response.statusCode() != 200) {
                return false;
            }
            if (PageKindsTest.postLinks(org.jsoup.Jsoup.parse(response.body())).contains(slug)) {
                return true;
            }
        }
        return false;
    }

    private static String decode(String href) {
        return URLDecoder.decode(href.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
