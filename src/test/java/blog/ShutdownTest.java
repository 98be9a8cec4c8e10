package blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command in a child JVM, stopped the way a PaaS stops it: SIGTERM while a download is in
 * flight. The server must refuse new connections at once, finish the download, and exit within 10 s.
 */
class ShutdownTest {

    private static final int BIG = 32 * 1024 * 1024;

    @TempDir
    Path temp;

    @Test
    void sigtermFinishesTheRequestInFlightThenExits() throws Exception {
        Path pub = Files.createDirectories(temp.resolve("public"));
        byte[] big = new byte[BIG];
        new java.util.Random(5).nextBytes(big);
        Files.write(pub.resolve("big.bin"), big);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = temp.resolve("out.txt");
        Process server = ChildBlog.start(temp, pub, port, log);
        try {
            ChildBlog.awaitHealthy(port, server);
            try (Socket download = new Socket()) {
                download.setReceiveBufferSize(16 * 1024);
                download.connect(new InetSocketAddress("localhost", port));
                download.setSoTimeout(15_000);
                OutputStream out = download.getOutputStream();
                out.write(("GET /big.bin HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = download.getInputStream();
                byte[] buffer = new byte[64 * 1024];
                long received = in.read(buffer);
                assertTrue(received > 0);

                server.destroy(); // SIGTERM
                long termAt = System.nanoTime();
                Thread.sleep(500);
                assertRefused(port);

                for (int n; (n = in.read(buffer)) >= 0; ) {
                    received += n;
                }
                assertTrue(received >= BIG, "the download in flight was cut off after " + received + " bytes");
                assertTrue(server.waitFor(10, TimeUnit.SECONDS), "still running 10 s after SIGTERM");
                long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - termAt);
                assertTrue(took < 10_000, "exit took " + took + " ms");
            }
            assertEquals(143, server.exitValue(), "exit status of a JVM ended by SIGTERM");
            String output = Files.readString(log);
            assertTrue(output.contains("stopped in"), output);
            assertTrue(output.contains("GET /big.bin 200 "), "the access log names the finished download:\n" + output);
        } finally {
            server.destroyForcibly();
        }
    }

    private static void assertRefused(int port) {
        try (Socket socket = new Socket("localhost", port)) {
            throw new AssertionError(socket + ": a new connection was accepted after SIGTERM");
        } catch (ConnectException expected) {
            // stopped accepting, as it should
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
