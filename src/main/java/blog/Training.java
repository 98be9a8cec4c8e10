package blog;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code train} command: starts the blog on its posts on a free port, asks for every kind of
 * page a reader asks for (home, posts, tag and category pages, archives, feeds, a search, a 404,
 * compressed and conditional requests), then stops. It exists for the JVM's class-data archive:
 * run as {@code java -XX:ArchiveClassesAtExit=target/blog.jsa -jar target/blog.jar train}, the
 * build records every class the blog loads, and a start with
 * {@code -XX:SharedArchiveFile=target/blog.jsa} maps them in instead of loading, verifying and
 * linking them again (see docs/deploying.md and BENCHMARKS.md).
 */
final class Training {

    /** Pages found by following links from the home page; enough to meet every template. */
    static final int MAX_PAGES = 60;

    /** How long to wait for the first search index before asking anyway. */
    static final Duration SEARCH_WAIT = Duration.ofSeconds(60);

    private static final Pattern LOCAL_LINK = Pattern.compile("href=\"(/[^\"#?]*)\"");

    private final Config config;
    private final PrintStream out;

    Training(Config config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    /** What the training asked for, and how many answers were server errors (or no answer). */
    record Result(int requests, List<String> pages, int serverErrors) {
    }

    /**
     * Runs the training and prints what it did; server errors are printed too, but do not fail it:
     * the archive is still good, and the build should not stop for one broken page.
     */
    Result run() {
        Blog blog = Blog.create(config.withPort(0), Clock.systemUTC()).start();
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + blog.port();
            Visits visits = new Visits(client, base);
            crawl(visits);
            visits.get("/no-such-page/", false, null);
            visits.get("/", true, null);
            visits.get("/", false, "*");
            awaitSearch(visits);
            out.printf("blog train: %d requests, %d pages, %d server errors%n", visits.requests, visits.pages.size(),
                    visits.failures);
            return new Result(visits.requests, List.copyOf(visits.pages), visits.failures);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training", e);
        } finally {
            blog.stop();
        }
    }

    /** Follows local links breadth-first from the home page, up to {@link #MAX_PAGES} pages. */
    private static void crawl(Visits visits) throws InterruptedException {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add("/");
        seen.add("/");
        while (!queue.isEmpty() && visits.pages.size() < MAX_PAGES) {
            String html = visits.get(queue.poll(), false, null);
            Matcher link = LOCAL_LINK.matcher(html);
            while (link.find()) {
                if (seen.add(link.group(1))) {
                    queue.add(link.group(1));
                }
            }
        }
    }

    /** Asks for a search once the index is built (its first build runs in the background). */
    private static void awaitSearch(Visits visits) throws InterruptedException {
        long deadline = System.nanoTime() + SEARCH_WAIT.toNanos();
        while (visits.status("/search?q=AI") == 503 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        visits.get("/search?q=" + java.net.URLEncoder.encode("人工智慧 模型", StandardCharsets.UTF_8), false, null);
    }

    /** The requests made: the HTML pages that answered 200, and the count of server errors. */
    private final class Visits {
        private final HttpClient client;
        private final String base;
        final List<String> pages = new ArrayList<>();
        int requests;
        int failures;

        Visits(HttpClient client, String base) {
            this.client = client;
            this.base = base;
        }

        /** GETs {@code path}, gzip-compressed or conditional if asked; returns the body ("" if not HTML). */
        String get(String path, boolean gzip, String ifNoneMatch) throws InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            if (gzip) {
                request.header("Accept-Encoding", "gzip");
            }
            if (ifNoneMatch != null) {
                request.header("If-None-Match", ifNoneMatch);
            }
            requests++;
            try {
                HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() >= 500) {
                    failures++;
                    out.printf("blog train: %s answered %d%n", path, response.statusCode());
                }
                boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
                if (response.statusCode() == 200 && html && !gzip) {
                    pages.add(path);
                    return new String(response.body(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                failures++;
                out.printf("blog train: %s failed: %s%n", path, e);
            }
            return "";
        }

        int status(String path) throws InterruptedException {
            requests++;
            try {
                return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                return 0;
            }
        }
    }
}
