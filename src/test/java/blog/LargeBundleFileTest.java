package blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command in a child JVM at {@code -Xmx256m}, serving a 60 MB video from a page bundle to
 * 8 readers at once. Bundle files are streamed like files of {@code public/}, never read whole,
 * hashed or compressed: every download completes and the process stays far below 600 MB.
 */
class LargeBundleFileTest {

    private static final long CLIP = 60L * 1024 * 1024;
    private static final int READERS = 8;
    private static final long MAX_RSS_KB = 600L * 1024;

    @TempDir
    Path temp;

    @Test
    void eightConcurrentDownloadsOfA60MbBundleFileCompleteInLittleMemory() throws Exception {
        Path bundle = Files.createDirectories(temp.resolve("posts/clip-post"));
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: 影片\ndate: 2024-06-01\nslug: clip-post\n---\n\n"
                + "<video controls src=\"clip.mp4\"></video>\n");
        try (RandomAccessFile clip = new RandomAccessFile(bundle.resolve("clip.mp4").toFile(), "rw")) {
            clip.setLength(CLIP);
        }
        Path pub = Files.createDirectories(temp.resolve("public"));
        int port = ChildBlog.freePort();
        Path log = temp.resolve("out.txt");
        Process server = ChildBlog.start(temp, pub, port, log, List.of(), List.of("-Xmx256m"));
        try {
            ChildBlog.awaitHealthy(port, server);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest get = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/posts/clip-post/clip.mp4"))
                    .timeout(Duration.ofSeconds(120)).build();
            List<CompletableFuture<HttpResponse<InputStream>>> downloads = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                downloads.add(http.sendAsync(get, HttpResponse.BodyHandlers.ofInputStream()));
            }
            ExecutorService readers = Executors.newFixedThreadPool(READERS);
            try {
                List<CompletableFuture<Long>> lengths = new ArrayList<>();
                for (CompletableFuture<HttpResponse<InputStream>> download : downloads) {
                    lengths.add(download.thenApplyAsync(LargeBundleFileTest::drain, readers));
                }
                for (CompletableFuture<Long> length : lengths) {
                    assertEquals(CLIP, length.get(180, TimeUnit.SECONDS), "bytes of one download");
                }
            } finally {
                readers.shutdownNow();
            }
            long peakKb = peakRssKb(server);
            System.out.println("peak RSS of the server: " + peakKb / 1024 + " MB");
            assertTrue(peakKb < MAX_RSS_KB, "peak RSS " + peakKb / 1024 + " MB");
            String output = Files.readString(log);
            assertFalse(output.contains("OutOfMemoryError"), output);
        } finally {
            server.destroyForcibly();
        }
    }

    /** Reads a 200 response to its end and returns how many bytes it had. */
    private static long drain(HttpResponse<InputStream> response) {
        assertEquals(200, response.statusCode());
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[256 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
            }
            return total;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The process's peak resident set ({@code VmHWM}), in kB, from Linux's {@code /proc}. */
    private static long peakRssKb(Process process) throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new AssertionError("no VmHWM in /proc/" + process.pid() + "/status");
    }
}
