package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What bots send: other methods, traversal in every spelling, broken encodings, huge request lines
 * and headers, odd page numbers. Every answer is a 4xx in the site's layout (or Jetty's short
 * plain-text one), with the security headers, and never a file from outside {@code public/} or a
 * stack trace.
 */
class HostileRequestsTest {

    private static TestBlog site;

    @BeforeAll
    static void start() {
        site = TestBlog.start();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** Nothing that looks like a leaked file, a Java stack trace or an echo of Jetty internals. */
    static void assertNoLeak(String what, String body) {
        for (String marker : new String[] {"<project", "[core]", "<modelVersion>", "root:x:0:0", "<web-app",
                "Exception", "\tat ", "at org.eclipse", "at io.javalin", "at blog.", "Caused by", "jetty", "Jetty",
                "javalin", "HTTP ERROR"}) {
            assertFalse(body.contains(marker), what + ": body contains " + marker);
        }
    }

    static void assertSiteErrorPage(String what, String body, String heading) {
        Document page = Jsoup.parse(body);
        assertEquals("AI 新聞觀察", page.selectFirst("header.site-header .site-title").text(), what);
        assertEquals(heading, page.selectFirst("main h1").text(), what);
    }

    @ParameterizedTest(name = "{0} /")
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "FOO"})
    void otherMethodsAre405WithAllow(String method) {
        for (String path : new String[] {"/", "/posts/ai-cold-war/", "/images/pixel.png", "/index.xml", "/no-such/", "/healthz"}) {
            HttpResponse<byte[]> response = site.request(method, path, Map.of());
            String what = method + " " + path;
            assertEquals(405, response.statusCode(), what);
            assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(null), what);
            String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertSiteErrorPage(what, body, "不支援這個請求方法");
            assertNoLeak(what, body);
            SecurityHeadersTest.assertSecurityHeaders(what, response.headers());
        }
    }

    @Test
    void postWithABodyIs405() {
        RawHttp.Response response = RawHttp.exchange(site.blog.port(), ("POST /posts/ai-cold-war/ HTTP/1.1\r\n"
                + "Host: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 11\r\n"
                + "Connection: close\r\n\r\ncomment=hi!").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(405, response.status());
        assertEquals("GET, HEAD", response.header("Allow"));
    }

    @Test
    void optionsAnswers204WithAllow() {
        for (String target : new String[] {"/", "/posts/ai-cold-war/", "*"}) {
            RawHttp.Response response = RawHttp.send(site.blog.port(), "OPTIONS", target);
            assertEquals(204, response.status(), target);
            assertEquals("GET, HEAD", response.header("Allow"), target);
            assertEquals("", response.body(), target);
        }
    }

    @Test
    void connectIsRefused() {
        RawHttp.Response response = RawHttp.send(site.blog.port(), "CONNECT", "example.com:443");
        assertTrue(response.status() >= 400 && response.status() < 500, "CONNECT -> " + response.status());
        assertNoLeak("CONNECT", response.body());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "/../pom.xml", "/../../../../etc/passwd", "/%2e%2e/pom.xml", "/%2E%2E/pom.xml", "/.%2e/pom.xml",
        "/..%2fpom.xml", "/%2e%2e%2fpom.xml", "/%252e%252e/pom.xml", "/%252e%252e%252fpom.xml", "/..%5cpom.xml",
        "/..\\pom.xml", "/images/../../pom.xml", "/images/..%2f..%2fpom.xml", "/images/%2e%2e/%2e%2e/pom.xml",
        "/images/..%5c..%5cpom.xml", "/;/../pom.xml", "/..;/pom.xml", "/images/..;/..;/pom.xml", "/images/%00",
        "/images/pixel.png%00.txt", "/%00/../pom.xml", "/.git/config", "/.git/HEAD", "/WEB-INF/", "/WEB-INF/web.xml",
        "/META-INF/MANIFEST.MF", "/.env", "/pom.xml", "/src/test/resources/site/posts/2025-04-21-ai-cold-war.md",
        "/posts/..%2f..%2fpom.xml", "/tags/..%2f..%2f..%2fpom.xml", "/images//../../pom.xml", "//etc/passwd",
        "/images/%c0%ae%c0%ae/%c0%ae%c0%ae/pom.xml", "/images/%e0%80%ae%e0%80%ae/pom.xml",
    })
    void traversalNeverLeavesPublic(String target) {
        RawHttp.Response response = RawHttp.send(site.blog.port(), "GET", target);
        assertTrue(response.status() >= 400 && response.status() < 500, target + " -> " + response.status());
        assertNoLeak(target, response.body());
        SecurityHeadersTest.assertSecurityHeaders(target, response);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/tags/%E5%9C", "/tags/%E5%9C/", "/posts/%ZZ/", "/posts/%", "/%FF%FE", "/tags/%C0%AF",
        "/posts/ai-cold-war/%00", "/%2e%2e", "/..;/"})
    void badEncodingIs400InTheSiteLayout(String target) {
        RawHttp.Response response = RawHttp.send(site.blog.port(), "GET", target);
        assertEquals(400, response.status(), target);
        assertSiteErrorPage(target, response.body(), "無法讀取這個網址");
        assertNoLeak(target, response.body());
        assertEquals("no-store", response.header("Cache-Control"), target);
    }

    @Test
    void rawControlAndNonAsciiBytesAre400() {
        for (String target : new String[] {"/tags/\u5730", "/a\u0001b", "/a\u007fb"}) {
            byte[] request = ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            RawHttp.Response response = RawHttp.exchange(site.blog.port(), request);
            assertEquals(400, response.status(), target);
            assertNoLeak(target, response.body());
        }
    }

    @Test
    void overLongUrlsAndHeadersAre4xx() {
        RawHttp.Response longUrl = RawHttp.send(site.blog.port(), "GET", "/" + "a".repeat(20_000));
        assertEquals(414, longUrl.status());
        assertNoLeak("long URL", longUrl.body());
        SecurityHeadersTest.assertSecurityHeaders("414", longUrl);

        RawHttp.Response mediumUrl = RawHttp.send(site.blog.port(), "GET", "/posts/" + "a".repeat(9_000) + "/");
        assertEquals(404, mediumUrl.status(), "under the 16 KB header limit a long URL is just not found");

        RawHttp.Response longHeader = RawHttp.send(site.blog.port(), "GET", "/", "Cookie: " + "a".repeat(20_000));
        assertEquals(431, longHeader.status());
        assertNoLeak("long header", longHeader.body());

        String[] many = new String[2_000];
        for (int i = 0; i < many.length; i++) {
            many[i] = "X-H" + i + ": v";
        }
        RawHttp.Response manyHeaders = RawHttp.send(site.blog.port(), "GET", "/", many);
        assertEquals(431, manyHeaders.status());
    }

    @Test
    void garbageRequestLinesAre400() {
        for (String request : new String[] {"GARBAGE\r\n\r\n", "GET\r\n\r\n", "GET / HTTP/9.9\r\nHost: x\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n"}) {
            RawHttp.Response response = RawHttp.exchange(site.blog.port(),
                    request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertTrue(response.status() >= 400 && response.status() < 600, request + " -> " + response.status());
            assertNoLeak(request, response.body());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/page/0/", "/page/-1/", "/page/abc/", "/page/99999999999/", "/page/2147483648/",
        "/page/1e3/", "/page/0x2/", "/page/%20/", "/page/+2/", "/page/２/", "/page/2.0/", "/page/9999999/",
        "/tags/地緣政治/page/-1/", "/tags/地緣政治/page/99999999999/", "/categories/ai-技術前沿/page/0/"})
    void oddPageNumbersAre404(String path) {
        HttpResponse<String> response = site.get(TestBlog.enc(path).replace("%2B", "+"));
        assertEquals(404, response.statusCode(), path);
        assertSiteErrorPage(path, response.body(), "找不到這個頁面");
    }

    @Test
    void headOfAnErrorHasNoBody() {
        HttpResponse<String> missing = site.head("/no-such-page/");
        assertEquals(404, missing.statusCode());
        assertEquals("", missing.body());
        RawHttp.Response badUri = RawHttp.send(site.blog.port(), "HEAD", "/tags/%E5%9C");
        assertEquals(400, badUri.status());
        assertEquals("", badUri.body());
    }

    @Test
    void noServerOrPoweredByHeaders() {
        assertNull(site.get("/").headers().firstValue("X-Powered-By").orElse(null));
        assertNull(site.get("/").headers().firstValue("Server").orElse(null));
    }
}
