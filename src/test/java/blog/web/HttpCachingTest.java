package blog.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpCachingTest {

    private static final List<String> PATHS = List.of("/", "/page/2/", "/posts/ai-cold-war/",
            TestBlog.enc("/tags/地緣政治/"), TestBlog.enc("/categories/ai-技術前沿/"), "/tags/", "/archives/",
            "/index.xml", "/atom.xml", "/sitemap.xml", "/robots.txt");
    private static final Map<String, String> GZIP = Map.of("Accept-Encoding", "gzip, deflate, br");

    private static TestBlog site;

    @BeforeAll
    static void start() {
        site = TestBlog.start();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static HttpResponse<byte[]> get(TestBlog blog, String path, Map<String, String> headers) {
        return blog.request("GET", path, headers);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    /**
     * A page's first request is rendered and answered through Javalin; repeats are answered from
     * the cache at Jetty level ({@code CachedPageHandler}). Readers and CDNs must not see the
     * difference: the same headers (but the date), plain and gzip.
     */
    @Test
    void aCacheHitCarriesExactlyTheHeadersOfTheFirstResponse() {
        try (TestBlog fresh = TestBlog.start()) {
            for (String path : PATHS) {
                for (Map<String, String> headers : List.of(Map.<String, String>of(), GZIP)) {
                    HttpResponse<byte[]> first = get(fresh, path, headers);
                    HttpResponse<byte[]> repeat = get(fresh, path, headers);
                    assertEquals(200, first.statusCode(), path);
                    assertEquals(withoutDate(first), withoutDate(repeat), path + " " + headers);
                    assertArrayEquals(first.body(), repeat.body(), path);
                }
            }
        }
    }

    private static Map<String, List<String>> withoutDate(HttpResponse<?> response) {
        Map<String, List<String>> headers = new java.util.TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }

    @Test
    void etagsAreStrongAndIdenticalOnTwoInstancesStartedFromTheSamePosts() {
        try (TestBlog other = TestBlog.start()) {
            for (String path : PATHS) {
                HttpResponse<byte[]> a = get(site, path, Map.of());
                HttpResponse<byte[]> b = get(other, path, Map.of());
                assertEquals(200, a.statusCode(), path);
                String etag = header(a, "ETag");
                assertTrue(etag.matches("\"[A-Za-z0-9_-]{22}\""), path + " has a strong ETag: " + etag);
                assertEquals(etag, header(b, "ETag"), path + " has the same ETag on both instances");
                assertArrayEquals(a.body(), b.body(), path + " is byte-identical on both instances");
            }
        }
    }

    @Test
    void matchingIfNoneMatchGets304WithoutABody() {
        for (String path : PATHS) {
            HttpResponse<byte[]> first = get(site, path, Map.of());
            String etag = header(first, "ETag");
            HttpResponse<byte[]> again = get(site, path, Map.of("If-None-Match", etag));
            assertEquals(304, again.statusCode(), path);
            assertEquals(0, again.body().length, path);
            assertEquals(etag, header(again, "ETag"), path);
            assertEquals(header(first, "Cache-Control"), header(again, "Cache-Control"), path);
            assertEquals(304, get(site, path, Map.of("If-None-Match", "\"other\", W/" + etag)).statusCode(),
                    path + ": a list and a weak form match too");
            assertEquals(200, get(site, path, Map.of("If-None-Match", "\"other\"")).statusCode(), path);
        }
    }

    @Test
    void gzipVariantIsServedToClientsThatAcceptItWithVary() throws IOException {
        for (String path : PATHS) {
            HttpResponse<byte[]> plain = get(site, path, Map.of());
            HttpResponse<byte[]> gzip = get(site, path, GZIP);
            assertEquals("", header(plain, "Content-Encoding"), path + ": no gzip unless asked for");
            if (plain.body().length < CachedResponse.MIN_GZIP_BYTES) {
                assertEquals("", header(gzip, "Content-Encoding"), path + " is too small to compress");
                continue;
            }
            assertEquals("Accept-Encoding", header(plain, "Vary"), path);
            assertEquals("Accept-Encoding", header(gzip, "Vary"), path);
            assertEquals("gzip", header(gzip, "Content-Encoding"), path);
            assertTrue(gzip.body().length < plain.body().length, path);
            assertArrayEquals(plain.body(), gunzip(gzip.body()), path + ": the gzip variant holds the same bytes");
            assertNotEquals(header(plain, "ETag"), header(gzip, "ETag"), path + ": each representation has its own tag");
            assertEquals(304, get(site, path, Map.of("Accept-Encoding", "gzip",
                    "If-None-Match", header(gzip, "ETag"))).statusCode(), path);
        }
    }

    @Test
    void gzipRefusedWithQualityZeroIsNotSent() {
        HttpResponse<byte[]> response = get(site, "/", Map.of("Accept-Encoding", "gzip;q=0, identity"));
        assertEquals("", header(response, "Content-Encoding"));
        assertTrue(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void lastModifiedComesFromThePostAndIfModifiedSinceGets304() {
        HttpResponse<byte[]> post = get(site, "/posts/ai-cold-war/", Map.of());
        String lastModified = header(post, "Last-Modified");
        ZonedDateTime when = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME);
        // The fixture's date is 2025-04-21T23:30:00Z and it has no lastmod.
        assertEquals(ZonedDateTime.of(2025, 4, 21, 23, 30, 0, 0, ZoneOffset.UTC).toInstant(), when.toInstant());

        assertEquals(304, get(site, "/posts/ai-cold-war/", Map.of("If-Modified-Since", lastModified)).statusCode());
        String earlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(when.minusSeconds(1));
        assertEquals(200, get(site, "/posts/ai-cold-war/", Map.of("If-Modified-Since", earlier)).statusCode());
        assertEquals(200, get(site, "/posts/ai-cold-war/", Map.of("If-Modified-Since", lastModified,
                "If-None-Match", "\"stale\"")).statusCode(), "If-None-Match wins over If-Modified-Since");
        assertEquals(200, get(site, "/posts/ai-cold-war/", Map.of("If-Modified-Since", "yesterday")).statusCode());
    }

    @Test
    void headAnswersWithTheHeadersOfGetAndNoBody() {
        for (String path : PATHS) {
            for (Map<String, String> headers : List.of(Map.<String, String>of(), GZIP)) {
                HttpResponse<byte[]> get = get(site, path, headers);
                HttpResponse<byte[]> head = site.request("HEAD", path, headers);
                assertEquals(200, head.statusCode(), path);
                assertEquals(0, head.body().length, path);
                for (String name : List.of("ETag", "Content-Type", "Cache-Control", "Vary", "Content-Encoding",
                        "Last-Modified", "Content-Length")) {
                    assertEquals(header(get, name), header(head, name), path + " " + name);
                }
            }
        }
    }

    @Test
    void pagesMayBeServedBrieflyStaleWhileAssetsAreImmutable() {
        assertEquals(HttpCaching.PAGES, header(get(site, "/", Map.of()), "Cache-Control"));
        assertTrue(HttpCaching.PAGES.contains("stale-while-revalidate="));
        String css = Jsoup.parse(new String(get(site, "/", Map.of()).body(), java.nio.charset.StandardCharsets.UTF_8))
                .select("link[rel=stylesheet]").attr("href");
        assertTrue(css.matches("/assets/blog\\.[0-9a-f]{10}\\.css"), css);
        HttpResponse<byte[]> asset = get(site, css, GZIP);
        assertEquals("public, max-age=31536000, immutable", header(asset, "Cache-Control"));
        assertEquals("gzip", header(asset, "Content-Encoding"));
        HttpResponse<byte[]> missing = get(site, "/no-such-page/", Map.of());
        assertEquals(404, missing.statusCode());
        assertEquals("", header(missing, "ETag"), "an error page has no validator");
        assertFalse(header(get(site, "/images/pixel.png", Map.of()), "Cache-Control").isEmpty());
    }

    @Test
    void anEditedPostGetsANewEtagSoRevalidationDeliversIt(@TempDir Path dir) throws IOException {
        Path posts = dir.resolve("posts");
        copy(TestBlog.fixture("posts"), posts);
        Path post = posts.resolve("2025-04-21-ai-cold-war.md");
        Files.writeString(post, Files.readString(post) + "\n\n補充：文章已更新。\n");
        try (TestBlog edited = TestBlog.start(Map.of("BLOG_POSTS_DIR", posts.toString()))) {
            String before = header(get(site, "/posts/ai-cold-war/", Map.of()), "ETag");
            HttpResponse<byte[]> after = get(edited, "/posts/ai-cold-war/", Map.of("If-None-Match", before));
            assertEquals(200, after.statusCode(), "the old copy is not current any more");
            assertNotEquals(before, header(after, "ETag"));
            assertTrue(new String(after.body(), java.nio.charset.StandardCharsets.UTF_8).contains("補充：文章已更新。"));
        }
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
