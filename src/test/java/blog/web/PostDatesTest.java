package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PostDatesTest {

    @Test
    void postDateIsShownInTheSiteTimeZone() {
        try (TestBlog site = TestBlog.start()) {
            Element time = site.page("/posts/ai-cold-war/").selectFirst(".post-header time");

            // 2025-04-21T23:30:00Z is 07:30 the next morning in Taipei.
            assertEquals("2025年4月22日", time.text());
            assertEquals("2025-04-21T23:30:00Z", time.attr("datetime"));
        }
    }

    @Test
    void sameInstantShowsTheUtcDayInAUtcSite() {
        try (TestBlog site = TestBlog.start(Map.of("BLOG_TIMEZONE", "UTC"))) {
            assertEquals("2025年4月21日", site.page("/posts/ai-cold-war/").selectFirst(".post-header time").text());
        }
    }

    @Test
    void listCardsUseTheSameChineseDate() {
        try (TestBlog site = TestBlog.start()) {
            Document page = site.page("/page/3/");
            Element card = page.select(".card").stream()
                    .filter(c -> c.selectFirst(".card-title a").attr("href").equals("/posts/ai-cold-war/"))
                    .findFirst().orElseThrow();
            assertEquals("2025年4月22日", card.selectFirst("time").text());
        }
    }

    @Test
    void dateWithoutTimeIsThatDayInTheSiteTimeZone() {
        try (TestBlog site = TestBlog.start()) {
            assertEquals("2025年4月10日", site.page("/posts/open-weights/").selectFirst(".post-header time").text());
            assertEquals("2025年5月5日", site.page("/posts/cpp-inference/").selectFirst(".post-header time").text());
        }
    }
}
