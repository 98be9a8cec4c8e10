package blog.web;

import static blog.web.TestBlog.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every response carries the security headers; HSTS only over HTTPS; pages hold nothing CSP would block. */
class SecurityHeadersTest {

    private static final String CSP = "default-src 'self'; img-src 'self' https:; script-src 'self'; style-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static TestBlog site;

    @BeforeAll
    static void start() {
        site = TestBlog.start();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static void assertSecurityHeaders(String what, HttpHeaders headers) {
        assertEquals(CSP, headers.firstValue("Content-Security-Policy").orElse(null), what);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("strict-origin-when-cross-origin", headers.firstValue("Referrer-Policy").orElse(null), what);
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), what);
        String permissions = headers.firstValue("Permissions-Policy").orElse("");
        for (String feature : new String[] {"camera=()", "microphone=()", "geolocation=()", "interest-cohort=()"}) {
            assertTrue(permissions.contains(feature), what + ": Permissions-Policy " + permissions);
        }
        assertEquals(1, headers.allValues("Content-Security-Policy").size(), what + ": one CSP header");
        assertEquals(1, headers.allValues("X-Frame-Options").size(), what + ": one X-Frame-Options header");
    }

    static void assertSecurityHeaders(String what, RawHttp.Response response) {
        assertEquals(CSP, response.header("Content-Security-Policy"), what);
        assertEquals("nosniff", response.header("X-Content-Type-Options"), what);
        assertEquals("strict-origin-when-cross-origin", response.header("Referrer-Policy"), what);
        assertEquals("DENY", response.header("X-Frame-Options"), what);
        assertTrue(response.header("Permissions-Policy").contains("camera=()"), what);
    }

    @Test
    void cspExtraWidensTheDefaultPolicyWithoutRepeatingOrDroppingSources() {
        assertEquals(CSP, SecurityHeaders.policy(""));
        assertEquals("default-src 'self'; img-src 'self' https: data:; script-src 'self'; style-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; "
                + "frame-src https://www.youtube-nocookie.com",
                SecurityHeaders.policy("img-src data: https:; frame-src https://www.youtube-nocookie.com"));
        assertTrue(SecurityHeaders.policy("object-src https://player.example").contains("object-src https://player.example;"),
                "'none' gives way to a source");
    }

    @Test
    void cspExtraReachesEveryResponseIncludingJettysOwnErrors() {
        String extra = "img-src https://cdn.example.com; frame-src https://www.youtube-nocookie.com";
        String expected = SecurityHeaders.policy(extra);
        assertTrue(expected.contains("img-src 'self' https: https://cdn.example.com;"), expected);
        try (TestBlog widened = TestBlog.start(Map.of("BLOG_CSP_EXTRA", extra))) {
            for (String path : new String[] {"/", "/no-such-page/", "/images/pixel.png"}) {
                HttpResponse<String> response = widened.get(path);
                assertEquals(expected, response.headers().firstValue("Content-Security-Policy").orElse(null), path);
            }
            RawHttp.Response badTarget = RawHttp.send(widened.blog.port(), "GET", "/tags/%E5%9C");
            assertEquals(400, badTarget.status());
            assertEquals(expected, badTarget.header("Content-Security-Policy"));
        }
    }

    @Test
    void plainHttpThroughTheRouterIsSentToTheHttpsAddress() {
        // TestBlog's base URL is https://blog.example.com.
        // The Host header (localhost:port here) never makes it into the location.
        RawHttp.Response viaHttp = RawHttp.send(site.blog.port(), "GET", "/tags/" + enc("地緣政治") + "/?x=1",
                "X-Forwarded-Proto: http");
        assertEquals(301, viaHttp.status());
        assertEquals("https://blog.example.com/tags/" + enc("地緣政治") + "/?x=1", viaHttp.header("Location"));
        assertSecurityHeaders("301 to https", viaHttp);
        assertEquals(301, site.request("HEAD", "/", Map.of("X-Forwarded-Proto", "HTTP, https")).statusCode());
        assertEquals(200, site.request("GET", "/", Map.of("X-Forwarded-Proto", "https")).statusCode());
        assertEquals(200, site.get("/").statusCode(), "no header: a local request, served as it is");
        assertEquals(405, site.request("POST", "/", Map.of("X-Forwarded-Proto", "http")).statusCode());
        try (TestBlog plain = TestBlog.start(Map.of("BLOG_BASE_URL", "http://blog.example.com"))) {
            assertEquals(200, plain.request("GET", "/", Map.of("X-Forwarded-Proto", "http")).statusCode(),
                    "a site whose address is http is never redirected");
        }
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {
        "/", "/page/2/", "/posts/ai-cold-war/", "/tags/", "/tags/地緣政治/", "/categories/", "/archives/",
        "/index.xml", "/atom.xml", "/tags/地緣政治/index.xml", "/sitemap.xml", "/robots.txt", "/favicon.ico",
        "/images/pixel.png", "/healthz",
        // redirects
        "/page/1/", "/archives", "/posts/ai-cold-war",
        // errors
        "/no-such-page/", "/images/missing.png",
    })
    void everyKindOfResponseCarriesTheHeaders(String path) {
        HttpResponse<String> response = site.get(enc(path));
        assertSecurityHeaders(path + " -> " + response.statusCode(), response.headers());
        assertFalse(response.headers().firstValue("Strict-Transport-Security").isPresent(),
                "no HSTS over plain HTTP: " + path);
    }

    @Test
    void notModifiedAndHeadAndHashedAssetsCarryTheHeaders() throws Exception {
        String etag = site.get("/").headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> notModified = site.request("GET", "/", Map.of("If-None-Match", etag));
        assertEquals(304, notModified.statusCode());
        assertSecurityHeaders("304 /", notModified.headers());

        String imageEtag = site.get("/images/pixel.png").headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> imageNotModified = site.request("GET", "/images/pixel.png", Map.of("If-None-Match", imageEtag));
        assertEquals(304, imageNotModified.statusCode());
        assertSecurityHeaders("304 /images/pixel.png", imageNotModified.headers());

        assertSecurityHeaders("HEAD /", site.head("/").headers());
        Document home = site.page("/");
        String css = home.selectFirst("link[rel=stylesheet]").attr("href");
        HttpResponse<String> asset = site.get(css);
        assertEquals(200, asset.statusCode());
        assertSecurityHeaders(css, asset.headers());
    }

    @Test
    void jettyLevelErrorsCarryTheHeaders() {
        for (String target : new String[] {"/tags/%E5%9C", "/%2e%2e/pom.xml", "/images/%00"}) {
            RawHttp.Response response = RawHttp.send(site.blog.port(), "GET", target);
            assertEquals(400, response.status(), target);
            assertSecurityHeaders(target, response);
        }
        RawHttp.Response tooLarge = RawHttp.send(site.blog.port(), "GET", "/", "X-Big: " + "a".repeat(20_000));
        assertEquals(431, tooLarge.status());
        assertSecurityHeaders("431", tooLarge);
    }

    @Test
    void hstsOnlyWhenTheRequestCameOverHttps() {
        String hsts = "max-age=63072000; includeSubDomains";
        HttpResponse<byte[]> viaRouter = site.request("GET", "/", Map.of("X-Forwarded-Proto", "https"));
        assertEquals(hsts, viaRouter.headers().firstValue("Strict-Transport-Security").orElse(null));
        HttpResponse<byte[]> chained = site.request("GET", "/posts/ai-cold-war/", Map.of("X-Forwarded-Proto", "https, http"));
        assertEquals(hsts, chained.headers().firstValue("Strict-Transport-Security").orElse(null));
        HttpResponse<byte[]> redirect = site.request("GET", "/page/1/", Map.of("X-Forwarded-Proto", "HTTPS"));
        assertEquals(301, redirect.statusCode());
        assertEquals(hsts, redirect.headers().firstValue("Strict-Transport-Security").orElse(null));
        HttpResponse<byte[]> missing = site.request("GET", "/nope/", Map.of("X-Forwarded-Proto", "https"));
        assertEquals(404, missing.statusCode());
        assertEquals(hsts, missing.headers().firstValue("Strict-Transport-Security").orElse(null));
        RawHttp.Response badUri = RawHttp.send(site.blog.port(), "GET", "/tags/%E5%9C", "X-Forwarded-Proto: https");
        assertEquals(400, badUri.status());
        assertEquals(hsts, badUri.header("Strict-Transport-Security"));

        HttpResponse<byte[]> plain = site.request("GET", "/", Map.of("X-Forwarded-Proto", "http"));
        assertFalse(plain.headers().firstValue("Strict-Transport-Security").isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/posts/ai-cold-war/", "/posts/xss-test/", "/tags/地緣政治/", "/archives/", "/no-such-page/"})
    void pagesHoldNothingThePolicyWouldBlock(String path) {
        HttpResponse<String> response = site.get(enc(path));
        Document page = Jsoup.parse(response.body(), site.uri(enc(path)).toString());
        for (Element script : page.select("script")) {
            assertEquals("application/ld+json", script.attr("type"), path + ": only JSON-LD data blocks, no script");
        }
        assertTrue(page.select("style, [style], iframe, object, embed, base").isEmpty(), path);
        // The only form is the search box: a GET to this site (CSP form-action 'self').
        assertEquals(List.of("/search"), page.select("form").eachAttr("action"), path);
        assertEquals(List.of("get"), page.select("form").eachAttr("method"), path);
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(a -> assertFalse(a.getKey().toLowerCase().startsWith("on"),
                    path + ": event handler attribute " + a));
        }
        for (Element link : page.select("link[rel=stylesheet], img[src], link[rel=icon]")) {
            String url = link.hasAttr("src") ? link.absUrl("src") : link.absUrl("href");
            boolean sameOrigin = url.startsWith(site.uri("/").toString());
            assertTrue(sameOrigin || (link.tagName().equals("img") && url.startsWith("https://")),
                    path + ": " + link + " would be blocked");
        }
    }
}
