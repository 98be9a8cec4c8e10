package blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FIFOs, sockets and devices named {@code *.md} in posts/ (or links to them): the real command
 * starts without opening them, logs each by name and kind, serves the rest, and a post whose file
 * becomes a FIFO later does not hang its page.
 */
class SpecialPostFilesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private Path givenPostsWithSpecialFiles() throws Exception {
        Path posts = Files.createDirectories(temp.resolve("posts"));
        for (String name : List.of("a.md", "b.md")) {
            Files.writeString(posts.resolve(name), "---\ntitle: " + name + "\ndate: 2025-05-01\n---\n\n內文。\n");
        }
        mkfifo(posts.resolve("fifo.md"));
        Files.createSymbolicLink(posts.resolve("link.md"), posts.resolve("fifo.md"));
        Files.createSymbolicLink(posts.resolve("zero.md"), Path.of("/dev/zero"));
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(posts.resolve("sock.md")));
        }
        return posts;
    }

    private static void mkfifo(Path file) throws Exception {
        assertEquals(0, new ProcessBuilder("mkfifo", file.toString()).inheritIO().start().waitFor());
    }

    @Test
    void specialFilesAreSkippedByNameAndKindAndTheRestIsServed() throws Exception {
        Path posts = givenPostsWithSpecialFiles();
        try (ChildRun blog = ChildRun.start(List.of(), List.of(), Map.of("BLOG_POSTS_DIR", posts.toString(),
                "BLOG_PUBLIC_DIR", temp.resolve("public").toString()), temp.resolve("blog.log"))) {
            blog.awaitHealthy(WAIT);
            assertEquals(200, blog.get("/posts/a/").statusCode());
            for (String line : List.of("fifo.md:1: warning: is not a regular file (a FIFO); skipped",
                    "link.md:1: warning: is not a regular file (a FIFO); skipped",
                    "sock.md:1: warning: is not a regular file (a socket); skipped",
                    "zero.md:1: warning: is not a regular file (a character device); skipped")) {
                assertTrue(blog.log().contains(posts + "/" + line), line + " in\n" + blog.log());
            }

            // A post's body is read again when its page is first rendered: a FIFO in its place now.
            Files.delete(posts.resolve("b.md"));
            mkfifo(posts.resolve("b.md"));
            int status = blog.get("/posts/b/").statusCode(); // within the client's 10 s, or this throws
            assertTrue(status == 200 || status == 404, "answered " + status);
            assertEquals(200, blog.get("/index.xml").statusCode());
        }
    }

    @Test
    void checkNamesSpecialFilesAndDoesNotHang() throws Exception {
        Path posts = givenPostsWithSpecialFiles();
        try (ChildRun check = ChildRun.start(List.of(), List.of(), Map.of(), temp.resolve("check.log"), "check",
                posts.toString())) {
            assertEquals(0, check.exitStatus(WAIT), check.log());
            assertTrue(check.log().contains(posts + "/fifo.md:1: warning: is not a regular file (a FIFO); skipped"),
                    check.log());
            assertTrue(check.log().contains("2 posts, 0 errors, 4 warnings"), check.log());
        }
    }
}
