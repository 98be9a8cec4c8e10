package blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command in a child JVM, with more clients than its thread pool has threads (Javalin's
 * pool: at most 250) asking for a large file of {@code public/} through a small receive buffer and
 * never reading. Files are written asynchronously, so no thread waits for them: health checks, a
 * cached page and a page rendered for the first time still answer at once, and the idle timeout
 * (30 s) cuts the stalled readers off.
 */
class SlowReadersTest {

    private static final int READERS = 300;
    /** Nearly the whole pool (250 threads, a few of them selectors and the acceptor): enough to pin it, before. */
    private static final int PINNED = 240;
    private static final int BIG = 20 * 1024 * 1024;
    /** Generous on a loaded 2-core machine; each answered within a few tens of milliseconds when measured. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

    @TempDir
    Path temp;

    @Test
    void readersThatNeverReadHoldNoThreadAndAreCutOff() throws Exception {
        Path pub = Files.createDirectories(temp.resolve("public"));
        try (RandomAccessFile big = new RandomAccessFile(pub.resolve("big.bin").toFile(), "rw")) {
            big.setLength(BIG);
        }
        Path posts = Files.createDirectories(temp.resolve("posts"));
        Files.writeString(posts.resolve("older.md"), "---\ntitle: 舊文\ndate: 2024-01-01\n---\n\n還沒有人讀過。\n");
        int port = ChildBlog.freePort();
        Path log = temp.resolve("out.txt");
        Process server = ChildBlog.start(temp, pub, port, log);
        List<Socket> readers = new ArrayList<>();
        try {
            ChildBlog.awaitHealthy(port, server);
            for (int i = 0; i < READERS; i++) {
                readers.add(stalledReader(port));
            }
            // Before, about 247 were answered, each by a thread blocked in its write, and the probes
            // below waited for a thread until the idle timeout freed some (24 s for /healthz).
            awaitAnswered(readers, PINNED);

            HttpClient http = HttpClient.newBuilder().connectTimeout(ANSWER_WITHIN).build();
            for (String path : new String[] {"/healthz", "/", "/posts/older/"}) {
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(ANSWER_WITHIN).build(), HttpResponse.BodyHandlers.ofString());
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertEquals(200, response.statusCode(), path);
                System.out.println(path + " answered in " + millis + " ms beside " + READERS + " stalled readers");
            }

            awaitAnswered(readers, READERS);

            // Each stalled download ends, cut off by the idle timeout before its end, and is logged then.
            awaitCutOff(log, READERS, Duration.ofSeconds(75));
        } finally {
            for (Socket reader : readers) {
                reader.close();
            }
            server.destroyForcibly();
        }
    }

    /** A client that asks for the big file and then reads nothing, through a 4 KB receive buffer. */
    private static Socket stalledReader(int port) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("localhost", port), 5_000);
        socket.getOutputStream().write("GET /big.bin HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    /** Waits until the server has begun answering {@code count} readers, each of them then holding a write in progress. */
    private static void awaitAnswered(List<Socket> readers, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int answered = 0;
        while (System.nanoTime() < deadline) {
            answered = 0;
            for (Socket reader : readers) {
                answered += reader.getInputStream().available() > 0 ? 1 : 0;
            }
            if (answered >= count) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("only " + answered + " of " + count + " readers got an answer within 30 s");
    }

    private static void awaitCutOff(Path log, int count, Duration within) throws Exception {
        Pattern cutOff = Pattern.compile(" GET /big\\.bin 200 ([0-9]+) ");
        long deadline = System.nanoTime() + within.toNanos();
        long seen = 0;
        while (System.nanoTime() < deadline) {
            seen = Files.readString(log).lines().map(cutOff::matcher).filter(Matcher::find)
                    .filter(m -> Long.parseLong(m.group(1)) < BIG).count();
            if (seen >= count) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(seen + " of " + count + " stalled downloads were cut off within " + within.toSeconds()
                + " s:\n" + Files.readString(log));
    }
}
