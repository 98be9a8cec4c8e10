package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blog.Blog;
import blog.Config;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The real blog server over the fixture site in {@code src/test/resources/site/}, started on a
 * free port with a hand-moved clock, plus an HTTP client that never follows redirects.
 */
final class TestBlog implements AutoCloseable {

    /** The fixtures' "now": after every published post, before the scheduled one (2025-06-10 09:00 Taipei). */
    static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    /** Slugs of the posts visible with default settings, newest first. */
    static final List<String> PUBLISHED = List.of("xss-test", "deepseek-r2", "deepseek-pricing", "csharp-llm-faq",
            "cpp-inference", "chip-export-controls", "taiwan-ai-supply-chain", "ai-cold-war", "eu-ai-act",
            "open-weights", "humanoid-robots", "gpu-shortage");

    static final int PAGE_SIZE = 3;

    final MutableClock clock;
    final Blog blog;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private TestBlog(MutableClock clock, Blog blog) {
        this.clock = clock;
        this.blog = blog;
    }

    /** Starts the fixture blog with the default test settings. */
    static TestBlog start() {
        return start(Map.of());
    }

    /** Starts the fixture blog; {@code overrides} are env-style settings such as BLOG_DRAFTS=true. */
    static TestBlog start(Map<String, String> overrides) {
        return start("site", overrides);
    }

    /**
     * Starts the blog over another fixture folder under {@code src/test/resources/} (with its own
     * {@code posts} and {@code public}), with the same settings and clock as the main fixture.
     */
    static TestBlog start(String fixtureRoot, Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", "0");
        env.put("BLOG_POSTS_DIR", fixture(fixtureRoot, "posts").toString());
        env.put("BLOG_PUBLIC_DIR", fixture(fixtureRoot, "public").toString());
        env.put("BLOG_PAGE_SIZE", String.valueOf(PAGE_SIZE));
        env.put("BLOG_TIMEZONE", "Asia/Taipei");
        env.put("BLOG_BASE_URL", "https://blog.example.com");
        env.put("BLOG_DRAFTS", "false");
        env.put("BLOG_FUTURE", "false");
        env.putAll(overrides);
        MutableClock clock = new MutableClock(NOW);
        Blog blog = Blog.create(Config.load(env), clock).start();
        return new TestBlog(clock, blog);
    }

    static Path fixture(String name) {
        return fixture("site", name);
    }

    static Path fixture(String fixtureRoot, String name) {
        try {
            return Path.of(TestBlog.class.getResource("/" + fixtureRoot + "/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a fixture folder (or any folder) to {@code to}, file times kept, for a test that adds to it. */
    static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            return to;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** GETs a path that is already percent-encoded, as a browser sends it. */
    HttpResponse<String> get(String encodedPath) {
        return send("GET", encodedPath);
    }

    /** HEADs a path that is already percent-encoded. */
    HttpResponse<String> head(String encodedPath) {
        return send("HEAD", encodedPath);
    }

    /** GETs a path and returns the raw bytes of the body. */
    HttpResponse<byte[]> getBytes(String encodedPath) {
        HttpRequest request = HttpRequest.newBuilder(uri(encodedPath)).GET().timeout(Duration.ofSeconds(10)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends {@code method} to a percent-encoded path with extra request headers; returns the raw body. */
    HttpResponse<byte[]> request(String method, String encodedPath, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(encodedPath))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(10));
        headers.forEach(builder::header);
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs a page, asserts it is a 200 HTML page and returns it parsed. */
    Document page(String encodedPath) {
        HttpResponse<String> response = get(encodedPath);
        assertEquals(200, response.statusCode(), () -> "GET " + encodedPath + " -> " + response.statusCode());
        assertHtml(response);
        return Jsoup.parse(response.body(), uri(encodedPath).toString());
    }

    private HttpResponse<String> send(String method, String encodedPath) {
        HttpRequest request = HttpRequest.newBuilder(uri(encodedPath))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String encodedPath) {
        return URI.create("http://localhost:" + blog.port() + encodedPath);
    }

    /** Percent-encodes a decoded path as UTF-8 segment by segment, space as %20, independently of UrlPaths. */
    static String enc(String decodedPath) {
        StringBuilder out = new StringBuilder();
        String[] segments = decodedPath.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                out.append('/');
            }
            out.append(URLEncoder.encode(segments[i], StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }

    /** The post page path for a slug. */
    static String post(String slug) {
        return "/posts/" + slug + "/";
    }

    static void assertHtml(HttpResponse<?> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.toLowerCase(java.util.Locale.ROOT).replace(" ", "").startsWith("text/html;charset=utf-8"),
                () -> "Content-Type was " + type + " for " + response.uri());
    }

    @Override
    public void close() {
        blog.stop();
    }
}
