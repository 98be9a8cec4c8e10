package blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blog.web.UrlPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * URL parity with the old engines, on the corpora in ../shared/corpus (skipped without them).
 * Hugo: Debian's {@code hugo} builds a corpus with minimal layouts (src/test/resources/hugo), and
 * every post, term, list, feed and alias page it wrote must answer here, on the same posts with the
 * matching BLOG_PERMALINK: 200, or 301 to the same content (skipped without hugo). Hexo: every
 * post of the Hexo corpus answers at the URL Hexo's default permalink gives it, worked out here
 * from the file's path and the date as written.
 */
class UrlParityTest {

    private static final String HUGO_BASE = "http://parity.test";
    private static final Pattern REFRESH = Pattern.compile("http-equiv=\"refresh\" content=\"0; url=([^\"]+)\"");

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One URL Hugo wrote; {@code aliasOf} is the page an alias page sends readers to. */
    private record HugoUrl(String path, Optional<String> aliasOf) {
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ouuan-blog, post, /post/:filename/", "sofastack-blog, blog, /blog/:filename/"})
    void everyUrlHugoMakesAnswersHere(String corpus, String section, String permalink) throws Exception {
        Path posts = Corpora.require(corpus).resolve("posts");
        Assumptions.assumeTrue(hugoInstalled(), "Debian's hugo is not installed (apt-get install hugo); skipping");
        List<HugoUrl> urls = hugoUrls(build(corpus, section, posts));
        assertTrue(urls.size() > 100, "hugo made only " + urls);

        Blog blog = start(posts, Map.of("BLOG_PERMALINK", permalink));
        List<String> failures = new ArrayList<>();
        try {
            for (HugoUrl url : urls) {
                check(blog.port(), url).ifPresent(failures::add);
            }
        } finally {
            blog.stop();
        }
        assertNoFailures(failures, urls.size(), "URLs that hugo made");
    }

    @org.junit.jupiter.api.Test
    void everyHexoPostAnswersAtHexosDefaultPermalink() throws Exception {
        Path posts = Corpora.require("tigercosmos-blog").resolve("posts");
        Blog blog = start(posts, Map.of("BLOG_PERMALINK", "/:year/:month/:day/:title/", "BLOG_PERMALINK_STYLE", "hexo"));
        List<String> failures = new ArrayList<>();
        List<String> expected = hexoDefaultUrls(posts);
        try {
            for (String path : expected) {
                int status = get(blog.port(), path).statusCode();
                if (status != 200) {
                    failures.add(path + " answered " + status);
                }
            }
        } finally {
            blog.stop();
        }
        assertEquals(242, expected.size());
        assertNoFailures(failures, expected.size(), "Hexo URLs");
    }

    /** Hexo's /:year/:month/:day/:title/: the date as written (Hexo's are in the site's zone), the path under _posts. */
    private static List<String> hexoDefaultUrls(Path posts) throws IOException {
        Pattern date = Pattern.compile("(?m)^date:\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})");
        List<String> urls = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(posts)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = date.matcher(Files.readString(file));
                assertTrue(m.find(), file + " has no date line");
                String title = posts.relativize(file).toString().replace('\\', '/').replaceAll("\\.md$", "");
                urls.add(String.format("/%s/%02d/%02d/%s/", m.group(1), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), title));
            }
        }
        return urls;
    }

    private Blog start(Path posts, Map<String, String> settings) throws IOException {
        Map<String, String> env = new HashMap<>(settings);
        env.put("PORT", "0");
        env.put("BLOG_POSTS_DIR", posts.toString());
        env.put("BLOG_PUBLIC_DIR", Files.createDirectories(work.resolve("empty-public")).toString());
        env.put("BLOG_PAGE_SIZE", "10");
        env.put("BLOG_TIMEZONE", "Asia/Taipei");
        return Blog.create(Config.load(env), Clock.systemUTC()).start();
    }

    private static void assertNoFailures(List<String> failures, int total, String what) {
        assertEquals(List.of(), failures.subList(0, Math.min(40, failures.size())),
                failures.size() + " of " + total + " " + what + " do not answer here");
    }

    /** Returns why a URL fails here, or empty when it answers as it should. */
    private Optional<String> check(int port, HugoUrl url) {
        HttpResponse<Void> response = get(port, url.path());
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").map(UrlPaths::decode).orElse("");
        if (url.aliasOf().isPresent()) {
            // To the page hugo's alias names, or to where that page itself redirects (/post/page/1/ -> /post/ -> /).
            String target = url.aliasOf().get();
            boolean sameTarget = status == 301 && (location.equals(target) || get(port, target).headers()
                    .firstValue("Location").map(UrlPaths::decode).orElse("").equals(location));
            return sameTarget ? Optional.empty() : Optional.of(url.path() + " (alias of " + target + ") answered "
                    + status + " " + location);
        }
        if (status == 200) {
            return Optional.empty();
        }
        // A list that another page holds whole (Hugo's section list is the home page's list).
        if (status == 301 && get(port, location).statusCode() == 200) {
            return Optional.empty();
        }
        return Optional.of(url.path() + " answered " + status + " " + location);
    }

    private HttpResponse<Void> get(int port, String decodedPath) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + UrlPaths.encode(decodedPath)))
                .timeout(Duration.ofSeconds(20)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean hugoInstalled() {
        try {
            Process process = new ProcessBuilder("hugo", "version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Lays out a Hugo site (config, layouts, the posts as content/SECTION/) and builds it; returns its output folder. */
    private Path build(String corpus, String section, Path posts) throws Exception {
        Path site = work.resolve("site");
        Path resources = Path.of(UrlParityTest.class.getResource("/hugo").toURI());
        copyTree(resources.resolve("layouts"), site.resolve("layouts"));
        Files.copy(resources.resolve(corpus + ".toml"), site.resolve("config.toml"));
        copyTree(posts, site.resolve("content").resolve(section));
        Path output = work.resolve("public");
        Process hugo = new ProcessBuilder("hugo", "--quiet", "-s", site.toString(), "-d", output.toString())
                .redirectErrorStream(true).start();
        String log = new String(hugo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(hugo.waitFor(5, TimeUnit.MINUTES), "hugo took too long");
        assertEquals(0, hugo.exitValue(), "hugo failed:\n" + log);
        return output;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Every page (index.html), feed (index.xml) and the sitemap hugo wrote, as decoded paths. */
    private static List<HugoUrl> hugoUrls(Path output) throws IOException {
        List<HugoUrl> urls = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                String folder = output.relativize(file.getParent()).toString().replace('\\', '/');
                String dir = folder.isEmpty() ? "/" : "/" + folder + "/";
                if (name.equals("index.html")) {
                    Matcher refresh = REFRESH.matcher(Files.readString(file));
                    urls.add(new HugoUrl(dir, refresh.find()
                            ? Optional.of(UrlPaths.decode(refresh.group(1).substring(HUGO_BASE.length())))
                            : Optional.empty()));
                } else if (name.equals("index.xml") || name.equals("sitemap.xml")) {
                    urls.add(new HugoUrl(dir + name, Optional.empty()));
                }
            }
        }
        return urls;
    }
}
