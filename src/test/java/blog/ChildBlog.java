package blog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts the real command, {@code blog.Main}, in a child JVM, as a PaaS would launch it. */
final class ChildBlog {

    private ChildBlog() {
    }

    /**
     * Starts the blog on {@code port} over a posts folder under {@code dir} holding one post, with
     * {@code publicDir} as its public folder; its output and errors go to {@code log}.
     */
    static Process start(Path dir, Path publicDir, int port, Path log) throws IOException {
        return start(dir, publicDir, port, log, List.of(), List.of());
    }

    /**
     * As above, with the JVM started through {@code wrapper} (a command such as {@code setpriv …},
     * or none) and given {@code jvmOptions} (such as {@code -Xmx256m}). Other posts may be put under
     * {@code dir/posts} beforehand.
     */
    static Process start(Path dir, Path publicDir, int port, Path log, List<String> wrapper, List<String> jvmOptions)
            throws IOException {
        Path posts = Files.createDirectories(dir.resolve("posts"));
        Files.writeString(posts.resolve("hello.md"), "---\ntitle: 你好\ndate: 2025-01-01\n---\n\n內文。\n");
        ProcessBuilder builder = ChildRun.builder(wrapper, jvmOptions, port, log);
        builder.environment().put("BLOG_POSTS_DIR", posts.toString());
        builder.environment().put("BLOG_PUBLIC_DIR", publicDir.toString());
        return builder.start();
    }

    /** A port that was free a moment ago. */
    static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /** Waits until {@code /healthz} answers 200, for at most 30 s. */
    static void awaitHealthy(int port, Process server) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            assertTrue(server.isAlive(), "the server exited during start-up");
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not become healthy within 30 s");
    }
}
