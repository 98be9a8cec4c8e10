package blog.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files in {@code public/} and in page bundles answer byte ranges the same way (RFC 9110): 206 with
 * Content-Range, multipart for several ranges, 416 when none fits, If-Range, and the whole file for
 * range sets that only an attacker sends (too many, overlapping, out of order). Validators come from
 * the file's metadata, and nothing is compressed per request.
 */
class RangeRequestsTest {

    private static final int SIZE = 10_000;
    private static final String PUBLIC = "/media/data.bin";
    private static final String BUNDLE = "/posts/clip-post/data.bin";
    private static final Instant MODIFIED = Instant.parse("2025-05-03T04:05:06Z");

    @TempDir
    static Path temp;

    private static TestBlog site;
    private static byte[] bytes;

    @BeforeAll
    static void start() throws IOException {
        bytes = new byte[SIZE];
        for (int i = 0; i < SIZE; i++) {
            bytes[i] = (byte) (i % 251);
        }
        Path posts = TestBlog.copy(TestBlog.fixture("posts"), temp.resolve("site/posts"));
        Path pub = TestBlog.copy(TestBlog.fixture("public"), temp.resolve("site/public"));
        Path bundle = Files.createDirectories(posts.resolve("clip-post"));
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: \"資料套件\"\ndate: 2025-05-20T09:00:00+08:00\n"
                + "slug: clip-post\n---\n\n[資料](data.bin)\n");
        for (Path file : new Path[] {Files.createDirectories(pub.resolve("media")).resolve("data.bin"), bundle.resolve("data.bin")}) {
            Files.write(file, bytes);
            Files.setLastModifiedTime(file, FileTime.from(MODIFIED));
        }
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            csv.append(i).append(",城市,").append(i * 7).append('\n');
        }
        Files.writeString(bundle.resolve("table.csv"), csv);
        site = TestBlog.start(Map.of("BLOG_POSTS_DIR", posts.toString(), "BLOG_PUBLIC_DIR", pub.toString()));
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        PUBLIC + ", bytes=0-99, 0, 99",
        BUNDLE + ", bytes=0-99, 0, 99",
        PUBLIC + ", bytes=0-0, 0, 0",
        BUNDLE + ", bytes=9990-, 9990, 9999",
        PUBLIC + ", bytes=-10, 9990, 9999",
        BUNDLE + ", bytes=-20000, 0, 9999",
        PUBLIC + ", bytes=5000-99999999999999999999999, 5000, 9999",
        BUNDLE + ", bytes=9999-9999, 9999, 9999",
        PUBLIC + ", BYTES = 10-19 , 10, 19",
        BUNDLE + ", 'bytes=20000-30000, 100-109', 100, 109",
    })
    void oneRangeAnswers206WithThatSlice(String path, String range, long first, long last) {
        HttpResponse<byte[]> response = site.request("GET", path, Map.of("Range", range));

        assertEquals(206, response.statusCode());
        assertEquals("bytes " + first + "-" + last + "/" + SIZE, header(response, "Content-Range"));
        assertEquals(String.valueOf(last - first + 1), header(response, "Content-Length"));
        assertEquals("bytes", header(response, "Accept-Ranges"));
        assertArrayEquals(Arrays.copyOfRange(bytes, (int) first, (int) last + 1), response.body());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {PUBLIC, BUNDLE})
    void severalRangesAnswerAMultipartBody(String path) {
        HttpResponse<byte[]> response = site.request("GET", path, Map.of("Range", "bytes=0-9, 100-109,-5"));
        String type = header(response, "Content-Type");
        String body = new String(response.body(), StandardCharsets.ISO_8859_1);

        assertEquals(206, response.statusCode());
        assertTrue(type.startsWith("multipart/byteranges; boundary="), type);
        String boundary = type.substring(type.indexOf('=') + 1);
        assertEquals(4, body.split("--" + boundary, -1).length - 1, body);
        for (String part : new String[] {"bytes 0-9/10000", "bytes 100-109/10000", "bytes 9995-9999/10000"}) {
            assertTrue(body.contains("Content-Range: " + part), part + " in " + body);
        }
        String slice = new String(Arrays.copyOfRange(bytes, 100, 110), StandardCharsets.ISO_8859_1);
        assertTrue(body.contains("\r\n\r\n" + slice + "\r\n--" + boundary), "the bytes of 100-109");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bytes=10000-", "bytes=20000-30000", "bytes=-0", "bytes=10000-10005, 20000-"})
    void rangesOutsideTheFileAnswer416(String range) {
        for (String path : new String[] {PUBLIC, BUNDLE}) {
            HttpResponse<byte[]> response = site.request("GET", path, Map.of("Range", range));

            assertEquals(416, response.statusCode(), path + " " + range);
            assertEquals("bytes */" + SIZE, header(response, "Content-Range"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // malformed or another unit: ignored, as RFC 9110 allows
        "bytes=abc", "bytes=5-2", "bytes=", "items=0-1", "bytes=1-2-3", "bytes 0-1", "bytes=--1", "bytes=0x10-20",
        // overlapping, out of order, or more than 16: the amplification attacks
        "bytes=0-,0-,0-,0-", "bytes=0-99,50-149", "bytes=100-199,0-9", "bytes=0-0,0-0",
        "bytes=0-0,1-1,2-2,3-3,4-4,5-5,6-6,7-7,8-8,9-9,10-10,11-11,12-12,13-13,14-14,15-15,16-16",
    })
    void unusableOrAbusiveRangesGetTheWholeFile(String range) {
        for (String path : new String[] {PUBLIC, BUNDLE}) {
            HttpResponse<byte[]> response = site.request("GET", path, Map.of("Range", range));

            assertEquals(200, response.statusCode(), path + " " + range);
            assertArrayEquals(bytes, response.body(), path + " " + range);
            assertFalse(response.headers().firstValue("Content-Range").isPresent());
        }
    }

    @Test
    void sixteenAscendingRangesAreStillServed() {
        StringJoiner ranges = new StringJoiner(",", "bytes=", "");
        for (int i = 0; i < ByteRanges.MAX_RANGES; i++) {
            ranges.add(i * 100 + "-" + (i * 100 + 9));
        }
        HttpResponse<byte[]> response = site.request("GET", PUBLIC, Map.of("Range", ranges.toString()));

        assertEquals(206, response.statusCode());
        assertTrue(header(response, "Content-Type").startsWith("multipart/byteranges"));
        assertTrue(response.body().length < SIZE, "sixteen 10-byte parts are smaller than the file");
    }

    @Test
    void ifRangeSendsTheRangeOnlyWhileTheClientsCopyIsCurrent() {
        for (String path : new String[] {PUBLIC, BUNDLE}) {
            HttpResponse<byte[]> whole = site.getBytes(path);
            String etag = header(whole, "ETag");
            String lastModified = header(whole, "Last-Modified");
            String earlier = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC).format(MODIFIED.minusSeconds(60));

            assertEquals(206, ranged(path, etag), "same strong ETag");
            assertEquals(206, ranged(path, lastModified), "same date");
            assertEquals(200, ranged(path, "\"another-version\""), "another ETag");
            assertEquals(200, ranged(path, "W/" + etag), "a weak ETag never matches (RFC 9110 13.1.5)");
            assertEquals(200, ranged(path, earlier), "an older date");
            assertEquals(200, ranged(path, "not a validator"), "garbage");
        }
    }

    @Test
    void validatorsComeFromTheFilesMetadata() throws IOException {
        for (String path : new String[] {PUBLIC, BUNDLE}) {
            HttpResponse<byte[]> response = site.getBytes(path);
            String etag = header(response, "ETag");

            assertEquals(200, response.statusCode());
            assertTrue(etag.startsWith("\"") && etag.endsWith("\""), "a strong ETag: " + etag);
            assertEquals("Sat, 03 May 2025 04:05:06 GMT", header(response, "Last-Modified"));
            assertEquals("public, max-age=3600", header(response, "Cache-Control"));
            assertEquals("bytes", header(response, "Accept-Ranges"));
            assertEquals(304, site.request("GET", path, Map.of("If-None-Match", etag)).statusCode());
            assertEquals(304, site.request("GET", path, Map.of("If-None-Match", "\"x\", W/" + etag)).statusCode());
            assertEquals(304, site.request("GET", path, Map.of("If-Modified-Since", "Sat, 03 May 2025 04:05:06 GMT")).statusCode());
            assertEquals(200, site.request("GET", path, Map.of("If-Modified-Since", "Sat, 03 May 2025 04:05:05 GMT")).statusCode());
        }
    }

    @Test
    void aChangedFileGetsANewEtag() throws IOException {
        Path file = temp.resolve("site/public/media/changing.txt");
        Files.writeString(file, "one");
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED));
        String before = header(site.getBytes("/media/changing.txt"), "ETag");
        Files.writeString(file, "two");
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED.plusSeconds(1)));
        HttpResponse<byte[]> after = site.request("GET", "/media/changing.txt", Map.of("If-None-Match", before));

        assertEquals(200, after.statusCode());
        assertNotEquals(before, header(after, "ETag"));
        assertEquals("two", new String(after.body(), StandardCharsets.UTF_8));
    }

    @Test
    void headIgnoresRangeAndSendsNoBody() {
        for (String path : new String[] {PUBLIC, BUNDLE}) {
            HttpResponse<byte[]> head = site.request("HEAD", path, Map.of("Range", "bytes=0-9"));

            assertEquals(200, head.statusCode());
            assertEquals(String.valueOf(SIZE), header(head, "Content-Length"));
            assertEquals(0, head.body().length);
        }
    }

    @Test
    void bundleFilesAreNotCompressedPerRequest() {
        Map<String, String> gzip = new HashMap<>(Map.of("Accept-Encoding", "gzip"));
        HttpResponse<byte[]> csv = site.request("GET", "/posts/clip-post/table.csv", gzip);

        assertEquals(200, csv.statusCode());
        assertFalse(csv.headers().firstValue("Content-Encoding").isPresent(), "sent as it is on disk");
        assertTrue(header(csv, "Content-Type").toLowerCase(Locale.ROOT).startsWith("text/csv"));
        assertEquals(String.valueOf(csv.body().length), header(csv, "Content-Length"));
    }

    private static int ranged(String path, String ifRange) {
        return site.request("GET", path, Map.of("Range", "bytes=0-9", "If-Range", ifRange)).statusCode();
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
    }
}
