package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /archives/}: every published post once, by year and month in the site's time zone, newest first. */
class ArchivesTest {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final Pattern YEAR = Pattern.compile("(\\d{4}) 年");
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})月");

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

    @Test
    void archivesListEveryPublishedPostExactlyOnceNewestFirst() {
        assertEquals(TestBlog.PUBLISHED, slugs(site.page("/archives/")));
        assertEquals(SeoSite.PUBLISHED, slugs(seo.page("/archives/")));
        assertEquals("共 12 篇文章", site.page("/archives/").selectFirst(".list-intro").text());
    }

    @Test
    void archivesHaveNoDraftOrFuturePost() {
        String main = site.get("/archives/").body();
        assertFalse(main.contains("draft-preview") || main.contains("scheduled-june"));
        String other = seo.get("/archives/").body();
        assertFalse(other.contains(SeoSite.DRAFT) || other.contains(SeoSite.FUTURE));
    }

    @Test
    void postsAreGroupedByYearThenMonthNewestFirst() {
        for (TestBlog blog : List.of(site, seo)) {
            Document page = blog.page("/archives/");
            List<Integer> years = new ArrayList<>();
            for (Element year : page.select("section.archive-year")) {
                int y = number(YEAR, year.selectFirst("h2").text());
                years.add(y);
                List<Integer> months = new ArrayList<>();
                int inYear = 0;
                for (Element month : year.select("section.archive-month")) {
                    int m = number(MONTH, month.selectFirst("h3").text());
                    months.add(m);
                    assertEquals(month.selectFirst("h3").id(), month.attr("aria-labelledby"));
                    OffsetDateTime previous = null;
                    for (Element li : month.select("li")) {
                        inYear++;
                        OffsetDateTime date = OffsetDateTime.parse(li.selectFirst("time").attr("datetime"));
                        ZonedDateTime local = date.atZoneSameInstant(TAIPEI);
                        assertEquals(y, local.getYear(), li.outerHtml());
                        assertEquals(m, local.getMonthValue(), li.outerHtml());
                        // The shown date agrees with the group it is in.
                        assertEquals(y + "年" + m + "月" + local.getDayOfMonth() + "日", li.selectFirst("time").text());
                        if (previous != null) {
                            assertFalse(date.isAfter(previous), "newest first: " + month.outerHtml());
                        }
                        previous = date;
                    }
                }
                assertTrue(isStrictlyDescending(months), y + ": " + months);
                assertEquals(inYear + " 篇", year.selectFirst("h2 .count").text());
            }
            assertTrue(isStrictlyDescending(years), years.toString());
        }
    }

    @Test
    void theFixturesSpreadOverSeveralMonthsAndYears() {
        assertEquals(List.of(5, 4, 3), monthsOf(site.page("/archives/"), 2025));
        Document other = seo.page("/archives/");
        assertEquals(2, other.select("section.archive-year").size());
        // 2024-12-31T23:30-05:00 is already New Year's Day in Taipei, the site's time zone.
        assertEquals(List.of(5, 4, 3, 1), monthsOf(other, 2025));
        assertEquals(List.of(11), monthsOf(other, 2024));
        Element january = other.select("section.archive-month").stream()
                .filter(s -> s.selectFirst("h3").id().equals("y2025-m01")).findFirst().orElseThrow();
        assertEquals(List.of("/posts/new-year-edge/"), january.select("a").eachAttr("href"));
    }

    @Test
    void archivesAreLinkedFromEveryPage() {
        for (String path : List.of("/", "/posts/deepseek-r2/", "/tags/")) {
            assertTrue(site.page(path).select("header a[href=/archives/]").size() == 1, path);
        }
        assertEquals(200, site.get("/archives/").statusCode());
        assertEquals(301, site.get("/archives").statusCode());
    }

    @Test
    void archivesOfAnEmptyBlogSayThereAreNoPosts(@TempDir Path noPosts) {
        try (TestBlog empty = TestBlog.start(Map.of("BLOG_POSTS_DIR", noPosts.toString()))) {
            Document page = empty.page("/archives/");
            assertTrue(page.select("section.archive-year").isEmpty());
            assertFalse(page.select(".empty").text().isBlank());
        }
    }

    private static List<String> slugs(Document page) {
        return page.select("section.archive-month li a").eachAttr("href").stream()
                .map(href -> href.replaceAll("^/posts/(.*)/$", "$1"))
                .toList();
    }

    private static List<Integer> monthsOf(Document page, int year) {
        for (Element section : page.select("section.archive-year")) {
            if (number(YEAR, section.selectFirst("h2").text()) == year) {
                return section.select("section.archive-month h3").stream()
                        .map(h3 -> number(MONTH, h3.text())).toList();
            }
        }
        return List.of();
    }

    private static int number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertTrue(m.find(), text);
        return Integer.parseInt(m.group(1));
    }

    private static boolean isStrictlyDescending(List<Integer> numbers) {
        for (int i = 1; i < numbers.size(); i++) {
            if (numbers.get(i) >= numbers.get(i - 1)) {
                return false;
            }
        }
        return !numbers.isEmpty();
    }
}
