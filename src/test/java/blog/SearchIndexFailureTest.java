package blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index build that dies for real: the real command at a 48 MB heap over posts of many distinct
 * words, whose index does not fit. Pages go on being served, and /search says that search is
 * unavailable (not "warming up") while the build is tried again.
 */
class SearchIndexFailureTest {

    @TempDir
    Path temp;

    @Test
    void anIndexBuildThatRunsOutOfMemoryLeavesPagesServedAndSearchSaysItIsUnavailable() throws Exception {
        Path posts = Files.createDirectories(temp.resolve("posts"));
        Random random = new Random(13);
        for (int i = 0; i < 40; i++) {
            // About 400 KB of words that are nearly all distinct: the index of 40 such posts needs more than 48 MB.
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 40_000; w++) {
                for (int c = 0; c < 9; c++) {
                    body.append((char) ('a' + random.nextInt(26)));
                }
                body.append(w % 20 == 19 ? "\n\n" : " ");
            }
            Files.writeString(posts.resolve(String.format("p%03d.md", i)), "---\ntitle: \"第 " + i
                    + " 篇\"\ndate: 2025-01-01T10:00:00+08:00\ndescription: 很多字。\n---\n\n" + body);
        }
        try (ChildRun blog = ChildRun.start(List.of(), List.of("-Xmx48m"), Map.of("BLOG_POSTS_DIR", posts.toString(),
                "BLOG_PUBLIC_DIR", temp.resolve("public").toString()), temp.resolve("blog.log"))) {
            blog.awaitHealthy(Duration.ofSeconds(60));
            blog.awaitLog("the search index could not be built", Duration.ofSeconds(120));
            assertTrue(blog.log().contains("OutOfMemoryError"), blog.log());

            HttpResponse<String> search = blog.get("/search?q=abc");
            assertEquals(503, search.statusCode(), search.body());
            assertEquals("no-store", search.headers().firstValue("Cache-Control").orElse(""));
            assertTrue(search.headers().firstValue("Retry-After").orElse("").matches("[1-9][0-9]*"));
            Document page = Jsoup.parse(search.body());
            assertEquals("搜尋暫時無法使用", page.selectFirst("h1").text());
            assertNotNull(page.selectFirst("form[action=/search]"), "in the site's layout");

            assertEquals(200, blog.get("/").statusCode());
            assertEquals(200, blog.get("/posts/p007/").statusCode());
            assertEquals(200, blog.get("/healthz").statusCode());
        }
    }
}
