package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The platform's view: health checks, the access log, timeouts and a stop that is quick and clean. */
class OperationsTest {

    private static final Pattern LINE = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z (\\S+) (\\S+) (\\d{3}) (\\d+) (\\d+\\.\\d)ms");

    @Test
    void healthzAnswersOkAndIsNeverCached() {
        try (TestBlog site = TestBlog.start()) {
            HttpResponse<String> response = site.get("/healthz");
            assertEquals(200, response.statusCode());
            assertEquals("ok", response.body().strip());
            assertEquals("text/plain;charset=utf-8",
                    response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null));
            HttpResponse<String> head = site.head("/healthz");
            assertEquals(200, head.statusCode());
            assertEquals("", head.body());
        }
    }

    @Test
    void everyRequestLogsOneLineOnStdout() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int imageBytes;
        try (TestBlog site = TestBlog.start()) {
            site.get("/posts/ai-cold-war/");
            site.get("/no-such-page/");
            imageBytes = site.getBytes("/images/pixel.png").body().length;
            site.request("POST", "/", Map.of());
            RawHttp.send(site.blog.port(), "GET", "/tags/%E5%9C");
            site.get("/healthz");
        } finally {
            System.setOut(original);
        }
        // The log is written by a background thread, flushed when the server stops.
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().filter(l -> LINE.matcher(l).matches()).toList();
        assertEquals(6, lines.size(), () -> "access log lines:\n" + captured);
        assertLine(lines, "GET", "/posts/ai-cold-war/", 200, -1);
        assertLine(lines, "GET", "/no-such-page/", 404, -1);
        assertLine(lines, "GET", "/images/pixel.png", 200, imageBytes);
        assertLine(lines, "POST", "/", 405, -1);
        assertLine(lines, "GET", "/tags/%E5%9C", 400, -1);
        assertLine(lines, "GET", "/healthz", 200, 3);
    }

    private static void assertLine(List<String> lines, String method, String path, int status, int bytes) {
        boolean found = lines.stream().map(LINE::matcher).filter(java.util.regex.Matcher::matches).anyMatch(m ->
                m.group(2).equals(method) && m.group(3).equals(path) && Integer.parseInt(m.group(4)) == status
                        && (bytes < 0 ? Long.parseLong(m.group(5)) > 0 : Long.parseLong(m.group(5)) == bytes));
        assertTrue(found, method + " " + path + " " + status + " not in " + lines);
    }

    @Test
    void logLinesAreOneLineOfPrintableText() {
        String line = AccessLog.format(Instant.parse("2025-06-01T00:00:00.123Z"), "GET", "/a b\n\u5730" + "x".repeat(600),
                200, 1234, 1_567_000);
        assertTrue(line.startsWith("2025-06-01T00:00:00.123Z GET /a%20b%0A%u5730xxx"), line);
        assertTrue(line.endsWith("... 200 1234 1.5ms"), line);
        assertFalse(line.contains("\n"));
        for (String at : new String[] {"2025-06-01T23:59:59.007Z", "2025-06-01T00:00:00.120Z", "1999-12-31T23:59:59.999Z"}) {
            assertTrue(AccessLog.format(Instant.parse(at), "GET", "/", 200, 1, 1).startsWith(at + " GET / "), at);
        }
        assertEquals("2025-06-01T00:00:00Z BAD - 400 0 0.0ms", AccessLog.format(Instant.parse("2025-06-01T00:00:00Z"),
                "BAD", null, 400, 0, 10));
    }

    @Test
    void stopIsQuickClosesThePortAndIdleClientsDoNotHoldItUp() throws Exception {
        TestBlog site = TestBlog.start();
        int port = site.blog.port();
        assertEquals(200, site.get("/").statusCode());
        // An idle keep-alive connection and a client stuck half-way through its headers.
        try (Socket idle = new Socket("localhost", port); Socket slow = new Socket("localhost", port)) {
            slow.getOutputStream().write("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            slow.getOutputStream().flush();
            assertTrue(idle.isConnected());
            Thread.sleep(300); // let the server accept both before it stops
            long started = System.nanoTime();
            site.close();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            // Silent connections get Jetty's shutdown idle timeout (1 s), not the full stop timeout.
            assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "stop took " + took);
        }
        assertThrowsConnect(port);
    }

    private static void assertThrowsConnect(int port) {
        try (Socket socket = new Socket("localhost", port)) {
            throw new AssertionError(socket + ": port " + port + " still accepts connections after stop");
        } catch (ConnectException expected) {
            // closed, as it should be
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aClientTricklingItsHeadersIsCutOffWhileOthersAreServed() throws Exception {
        try (TestBlog site = TestBlog.start();
                Socket slow = new Socket("localhost", site.blog.port());
                Socket keepAlive = new Socket("localhost", site.blog.port())) {
            // A keep-alive client that finished a request and then waits must not be cut off.
            keepAlive.getOutputStream().write("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            keepAlive.getOutputStream().flush();
            assertTrue(readSome(keepAlive).startsWith("HTTP/1.1 200"));
            slow.setSoTimeout(1000);
            slow.getOutputStream().write("GET / HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            long started = System.nanoTime();
            Duration cutOff = null;
            // One header byte a second never lets the 30 s idle timeout run out.
            for (int i = 0; i < 25 && cutOff == null; i++) {
                try {
                    slow.getOutputStream().write('X');
                    slow.getOutputStream().flush();
                    int first = slow.getInputStream().read();
                    if (first >= 0) {
                        // Jetty may answer the unfinished request (an error status) as it closes.
                        String answer = (char) first + readSome(slow);
                        assertFalse(answer.startsWith("HTTP/1.1 2"), answer);
                    }
                    cutOff = Duration.ofNanos(System.nanoTime() - started);
                } catch (java.net.SocketTimeoutException stillOpen) {
                    assertEquals(200, site.get("/").statusCode(), "others are served meanwhile");
                } catch (java.io.IOException reset) {
                    cutOff = Duration.ofNanos(System.nanoTime() - started);
                }
            }
            assertTrue(cutOff != null, "a client sending one header byte a second was never cut off");
            assertTrue(cutOff.compareTo(RequestHeadDeadline.DEADLINE) >= 0 && cutOff.compareTo(Duration.ofSeconds(15)) < 0,
                    "cut off after " + cutOff);
            keepAlive.getOutputStream().write("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            keepAlive.getOutputStream().flush();
            assertTrue(readSome(keepAlive).startsWith("HTTP/1.1 200"), "the waiting keep-alive connection still works");
        }
    }

    private static String readSome(Socket socket) throws java.io.IOException {
        socket.setSoTimeout(5000);
        byte[] buffer = new byte[4096];
        int n = socket.getInputStream().read(buffer);
        return n < 0 ? "" : new String(buffer, 0, n, StandardCharsets.US_ASCII);
    }

    @Test
    void timeoutsAndLimitsAreSetOnPurpose() {
        assertEquals(Duration.ofSeconds(30), ServerTuning.IDLE_TIMEOUT);
        assertEquals(16 * 1024, ServerTuning.REQUEST_HEADER_BYTES);
        assertTrue(ServerTuning.STOP_TIMEOUT.compareTo(Duration.ofSeconds(10)) < 0);
        assertEquals(Duration.ofSeconds(10), RequestHeadDeadline.DEADLINE);
    }
}
