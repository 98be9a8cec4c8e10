package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BLOG_WATCH=true on a real server over a temporary blog: files are added, edited and deleted, and
 * each test polls over HTTP until the change shows, for at most {@link #WAIT}.
 */
class WatchModeTest {

    /** Far longer than the second a change should take, so a slow machine does not fail the test. */
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path temp;

    private Path posts;
    private TestBlog site;

    @BeforeEach
    void start() throws IOException {
        posts = Files.createDirectories(temp.resolve("posts"));
        Files.createDirectories(temp.resolve("public/images"));
        Path templates = Files.createDirectories(temp.resolve("templates"));
        for (String name : new String[] {"layout", "post", "list", "terms", "archives", "error", "fragments"}) {
            try (var in = WatchModeTest.class.getResourceAsStream("/templates/" + name + ".html")) {
                Files.copy(in, templates.resolve(name + ".html"));
            }
        }
        write("a.md", "第一篇", "第一版內文。");
        site = TestBlog.start("site", Map.of("BLOG_POSTS_DIR", posts.toString(),
                "BLOG_PUBLIC_DIR", temp.resolve("public").toString(),
                "BLOG_TEMPLATES_DIR", templates.toString(),
                "BLOG_SHORTCODES_DIR", temp.resolve("shortcodes").toString(),
                "BLOG_WATCH", "true"));
        assertTrue(site.get("/posts/a/").body().contains("第一版內文。"));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private void write(String name, String title, String body) throws IOException {
        Files.writeString(posts.resolve(name), "---\ntitle: \"" + title + "\"\ndate: 2025-05-01T10:00:00+08:00\n---\n\n"
                + body + "\n");
    }

    /** GETs {@code path} until its status and body satisfy {@code ready}; fails after {@link #WAIT}. */
    private HttpResponse<String> await(String path, Predicate<HttpResponse<String>> ready) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        HttpResponse<String> last;
        do {
            last = site.get(path);
            if (ready.test(last)) {
                return last;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        fail("GET " + path + " did not change within " + WAIT + "; last answer " + last.statusCode() + ":\n" + last.body());
        return last;
    }

    private static Predicate<HttpResponse<String>> shows(String text) {
        return r -> r.statusCode() == 200 && r.body().contains(text);
    }

    @Test
    void editedAddedAndDeletedPostsShowWithoutARestart() throws Exception {
        write("a.md", "第一篇（改）", "第二版內文。");
        await("/posts/a/", shows("第二版內文。"));
        await("/", shows("第一篇（改）"));

        write("b.md", "新文章", "新的內文。");
        await("/", shows("新文章"));
        await("/posts/b/", shows("新的內文。"));

        Files.delete(posts.resolve("a.md"));
        await("/posts/a/", r -> r.statusCode() == 404);
        assertFalse(site.get("/").body().contains("第一篇"));
    }

    @Test
    void brokenSaveKeepsTheLastGoodVersionAndSaysWhyWithFileAndLine() throws Exception {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            Files.writeString(posts.resolve("a.md"), "---\ntitle: \"壞掉的標題\ndate: 2025-05-01\n---\n\n壞掉的內文。\n");
            write("b.md", "同時存檔", "另一篇。");
            // b.md shows once the reload that read the broken a.md has been swapped in.
            await("/", shows("同時存檔"));
        } finally {
            System.setErr(originalErr);
        }
        HttpResponse<String> page = site.get("/posts/a/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("第一篇") && page.body().contains("第一版內文。"), page.body());
        assertFalse(page.body().contains("壞掉"), page.body());
        String logged = log.toString(StandardCharsets.UTF_8);
        assertTrue(logged.contains(posts.resolve("a.md") + ":2: ") && logged.contains("keeping the last good version"),
                logged);

        write("a.md", "第一篇", "修好的內文。");
        await("/posts/a/", shows("修好的內文。"));
    }

    @Test
    void templateEditShowsOnTheNextPage() throws Exception {
        Path layout = temp.resolve("templates/layout.html");
        Files.writeString(layout, Files.readString(layout).replace("RSS 訂閱", "RSS 訂閱（測試中）"));
        await("/posts/a/", shows("RSS 訂閱（測試中）"));
    }

    @Test
    void shortcodeTemplateAndImageAddedLaterAreUsedByPagesAlreadyRendered() throws Exception {
        write("a.md", "第一篇", "{{< box >}}\n\n![點](/images/dot.png)");
        await("/posts/a/", r -> r.statusCode() == 200 && r.body().contains("src=\"/images/dot.png\""));
        assertFalse(site.get("/posts/a/").body().contains("width=\"1\""), "no such image yet");

        Files.createDirectories(temp.resolve("shortcodes"));
        Files.writeString(temp.resolve("shortcodes/box.html"), "<aside class=\"box\">盒子</aside>");
        await("/posts/a/", shows("<aside class=\"box\">盒子</aside>"));

        Files.copy(TestBlog.fixture("public").resolve("images/pixel.png"), temp.resolve("public/images/dot.png"),
                StandardCopyOption.REPLACE_EXISTING);
        await("/posts/a/", shows("width=\"1\""));
    }

    @Test
    void pagesLoadTheRefreshScriptWhichHearsOfEachChange() throws Exception {
        String shown = site.page("/posts/a/").selectFirst("script[src=/_watch/reload.js][defer]").attr("data-site");
        HttpResponse<String> script = site.get("/_watch/reload.js");
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(script.body().contains("EventSource('/_watch/events')"));
        assertTrue(script.body().contains("document.currentScript.dataset.site"));

        HttpClient http = HttpClient.newHttpClient();
        // As EventSource asks; Javalin answers other requests for the stream with an empty page.
        HttpRequest request = HttpRequest.newBuilder(site.uri("/_watch/events"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> events = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(events.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        Iterator<String> lines = events.body().iterator();
        String first = nextData(lines);
        assertEquals(shown, first, "the page names the site it shows, so the script can tell a newer one");
        write("b.md", "觸發", "內文。");
        String second = nextData(lines);
        assertNotEquals(first, second);
        events.body().close();
    }

    /** Reads the stream up to the next {@code data:} line, for at most {@link #WAIT}. */
    private static String nextData(Iterator<String> lines) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.startsWith("data:")) {
                    return line.substring("data:".length()).strip();
                }
            }
            throw new AssertionError("the event stream ended");
        }).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void withoutWatchModeThereIsNoScriptAndNoEventStream() {
        try (TestBlog plain = TestBlog.start()) {
            assertTrue(plain.page("/").select("script[src]").isEmpty());
            assertEquals(404, plain.get("/_watch/reload.js").statusCode());
            assertEquals(404, plain.get("/_watch/events").statusCode());
        }
    }
}
