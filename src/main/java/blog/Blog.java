package blog;

import blog.content.LoadResult;
import blog.content.Markdown;
import blog.content.PostLoader;
import blog.content.PostReader;
import blog.content.Problem;
import blog.content.ReadFailures;
import blog.content.Shortcodes;
import blog.search.LiveSearch;
import blog.site.LiveSite;
import blog.site.Site;
import blog.web.BlogServer;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The composition root: loads the posts once, builds the shared objects and serves them. */
public final class Blog {

    private static final Logger LOG = LoggerFactory.getLogger(Blog.class);

    private final Config config;
    private final LoadResult loaded;
    private final Javalin app;
    private final BlogServer server;
    private final Optional<Watch> watch;
    private final LiveSearch search;
    private final CompletableFuture<Void> firstPages;

    private Blog(Config config, LoadResult loaded, Prepared prepared, Optional<Watch> watch, LiveSearch search,
            CompletableFuture<Void> firstPages) {
        this.config = config;
        this.loaded = loaded;
        this.app = prepared.app();
        this.server = prepared.server();
        this.watch = watch;
        this.search = search;
        this.firstPages = firstPages;
    }

    /**
     * Loads the posts of {@code config} and prepares the server; each content problem is logged once.
     * The server is prepared on another thread while the posts are read (see {@link #prepareServer});
     * it listens only once every post is in the site, after {@link #start()}.
     */
    public static Blog create(Config requested, Clock clock) {
        // With PORT=0 the port is chosen now, so that absolute links already name the real one.
        Config config = requested.port() == 0 ? requested.withPort(freePort()) : requested;
        long started = System.nanoTime();
        Markdown markdown = new Markdown(Shortcodes.withTemplates(config.shortcodesDir()));
        ReadFailures failures = new ReadFailures();
        PostLoader loader = new PostLoader(new PostReader(markdown, config.timezone(), false, config.permalinks(),
                failures));
        // Empty until the posts are read; nothing is served before then.
        LiveSite live = new LiveSite(List.of(), clock, new Site.Preview(config.drafts(), config.future()));
        // The search index is built in the background each time the site is swapped; the first one
        // waits until the server listens and the first pages are rendered (see start()), since it
        // would take the cores start-up needs.
        LiveSearch search = LiveSearch.heldUntilAllowed(live, markdown);
        ExecutorService setup = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "server-setup");
            thread.setDaemon(true);
            return thread;
        });
        Future<Prepared> preparing = prepareServer(setup, config, live, search, markdown, failures);
        LoadResult loaded = loader.load(config.postsDir());
        for (Problem problem : loaded.problems()) {
            if (problem.isError()) {
                LOG.error(problem.file().equals(config.postsDir()) ? "{}" : "{} (post skipped)", problem);
            } else {
                LOG.warn("{}", problem);
            }
        }
        live.replace(loaded.posts());
        LOG.info("{} posts read and indexed in {} ms", loaded.posts().size(), (System.nanoTime() - started) / 1_000_000);
        Prepared prepared = join(preparing);
        // The first pages are rendered while the caller starts the server.
        CompletableFuture<Void> firstPages = CompletableFuture.runAsync(
                () -> quietly("rendering the first pages", prepared.server()::prerenderFirstPages), setup);
        setup.shutdown();
        Optional<Watch> watch = config.watch()
                ? Optional.of(new Watch(config.postsDir(), List.of(config.templatesDir(), config.shortcodesDir(),
                        config.publicDir()), loader, live, loaded, prepared.server()::siteChanged))
                : Optional.empty();
        return new Blog(config, loaded, prepared, watch, search, firstPages);
    }

    /** The server and its Javalin app, ready to start. */
    private record Prepared(BlogServer server, Javalin app) {
    }

    /**
     * Builds the server and its Javalin app on the {@code setup} thread, then warms its templates up
     * there: loading the classes of Javalin, Jetty and Thymeleaf and parsing the templates take about
     * a second of one core, which overlaps with reading posts (a single-threaded file walk, then
     * waits for the disk). The returned future is done once the app is built.
     */
    private static Future<Prepared> prepareServer(ExecutorService setup, Config config, LiveSite live,
            LiveSearch search, Markdown markdown, ReadFailures failures) {
        CompletableFuture<Prepared> built = new CompletableFuture<>();
        setup.execute(() -> {
            Prepared prepared;
            try {
                BlogServer server = new BlogServer(config, live, search, markdown, failures);
                prepared = new Prepared(server, server.create());
            } catch (RuntimeException | Error e) {
                built.completeExceptionally(e);
                return;
            }
            built.complete(prepared);
            quietly("warming the templates up", prepared.server()::warmUp);
        });
        return built;
    }

    /** Runs a head start on work a request would otherwise do; if it fails, that request reports it. */
    private static void quietly(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warn("{} failed: {}", what, e.toString());
        }
    }

    private static Prepared join(Future<Prepared> built) {
        try {
            return built.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the server was being prepared", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Starts listening on the configured port (0 picks a free one). */
    public Blog start() {
        app.start(config.port());
        firstPages.whenComplete((done, failure) -> search.allowBuilds());
        watch.ifPresent(Watch::start);
        LOG.info("serving {} on port {}", config.postsDir(), port());
        return this;
    }

    /** Returns the port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Returns what loading found: the posts and the problems. */
    public LoadResult loaded() {
        return loaded;
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("no free port to listen on", e);
        }
    }

    /**
     * Stops the server gracefully: it stops accepting connections, lets requests in flight finish
     * (for at most {@code ServerTuning.STOP_TIMEOUT}, 8 s) and closes the port.
     */
    public void stop() {
        long started = System.nanoTime();
        watch.ifPresent(Watch::close);
        server.closeEventStreams();
        try {
            app.stop();
        } catch (io.javalin.util.JavalinException e) {
            // Jetty still stops when the graceful wait runs out; it only reports the connections it cut.
            LOG.warn("requests still in flight after the stop timeout were cut off: {}", e.getMessage());
        }
        LOG.info("stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
