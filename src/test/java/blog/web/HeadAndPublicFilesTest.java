package blog.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadAndPublicFilesTest {

    private static TestBlog site;

    @BeforeAll
    static void start() {
        site = TestBlog.start();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/page/2/", "/posts/deepseek-r2/", "/tags/", "/categories/",
        "/tags/%E5%9C%B0%E7%B7%A3%E6%94%BF%E6%B2%BB/"})
    void headAnswers200WithHeadersAndNoBody(String path) {
        HttpResponse<String> head = site.head(path);
        HttpResponse<String> get = site.get(path);

        assertEquals(200, head.statusCode());
        TestBlog.assertHtml(head);
        assertEquals("", head.body());
        head.headers().firstValue("Content-Length").ifPresent(length ->
                assertEquals(get.body().getBytes(StandardCharsets.UTF_8).length,
                        Integer.parseInt(length)));
    }

    @Test
    void headSendsNoBodyBytesOnTheWire() throws IOException {
        try (Socket socket = new Socket("localhost", site.blog.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("HEAD /posts/deepseek-r2/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");

            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertTrue(end > 0, answer);
            assertEquals("", answer.substring(end + 4));
        }
    }

    @Test
    void headOnARedirectOrMissingPageKeepsItsStatus() {
        assertEquals(301, site.head("/posts/deepseek-r2").statusCode());
        HttpResponse<String> missing = site.head("/posts/no-such-post/");
        assertEquals(404, missing.statusCode());
        assertEquals("", missing.body());
    }

    @Test
    void filesFromThePublicFolderAreServedAtTheirOwnPath() throws IOException {
        HttpResponse<byte[]> image = site.getBytes("/images/pixel.png");

        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(Files.readAllBytes(TestBlog.fixture("public").resolve("images/pixel.png")), image.body());
        assertEquals(200, site.head("/images/pixel.png").statusCode());
    }

    @Test
    void publicFilesWithChineseAndSpacesInTheirNameAreServedPercentEncoded() throws IOException {
        HttpResponse<byte[]> image = site.getBytes("/images/%E5%B0%81%E9%9D%A2%20%E5%9C%96.png");

        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(Files.readAllBytes(TestBlog.fixture("public").resolve("images/封面 圖.png")), image.body());
    }

    @Test
    void coverImageLinksPointAtTheServedFile() {
        String cover = site.page("/posts/deepseek-r2/").selectFirst("figure.cover img").attr("src");

        assertEquals("/images/pixel.png", cover);
        assertEquals(200, site.getBytes(cover).statusCode());
    }

    @Test
    void stylesheetLinkedFromEveryPageIsServedAsCss() {
        String css = site.page("/").selectFirst("link[rel=stylesheet]").attr("href");
        HttpResponse<String> response = site.get(css);

        assertTrue(css.matches("/assets/blog\\.[0-9a-f]{10}\\.css"), css);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
    }
}
