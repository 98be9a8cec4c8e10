package blog.web;

import blog.Config;
import blog.content.Markdown;
import blog.content.ReadFailures;
import blog.search.LiveSearch;
import blog.search.SearchAnswer;
import blog.site.LiveSite;
import blog.site.Site;
import blog.site.TaxonomyKind;
import blog.site.Term;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.HandlerType;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.InternalRouter;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP face of the blog: every route in one block, each a few lines over the live site. */
public final class BlogServer {

    private static final Logger LOG = LoggerFactory.getLogger(BlogServer.class);
    // Posts may also live at any other path a permalink pattern gives (Hexo's /2025/04/21/title/), and
    // old paths (aliases) may be anywhere: those are found by the 404 handler, after files in public/.
    private static final List<String> PAGE_ROUTES = List.of(
            "/", "/page/<rest>", "/posts/<rest>", "/tags", "/tags/<rest>", "/categories", "/categories/<rest>",
            "/archives", "/index.xml", "/atom.xml", "/sitemap.xml", "/robots.txt");

    private final Config config;
    private final LiveSite live;
    private final LiveSearch search;
    private final SearchPages searchPages;
    private final PageResolver resolver;
    private final PageRenderer renderer;
    private final PageCache cache = new PageCache();
    private final Assets assets = new Assets();
    private final PublicImageSizes imageSizes;
    private final LiveReload liveReload = new LiveReload();
    private final ReadFailures failures;
    /** Javalin's routes, asked whether a route claims a path before a file may answer it; set by {@link #create()}. */
    private volatile InternalRouter routes;

    /** Creates the server for a live site and its search; nothing listens until {@link #start()}. */
    public BlogServer(Config config, LiveSite live, LiveSearch search, Markdown markdown) {
        this(config, live, search, markdown, new ReadFailures());
    }

    /**
     * As {@link #BlogServer(Config, LiveSite, LiveSearch, Markdown)}; {@code failures} counts the
     * bodies the post reader could not read, and a page rendered while it grew is not kept.
     */
    public BlogServer(Config config, LiveSite live, LiveSearch search, Markdown markdown, ReadFailures failures) {
        this.failures = failures;
        this.config = config;
        this.live = live;
        this.search = search;
        this.resolver = new PageResolver(config.pageSize(), config.permalinks());
        this.imageSizes = new PublicImageSizes(config.publicDir());
        ViewFactory views = new ViewFactory(config, assets.css().path(), assets.icon().path(), imageSizes);
        this.renderer = new PageRenderer(config, new Templates(config.watch() ? config.templatesDir() : null), markdown,
                imageSizes, views,
                // Pages are rendered just after a swap (the caches are emptied with it), so the
                // current version is the one the page shows.
                () -> config.watch() ? liveReload.stamp(live.current().version()) : "");
        this.searchPages = new SearchPages(views);
    }

