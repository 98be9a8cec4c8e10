package blog.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpResponse;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Only visible regular files are served, from {@code public/} and from page bundles alike: a path
 * with a segment starting with {@code .} (however it is spelled) answers the site's 404, except
 * {@code /.well-known/}; a FIFO, a socket, a device or a folder answers 404 at once, never opened.
 */
class HiddenAndSpecialFilesTest {

    private static final String SECRET = "SECRET-9f2c";
    private static final String NOT_FOUND = "找不到這個頁面";

    @org.junit.jupiter.api.io.TempDir
    static Path temp;

    private static TestBlog site;
    private static Path pub;
    private static Path bundle;

    @BeforeAll
    static void start() throws Exception {
        Path posts = TestBlog.copy(TestBlog.fixture("posts"), temp.resolve("site/posts"));
        pub = TestBlog.copy(TestBlog.fixture("public"), temp.resolve("site/public"));
        // A public/ that is a Git checkout, as Hugo's static/ often is, plus other dot-files.
        write(pub.resolve(".git/config"), "[core]\n\trepositoryformatversion = 0 " + SECRET + "\n");
        write(pub.resolve(".git/HEAD"), "ref: refs/heads/main " + SECRET + "\n");
        write(pub.resolve(".gitignore"), "*.tmp " + SECRET + "\n");
        write(pub.resolve(".env"), "DATABASE_PASSWORD=" + SECRET + "\n");
        write(pub.resolve("images/.hidden/x.txt"), SECRET);
        write(pub.resolve("a/.b/index.html"), "<p>" + SECRET + "</p>");
        write(pub.resolve("a/.b/x.txt"), SECRET);
        write(pub.resolve(".well-known/security.txt"), "Contact: mailto:security@example.com\n");
        write(pub.resolve(".well-known/acme-challenge/x"), "token-x.thumbprint\n");
        write(pub.resolve("docs/index.html"), "<p>docs</p>\n");
        Files.createSymbolicLink(pub.resolve("gitlink"), pub.resolve(".git"));
        Files.createDirectories(pub.resolve("empty-folder"));
        mkfifo(pub.resolve("fifo.txt"));
        mkfifo(pub.resolve("images/fifo.png"));
        unixSocket(pub.resolve("socket.txt"));

        bundle = Files.createDirectories(posts.resolve("clip-post"));
        write(bundle.resolve("index.md"), "---\ntitle: \"影片套件\"\ndate: 2025-05-20T09:00:00+08:00\n"
                + "slug: clip-post\ntags: [\".NET\"]\n---\n\n![圖](pic.png)\n");
        Files.copy(pub.resolve("images/pixel.png"), bundle.resolve("pic.png"));
        write(bundle.resolve(".secret"), SECRET);
        write(bundle.resolve(".git/config"), SECRET);
        write(bundle.resolve("sub/.hidden.png"), SECRET);
        Files.createSymbolicLink(bundle.resolve("source.txt"), bundle.resolve("index.md"));
        mkfifo(bundle.resolve("clip.mp4"));
        unixSocket(bundle.resolve("socket.png"));
        site = TestBlog.start(Map.of("BLOG_POSTS_DIR", posts.toString(), "BLOG_PUBLIC_DIR", pub.toString()));
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/.env", "/.git/config", "/.git/HEAD", "/.git/", "/.git", "/.gitignore", "/%2egit/config",
        "/%2Egit/HEAD", "/%2e%67it/config", "/images/.hidden/x.txt", "/images/%2ehidden/x.txt", "/a/.b/", "/a/.b",
        "/a/.b/x.txt", "/a/.b/index.html", "/gitlink/config", "/gitlink/HEAD",
        "/posts/clip-post/.secret", "/posts/clip-post/%2esecret", "/posts/clip-post/.git/config",
        "/posts/clip-post/sub/.hidden.png", "/posts/clip-post/index.md", "/posts/clip-post/source.txt"})
    void hiddenFilesAndFoldersAnswerTheSites404(String path) {
        for (String method : new String[] {"GET", "HEAD"}) {
            HttpResponse<byte[]> response = site.request(method, path, Map.of());
            String body = new String(response.body(), StandardCharsets.UTF_8);

            assertEquals(404, response.statusCode(), method + " " + path);
            assertFalse(body.contains(SECRET), method + " " + path + " leaked: " + body);
            if (method.equals("GET")) {
                assertTrue(body.contains(NOT_FOUND), "the site's 404 page for " + path);
            }
        }
    }

    @Test
    void wellKnownFilesAreServed() throws IOException {
        for (String path : new String[] {"/.well-known/security.txt", "/.well-known/acme-challenge/x"}) {
            HttpResponse<byte[]> response = site.getBytes(path);

            assertEquals(200, response.statusCode(), path);
            assertArrayEquals(Files.readAllBytes(pub.resolve(path.substring(1))), response.body(), path);
        }
    }

    @Test
    void visibleFilesBesideTheHiddenOnesAreStillServed() throws IOException {
        assertEquals(200, site.getBytes("/images/pixel.png").statusCode());
        assertArrayEquals(Files.readAllBytes(bundle.resolve("pic.png")), site.getBytes("/posts/clip-post/pic.png").body());
        assertEquals("<p>docs</p>\n", site.get("/docs/").body(), "a folder's index.html stands for it");
    }

    @Test
    void pagesWhosePathHasADotSegmentAreStillPages() {
        // Not a file: a tag named .NET lives at /tags/.net/, as Hugo puts it.
        HttpResponse<String> tag = site.get("/tags/.net/");

        assertEquals(200, tag.statusCode());
        assertTrue(tag.body().contains("影片套件"), tag.body());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/fifo.txt", "/images/fifo.png", "/socket.txt", "/empty-folder/", "/empty-folder", "/images/",
        "/posts/clip-post/clip.mp4", "/posts/clip-post/socket.png", "/posts/clip-post/sub/"})
    void fifosSocketsAndFoldersAnswer404AtOnce(String path) {
        // Before, opening a FIFO parked the request thread until a writer came: the client's 10 s timeout fired.
        for (String method : new String[] {"GET", "HEAD"}) {
            assertEquals(404, site.request(method, path, Map.of()).statusCode(), method + " " + path);
        }
        assertEquals(200, site.get("/healthz").statusCode());
    }

    @Test
    void aDeviceFileAnswers404() throws Exception {
        Path device = pub.resolve("null.txt");
        Process mknod = new ProcessBuilder("mknod", device.toString(), "c", "1", "3").redirectErrorStream(true).start();
        boolean made = mknod.waitFor(10, TimeUnit.SECONDS) && mknod.exitValue() == 0 && Files.exists(device);
        Assumptions.assumeTrue(made, "mknod could not make a character device here (needs root and a filesystem that allows devices)");

        assertEquals(404, site.get("/null.txt").statusCode());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void mkfifo(Path file) throws Exception {
        Process process = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
        assertTrue(process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0, "mkfifo " + file);
    }

    /** Binds a Unix-domain socket at {@code file}; the socket file stays after the channel is closed. */
    private static void unixSocket(Path file) throws IOException {
        try (ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.bind(UnixDomainSocketAddress.of(file));
        }
    }
}
