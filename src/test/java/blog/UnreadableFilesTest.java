package blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command in a child JVM that cannot read some of its files (mode 000; as root, started
 * without the capabilities that let root read anything): each answers the site's 404, never a 500,
 * and is logged once, however often it is asked for.
 */
class UnreadableFilesTest {

    @TempDir
    Path temp;

    @Test
    void anUnreadableFileAnswersTheSites404AndIsLoggedOnce() throws Exception {
        Path pub = Files.createDirectories(temp.resolve("public"));
        Files.writeString(pub.resolve("readable.txt"), "ok\n");
        Path secret = Files.writeString(pub.resolve("secret.txt"), "SECRET\n");
        Path bundle = Files.createDirectories(temp.resolve("posts/clip-post"));
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: 套件\ndate: 2024-06-01\nslug: clip-post\n---\n\n內文。\n");
        Path data = Files.writeString(bundle.resolve("data.csv"), "a,b\n");
        for (Path file : new Path[] {secret, data}) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        }
        List<String> wrapper = ChildRun.unprivilegedPrefix(temp);
        Assumptions.assumeTrue(wrapper != null, "skipped: running as root and setpriv cannot drop the capabilities");

        int port = ChildBlog.freePort();
        Path log = temp.resolve("out.txt");
        Process server = ChildBlog.start(temp, pub, port, log, wrapper, List.of());
        try {
            ChildBlog.awaitHealthy(port, server);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            for (int i = 0; i < 3; i++) {
                for (String path : new String[] {"/secret.txt", "/posts/clip-post/data.csv"}) {
                    HttpResponse<String> response = get(http, port, path);

                    assertEquals(404, response.statusCode(), path);
                    assertTrue(response.body().contains("找不到這個頁面"), "the site's 404 page: " + response.body());
                    assertFalse(response.body().contains("SECRET"));
                }
            }
            assertEquals(200, get(http, port, "/readable.txt").statusCode(), "other files are served");
            assertEquals(200, get(http, port, "/posts/clip-post/").statusCode(), "the post is served");

            String output = awaitLogged(log, "/posts/clip-post/data.csv 404");
            assertEquals(1, count(output, "secret.txt cannot be read"), output);
            assertEquals(1, count(output, "data.csv cannot be read"), output);
            assertFalse(output.contains("\tat "), "no stack trace:\n" + output);
        } finally {
            server.destroyForcibly();
        }
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits (at most 10 s) for the access log, written every 50 ms, to show {@code line}; returns the whole output. */
    private static String awaitLogged(Path log, String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String output = Files.readString(log);
        while (!output.contains(line) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            output = Files.readString(log);
        }
        return output;
    }

    private static long count(String text, String needle) {
        return text.lines().filter(l -> l.contains(needle)).count();
    }
}
