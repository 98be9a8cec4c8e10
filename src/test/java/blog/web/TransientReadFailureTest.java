package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The posts folder is renamed away for a moment, as a deploy or a backup might: pages rendered
 * meanwhile show a notice, are sent {@code no-store} and are not kept; once the folder is back,
 * the same pages and feeds show the posts.
 */
class TransientReadFailureTest {

    private static final String NOTICE = "暫時無法讀取";

    @TempDir
    Path temp;

    private Path posts;
    private TestBlog site;

    @BeforeEach
    void start() throws IOException, InterruptedException {
        posts = Files.createDirectories(temp.resolve("posts"));
        for (int i = 1; i <= 6; i++) {
            Files.writeString(posts.resolve("p" + i + ".md"), "---\ntitle: \"第" + i + "篇\"\ndate: 2025-05-0" + i
                    + "T10:00:00+08:00\n---\n\n內文" + i + "號的文字。\n");
        }
        site = TestBlog.start(Map.of("BLOG_POSTS_DIR", posts.toString(), "BLOG_PAGE_SIZE", "2"));
        awaitSearch(); // the index build reads every body: let it finish before the folder goes away
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aFallbackIsSentNoStoreAndThePostShowsOnceTheFileIsBack() throws IOException {
        Path away = temp.resolve("posts-away");
        Files.move(posts, away);
        HttpResponse<String> page = site.get("/posts/p1/");
        HttpResponse<String> feed = site.get("/index.xml");
        HttpResponse<String> list = site.get("/page/3/");
        Files.move(away, posts);

        for (HttpResponse<String> missing : new HttpResponse[] {page, feed, list}) {
            assertEquals(200, missing.statusCode());
            assertTrue(missing.body().contains(NOTICE), missing.uri() + " shows the notice");
            assertEquals("no-store", missing.headers().firstValue("Cache-Control").orElse(""), missing.uri() + "");
        }

        for (int round = 0; round < 2; round++) {
            HttpResponse<String> back = site.get("/posts/p1/");
            assertTrue(back.body().contains("內文1號的文字。"), back.body());
            assertFalse(back.body().contains(NOTICE));
            assertEquals(HttpCaching.PAGES, back.headers().firstValue("Cache-Control").orElse(""));
            String feedBack = site.get("/index.xml").body();
            assertTrue(feedBack.contains("內文1號的文字。") && !feedBack.contains(NOTICE), feedBack);
            String listBack = site.get("/page/3/").body();
            assertTrue(listBack.contains("內文1號的文字。") && !listBack.contains(NOTICE), listBack);
        }
    }

    private void awaitSearch() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (site.get("/search?q=x").statusCode() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}