    /** Builds the Javalin app with all routes. */
    public Javalin create() {
        // Jetty-level: security headers, limits and timeouts, 405s, Jetty's own errors, the access log.
        ServerTuning tuning = new ServerTuning(status -> errorResponse(status).body(), new AccessLog(),
                new SecurityHeaders(config.cspExtra()));
        Javalin app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jetty.modifyServer(tuning::server);
            // Files of public/ and page bundles, streamed by Jetty (FileHandler); inside the cache
            // handler, which has moved the request to a pool thread by then.
            javalin.jetty.modifyServer(server -> server.insertHandler(new FileHandler(this::file)));
            javalin.jetty.modifyServer(server -> server.insertHandler(new CachedPageHandler(
                    raw -> cache.byRequestPath(live.current().version(), raw))));
            if (config.baseUrl().startsWith("https://")) {
                // Outermost: plain-HTTP readers are sent to HTTPS before anything else answers.
                javalin.jetty.modifyServer(server -> server.insertHandler(new HttpsRedirect(config.baseUrl())));
            }
            // Every route runs guarded: any Throwable, Errors included, answers the site's 500 page.
            javalin.router.handlerWrapper(endpoint -> guarded(endpoint.handler));
            javalin.jetty.modifyHttpConfiguration(tuning::http);
            javalin.jetty.addConnector((server, http) -> ServerTuning.connector(server, http, config.port()));
            javalin.events.serverStarting(tuning::connectors);
            javalin.events.serverStarted(tuning::started);
            // Responses are compressed once, when cached (CachedResponse), never per request.
            javalin.http.compressionStrategy = CompressionStrategy.NONE;
            if (!Files.isDirectory(config.publicDir())) {
                LOG.warn("{} is not a folder: no images or other files will be served", config.publicDir());
            }
            for (String route : PAGE_ROUTES) {
                javalin.routes.get(route, this::page);
                javalin.routes.head(route, this::page);
            }
            for (Assets.Asset asset : assets.all()) {
                javalin.routes.get(asset.path(), ctx -> serve(ctx, asset));
                javalin.routes.head(asset.path(), ctx -> serve(ctx, asset));
            }
            if (!Files.exists(config.publicDir().resolve("favicon.ico"))) {
                // Browsers ask for /favicon.ico whatever the page says; answer with the theme's icon.
                javalin.routes.get("/favicon.ico", ctx -> serve(ctx, assets.icon()));
            }
            javalin.routes.get("/search", this::search);
            javalin.routes.head("/search", this::search);
            if (config.watch()) {
                javalin.routes.get(LiveReload.SCRIPT_PATH, ctx -> serve(ctx, assets.watchScript()));
                javalin.routes.sse(LiveReload.EVENTS_PATH, client -> liveReload.connect(client, live.current().version()));
            }
            javalin.routes.get("/healthz", BlogServer::health);
            javalin.routes.head("/healthz", BlogServer::health);
            javalin.routes.error(404, guarded(this::notFound));
            javalin.routes.error(400, guarded(ctx -> errorPage(ctx, HttpStatus.BAD_REQUEST)));
            javalin.routes.exception(Exception.class, (e, ctx) -> failed(ctx, e));
        });
        this.routes = app.unsafe.internalRouter;
        return app;
    }

    /**
     * The file a GET of a path answers with, in the order Javalin has always given them: a route's
     * page first, then a file in public/, then a page bundle's file (which the 404 handler used to find).
     */
    private Optional<ServedFile> file(String raw, String path) {
        boolean routed = routes == null || routes.hasHttpHandlerEntry(HandlerType.GET, raw);
        Optional<ServedFile> file = routed ? Optional.empty() : FileLookup.inPublic(config.publicDir(), path);
        if (file.isPresent()) {
            return file;
        }
        return resolver.resolve(live.current(), path)
                .flatMap(ref -> ref instanceof PageRef.BundleFile bundle ? Optional.of(bundle.file()) : Optional.empty());
    }

    /**
     * Watch mode, after the site was replaced: forgets rendered pages, bodies and image sizes (a
     * template or an image may have changed with the same site version) and refreshes open pages.
     */
    public void siteChanged() {
        cache.clear();
        renderer.forgetBodies();
        imageSizes.forget();
        liveReload.changed(live.current().version());
    }

    /** Ends the watch-mode event streams, which would otherwise hold a graceful stop for its whole timeout. */
    public void closeEventStreams() {
        liveReload.close();
    }

    /**
     * Renders a home page and the 404 page once, without caching them, so that loading and first use
     * of Thymeleaf, the templates and the gzip and digest code happen now, while posts are still
     * being read, rather than in the first reader's request.
     */
    public void warmUp() {
        Site site = live.current();
        CachedResponse.of(renderer.render(site, new PageRef.Home(1)), PageRef.HTML, Optional.empty());
        renderer.notFound();
    }

    /**
     * Renders into the cache the pages readers ask for first after a deploy: the home page, the
     * newest post, and the tag and category lists that every page links to. Then renders a tag
     * page and a category page once without caching them, so that their templates
     * are parsed and their code has run before a reader asks for one. Start-up does it while the
     * server starts listening; a request that comes meanwhile waits for the same rendering rather
     * than doing it again.
     */
    public void prerenderFirstPages() {
        Site site = live.current();
        rendered(site, new PageRef.Home(1), failures.count());
        if (!site.posts().isEmpty()) {
            rendered(site, new PageRef.Article(site.posts().get(0)), failures.count());
        }
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            rendered(site, new PageRef.Terms(kind), failures.count());
            List<Term> terms = site.taxonomy(kind).terms();
            if (!terms.isEmpty()) {
                // The least used term: its page is the cheapest of its kind to render.
                renderer.render(site, new PageRef.TermPosts(terms.get(terms.size() - 1), 1));
            }
        }
    }

    private void page(Context ctx) {
        if (!answer(ctx)) {
            throw new NotFoundResponse();
        }
    }

    /** Answers with the page the path names, or a redirect to it; false if it names none. */
    private boolean answer(Context ctx) {
        Site site = live.current();
        String raw = ctx.path();
        // Fast path: a request spelled as a page already served answers from the cache without
        // decoding or resolving its path again.
        CachedResponse known = cache.byRequestPath(site.version(), raw);
        if (known != null) {
            HttpCaching.send(ctx, HttpStatus.OK, known, HttpCaching.PAGES);
            return true;
        }
        String path;
        try {
            path = UrlPaths.decode(raw);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
        Optional<PageRef> found = resolver.resolve(site, path);
        if (found.isEmpty()) {
            return false;
        }
        PageRef ref = found.get();
        if (ref instanceof PageRef.BundleFile) {
            // Served by FileHandler before Javalin; here only if it vanished in between.
            return false;
        }
        if (!path.equals(ref.path())) {
            // Set by hand: Javalin's redirect() needs a matched route, and the 404 handler has none.
            ctx.status(HttpStatus.MOVED_PERMANENTLY).header("Location", UrlPaths.encode(ref.path()));
            return true;
        }
        long failuresBefore = failures.count();
        CachedResponse page = rendered(site, ref, failuresBefore);
        // A page showing a stand-in for a body that could not be read was not kept: it is asked again next time.
        boolean kept = failures.count() == failuresBefore;
        if (kept) {
            cache.rememberRequestPath(site.version(), raw, page);
        }
        HttpCaching.send(ctx, HttpStatus.OK, page, kept ? HttpCaching.PAGES : "no-store");
        return true;
    }

    /**
     * Returns the page from the cache, rendering it first if this site version has not served it
     * yet. A page rendered while a post body could not be read (the count of read failures grew
     * past {@code failuresBefore}) shows a stand-in and is not kept.
     */
    private CachedResponse rendered(Site site, PageRef ref, long failuresBefore) {
        return cache.get(site.version(), ref.path(), () -> render(site, ref), () -> failures.count() == failuresBefore);
    }

    private CachedResponse render(Site site, PageRef ref) {
        return CachedResponse.of(renderer.render(site, ref), ref.contentType(), LastModified.of(site, ref));
    }

    /**
     * A search, rendered for each request and never put in the page cache, which arbitrary
     * queries would fill. Browsers and CDNs may keep a result page a minute; search engines are
     * asked not to index it (the page says noindex too).
     */
    private void search(Context ctx) {
        int number;
        try {
            number = SearchPages.pageNumber(ctx.queryParam("page"));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
        SearchAnswer answer = search.search(live.current(), ctx.queryParam("q"), number, config.pageSize());
        SearchPages.Page page = searchPages.of(answer, config.pageSize());
        if (page == null) {
            throw new NotFoundResponse();
        }
        ctx.header("X-Robots-Tag", "noindex");
        if (page.retryAfter() > 0) {
            ctx.header("Retry-After", String.valueOf(page.retryAfter()));
        }
        CachedResponse response = CachedResponse.of(renderer.search(page), PageRef.HTML, Optional.empty());
        // Only an answer may be kept: a busy or failed search says nothing about the query.
        HttpCaching.send(ctx, page.status(), response, page.status() == HttpStatus.OK ? "public, max-age=60" : "no-store");
    }

    private void notFound(Context ctx) {
        try {
            if (answer(ctx)) {
                return;
            }
        } catch (BadRequestResponse e) {
            // not a path of this site: the 404 below
        }
        CachedResponse response = cache.get(live.current().version(), " 404",
                () -> CachedResponse.of(renderer.notFound(), PageRef.HTML, Optional.empty()));
        HttpCaching.send(ctx, HttpStatus.NOT_FOUND, response, "public, max-age=60");
    }

    /** For the platform's health checks: answers as long as the server takes requests. */
    private static void health(Context ctx) {
        ctx.header("Cache-Control", "no-store").contentType("text/plain;charset=utf-8").result("ok\n");
    }

    /** The site's page for an error status, rendered once per site version. */
    private CachedResponse errorResponse(int status) {
        return cache.get(live.current().version(), " " + status,
                () -> CachedResponse.of(renderer.error(status), PageRef.HTML, Optional.empty()));
    }

    /**
     * Wraps a handler so that whatever it throws, {@code StackOverflowError} and other Errors
     * included, answers the site's 500 page; Javalin's own responses (404, 400) pass through.
     */
    private Handler guarded(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (HttpResponseException e) {
                throw e;
            } catch (Throwable e) {
                failed(ctx, e);
            }
        };
    }

    /** Answers a request that failed with the site's 500 page; the cause goes to the log, never to the reader. */
    private void failed(Context ctx, Throwable failure) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), failure);
        errorPage(ctx, HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private void errorPage(Context ctx, HttpStatus status) {
        try {
            HttpCaching.send(ctx, status, errorResponse(status.getCode()), "no-store");
        } catch (RuntimeException | Error e) {
            LOG.error("the {} page could not be rendered", status.getCode(), e);
            ctx.status(status).contentType("text/plain;charset=utf-8").result(status.getCode() + " " + status.getMessage());
        }
    }

    private void serve(Context ctx, Assets.Asset asset) {
        boolean hashed = ctx.path().equals(asset.path());
        HttpCaching.send(ctx, HttpStatus.OK, asset.response(), hashed ? HttpCaching.IMMUTABLE : HttpCaching.PAGES);
    }
}
