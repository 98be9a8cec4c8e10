package blog.web;

import static blog.web.TestBlog.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class DraftsAndScheduledPostsTest {

    private static final String DRAFT = "draft-preview";
    private static final String SCHEDULED = "scheduled-june";
    /** 2025-06-10 09:00 in Taipei, as the scheduled post's front matter says. */
    private static final Instant SCHEDULED_AT = Instant.parse("2025-06-10T01:00:00Z");

    @Test
    void draftsAndFuturePostsAre404() {
        try (TestBlog site = TestBlog.start()) {
            assertEquals(404, site.get(TestBlog.post(DRAFT)).statusCode());
            assertEquals(404, site.get(TestBlog.post(SCHEDULED)).statusCode());
        }
    }

    @Test
    void draftsAndFuturePostsAreListedNowhere() {
        try (TestBlog site = TestBlog.start()) {
            List<String> everywhere = everyListedPost(site);
            assertFalse(everywhere.contains(DRAFT), everywhere::toString);
            assertFalse(everywhere.contains(SCHEDULED), everywhere::toString);
            for (String slug : TestBlog.PUBLISHED) {
                Document post = site.page(TestBlog.post(slug));
                for (String href : post.select("a.newer, a.older").eachAttr("href")) {
                    assertFalse(href.contains(DRAFT) || href.contains(SCHEDULED), href);
                }
            }
        }
    }

    @Test
    void termsUsedOnlyByHiddenPostsHaveNoPage() {
        try (TestBlog site = TestBlog.start()) {
            assertEquals(404, site.get(enc("/tags/草稿限定/")).statusCode());
            assertEquals(404, site.get(enc("/tags/排程限定/")).statusCode());
            assertEquals(404, site.get(enc("/categories/草稿分類/")).statusCode());
            assertEquals(404, site.get(enc("/categories/排程分類/")).statusCode());
            String tags = site.get("/tags/").body();
            assertFalse(tags.contains("草稿限定") || tags.contains("排程限定"));
            assertEquals("共 5 篇文章", site.page(enc("/tags/地緣政治/")).selectFirst(".list-intro").text());
        }
    }

    @Test
    void draftsAreVisibleWithDraftPreview() {
        try (TestBlog site = TestBlog.start(Map.of("BLOG_DRAFTS", "true"))) {
            assertEquals(200, site.get(TestBlog.post(DRAFT)).statusCode());
            assertEquals(404, site.get(TestBlog.post(SCHEDULED)).statusCode());
            assertTrue(PageKindsTest.postLinks(site.page("/")).contains(DRAFT));
            assertTrue(PageKindsTest.postLinks(site.page(enc("/tags/草稿限定/"))).contains(DRAFT));
            assertTrue(PageKindsTest.postLinks(site.page(enc("/tags/地緣政治/"))).contains(DRAFT));
        }
    }

    @Test
    void futurePostsAreVisibleWithFuturePreview() {
        try (TestBlog site = TestBlog.start(Map.of("BLOG_FUTURE", "true"))) {
            assertEquals(200, site.get(TestBlog.post(SCHEDULED)).statusCode());
            assertEquals(404, site.get(TestBlog.post(DRAFT)).statusCode());
            assertEquals(SCHEDULED, PageKindsTest.postLinks(site.page("/")).get(0));
            assertTrue(PageKindsTest.postLinks(site.page(enc("/tags/排程限定/"))).contains(SCHEDULED));
        }
    }

    @Test
    void scheduledPostAppearsOnItsOwnWhenItsTimeComesWithoutARestart() {
        try (TestBlog site = TestBlog.start()) {
            // Warm the page cache with the pre-publication pages.
            assertEquals(404, site.get(TestBlog.post(SCHEDULED)).statusCode());
            assertEquals("xss-test", PageKindsTest.postLinks(site.page("/")).get(0));
            site.page(enc("/tags/地緣政治/"));

            site.clock.set(SCHEDULED_AT.minusSeconds(1));
            assertEquals(404, site.get(TestBlog.post(SCHEDULED)).statusCode(), "one second early");
            assertFalse(site.get("/tags/").body().contains("排程限定"));

            site.clock.advance(Duration.ofSeconds(1));
            assertEquals(200, site.get(TestBlog.post(SCHEDULED)).statusCode());
            assertEquals(SCHEDULED, PageKindsTest.postLinks(site.page("/")).get(0));
            assertEquals(SCHEDULED, PageKindsTest.postLinks(site.page(enc("/tags/地緣政治/"))).get(0));
            assertEquals(List.of(SCHEDULED), PageKindsTest.postLinks(site.page(enc("/tags/排程限定/"))));
            assertTrue(site.get("/tags/").body().contains("排程限定"));
            assertEquals(TestBlog.post(SCHEDULED),
                    site.page(TestBlog.post("xss-test")).selectFirst("a.newer").attr("href"));
        }
    }

    /** Every post slug linked from the home pages and every tag and category page. */
    private static List<String> everyListedPost(TestBlog site) {
        List<String> lists = new ArrayList<>(List.of("/", "/page/2/", "/page/3/", "/page/4/"));
        lists.addAll(site.page("/tags/").select(".term-index a").eachAttr("href"));
        lists.addAll(site.page("/categories/").select(".term-index a").eachAttr("href"));
        List<String> slugs = new ArrayList<>();
        for (String list : lists) {
            for (int n = 1; ; n++) {
                String path = n == 1 ? list : list + "page/" + n + "/";
                if (n > 1 && site.get(path).statusCode() == 404) {
                    break;
                }
                slugs.addAll(PageKindsTest.postLinks(site.page(path)));
                if (list.startsWith("/page/") || list.equals("/")) {
                    break;
                }
            }
        }
        return slugs;
    }
}
