package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blog.content.Post;
import blog.content.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fixtures hold {@code 2025-05-01-broken.md}, whose front matter is not valid YAML. */
class BrokenPostTest {

    private static TestBlog site;

    @BeforeAll
    static void start() {
        site = TestBlog.start();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void brokenPostIsReportedAndSkippedWhileTheOthersLoad() {
        List<Problem> errors = site.blog.loaded().problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("2025-05-01-broken.md", errors.get(0).file().getFileName().toString());

        List<String> slugs = site.blog.loaded().posts().stream().map(Post::slug).sorted().toList();
        List<String> expected = new java.util.ArrayList<>(TestBlog.PUBLISHED);
        expected.addAll(List.of("draft-preview", "scheduled-june"));
        assertEquals(expected.stream().sorted().toList(), slugs);
    }

    @Test
    void brokenPostHasNoPage() {
        assertEquals(404, site.get("/posts/2025-05-01-broken/").statusCode());
        assertEquals(404, site.get("/posts/broken/").statusCode());
    }

    @Test
    void everyLinkReachableFromTheHomePageAnswers200() {
        Deque<String> queue = new ArrayDeque<>(List.of("/", "/tags/", "/categories/"));
        Set<String> seen = new HashSet<>(queue);
        int pages = 0;
        while (!queue.isEmpty()) {
            String path = queue.poll();
            HttpResponse<String> response = site.get(path);
            assertEquals(200, response.statusCode(), () -> "GET " + path);
            pages++;
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(response.body());
            for (var element : page.select("a[href], link[rel=stylesheet], img[src]")) {
                String link = (element.hasAttr("href") ? element.attr("href") : element.attr("src"))
                        .replaceAll("#.*$", "");
                if (link.startsWith("/") && !link.startsWith("//") && seen.add(link)) {
                    queue.add(link);
                }
            }
        }
        assertTrue(pages > 40, "crawled " + pages + " pages");
        assertTrue(seen.contains("/posts/xss-test/") && seen.contains("/page/4/") && seen.contains("/images/pixel.png"),
                seen::toString);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "/tags/%FF/",
        "/posts/%C0%AF/",
        "/tags/%E5%9C%B0/",
        "/images/%2e%2e/%2e%2e/pom.xml",
        "/posts/..%2F..%2Fpom.xml/",
        "/tags/ai%2Fml/",
        "/page/%00/",
        "/tags/%20/",
        "/tags/%2E/",
        "/tags/%2E%2E/",
        "/categories/%EF%BC%88%EF%BC%89/",
        "/tags/%ZZ/",
        "/tags/%E5/",
        "/posts/%/",
    })
    void oddRequestsNeverCauseAServerError(String rawPath) throws IOException {
        int status = rawStatus(rawPath);
        assertTrue(status < 500, rawPath + " answered " + status);
    }

    /** Sends a request line byte for byte, since java.net.URI refuses malformed escapes. */
    private static int rawStatus(String rawPath) throws IOException {
        try (Socket socket = new Socket("localhost", site.blog.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertTrue(statusLine.startsWith("HTTP/1.1 "), statusLine);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
