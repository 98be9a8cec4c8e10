package blog.web;

import blog.Config;
import blog.content.ImageSizes;
import blog.content.Markdown;
import blog.content.Post;
import blog.content.RenderedBody;
import blog.site.PageSlice;
import blog.site.Site;
import blog.site.Term;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Renders each kind of page, feed and file with its template; HTML pages share one layout. */
final class PageRenderer {

    /** How many of the newest posts a feed carries, each in full. */
    static final int FEED_SIZE = 20;

    /** The most memory rendered post bodies may take; they are shared by post pages and feeds. */
    static final long BODY_CACHE_BYTES = 32L * 1024 * 1024;

    private final Config config;
    private final Templates templates;
    private final Markdown markdown;
    private final ImageSizes imageSizes;
    private final ViewFactory views;
    private final Supplier<String> siteStamp;
    // Keyed by the Post object itself (identity): a reloaded post is a new object, so a stale body is never served.
    private final Cache<Post, RenderedBody> bodies = Caffeine.newBuilder()
            .weakKeys()
            .maximumWeight(BODY_CACHE_BYTES)
            .weigher((Post post, RenderedBody body) -> 2 * body.html().length() + 64)
            .build();

    PageRenderer(Config config, Templates templates, Markdown markdown, ImageSizes imageSizes, ViewFactory views) {
        this(config, templates, markdown, imageSizes, views, () -> "");
    }

    /** As above; {@code siteStamp} names the site a page shows, for watch mode's refresh script. */
    PageRenderer(Config config, Templates templates, Markdown markdown, ImageSizes imageSizes, ViewFactory views,
            Supplier<String> siteStamp) {
        this.siteStamp = siteStamp;
        this.config = config;
        this.templates = templates;
        this.markdown = markdown;
        this.imageSizes = imageSizes;
        this.views = views;
    }

    String render(Site site, PageRef ref) {
        if (ref instanceof PageRef.Home home) {
            return home(site, home);
        }
        if (ref instanceof PageRef.Article article) {
            return article(site, article.post());
        }
        if (ref instanceof PageRef.Terms terms) {
            Views.TermIndex index = views.termIndex(site.taxonomy(terms.kind()));
            return page("terms", views.layout(index.heading(), "", ref.path(), List.of(), null), Map.of("index", index));
        }
        if (ref instanceof PageRef.TermPosts termPosts) {
            return termPosts(termPosts);
        }
        if (ref instanceof PageRef.Archives) {
            Views.Archive archive = views.archive(site.posts());
            return page("archives", views.layout("文章彙整", "", ref.path(), List.of(), null), Map.of("archive", archive));
        }
        if (ref instanceof PageRef.Rss rss) {
            return rss(site, rss);
        }
        if (ref instanceof PageRef.Atom) {
            Views.Feed feed = views.feed(config.title(), config.description(), "/", "/atom.xml",
                    newest(site.posts()), this::body);
            return XmlDocuments.atom(feed);
        }
        if (ref instanceof PageRef.Sitemap) {
            return XmlDocuments.sitemap(Sitemap.entries(site, views));
        }
        return robots();
    }

    String notFound() {
        return page("error", views.layout("找不到頁面", "", "", List.of(), null), Map.of(
                "heading", "找不到這個頁面",
                "message", "網址可能打錯了，或文章已經移除。可以回到首頁，或從標籤與分類找找看。"));
    }

    /**
     * Renders the error page for an HTTP status in the site's layout: a heading and a sentence for
     * the reader, never details of the failure.
     */
    String error(int status) {
        if (status == 404) {
            return notFound();
        }
        String title;
        String heading;
        String message;
        switch (status) {
            case 400 -> {
                title = "錯誤的請求";
                heading = "無法讀取這個網址";
                message = "網址的格式有誤（例如不完整的百分比編碼或不允許的字元）。請檢查網址，或回到首頁。";
            }
            case 405 -> {
                title = "不支援的請求方法";
                heading = "不支援這個請求方法";
                message = "這個網站只供閱讀：每個頁面只接受 GET 與 HEAD 請求。";
            }
            case 414, 431 -> {
                title = "請求過長";
                heading = "請求太長了";
                message = "網址或請求標頭超過伺服器接受的長度。";
            }
            default -> {
                if (status >= 500) {
                    title = "伺服器錯誤";
                    heading = "伺服器發生錯誤";
                    message = "伺服器發生錯誤，請稍後再試。";
                } else {
                    title = "無法處理這個請求";
                    heading = "無法處理這個請求";
                    message = "伺服器無法處理這個請求（狀態碼 " + status + "）。";
                }
            }
        }
        return page("error", views.layout(title, "", "", List.of(), null), Map.of("heading", heading,
                "message", message));
    }

    /** Forgets every rendered body: shortcode templates may have changed (watch mode). */
    void forgetBodies() {
        bodies.invalidateAll();
    }

    /** Renders a search page; never cached (see {@link BlogServer}). */
    String search(SearchPages.Page page) {
        Views.Layout layout = views.layout(page.title(), "", "", List.of(), null).forSearch(page.query());
        return page("search", layout, Map.of("search", page.view()));
    }

    /**
     * Returns a post's rendered body, from the cache when it has been rendered before. A provisional
     * one (the file could not be read just then) is not kept, so the next page asks the file again.
     */
    RenderedBody body(Post post) {
        boolean coverAbove = !post.coverInBody() && !post.cover().isEmpty();
        return KeptIf.get(bodies, post, p -> p.body().render(markdown, imageSizes, !coverAbove),
                made -> !made.provisional());
    }

    private String home(Site site, PageRef.Home home) {
        PageSlice<Post> slice = PageSlice.of(site.posts(), home.page(), config.pageSize()).orElseThrow();
        Views.Listing listing = views.listing("最新文章", "", slice, n -> new PageRef.Home(n).path());
        String title = home.page() == 1 ? "" : "第 " + home.page() + " 頁";
        return page("list", views.layout(title, "", home.path(), List.of(), home.page() == 1 ? views.websiteLd() : null),
                Map.of("listing", listing));
    }

    private String article(Site site, Post post) {
        Views.Article article = views.article(post, body(post), site.newer(post).orElse(null),
                site.older(post).orElse(null), site.related(post));
        return page("post", views.articleLayout(post), Map.of("article", article));
    }

    private String termPosts(PageRef.TermPosts ref) {
        Term term = ref.term();
        PageSlice<Post> slice = PageSlice.of(term.posts(), ref.page(), config.pageSize()).orElseThrow();
        String heading = term.kind().label() + "：" + term.name();
        Views.Listing listing = views.listing(heading, "共 " + term.posts().size() + " 篇文章", slice,
                n -> new PageRef.TermPosts(term, n).path());
        String title = heading + (ref.page() == 1 ? "" : "（第 " + ref.page() + " 頁）");
        Views.FeedLink feed = new Views.FeedLink(heading + " RSS", views.absolute(new PageRef.Rss(term).path()),
                "application/rss+xml");
        return page("list", views.layout(title, heading + "的文章，共 " + term.posts().size() + " 篇。", ref.path(),
                List.of(feed), null), Map.of("listing", listing));
    }

    private String rss(Site site, PageRef.Rss rss) {
        Term term = rss.term();
        String title = term == null ? config.title() : term.kind().label() + "：" + term.name() + " | " + config.title();
        String pagePath = term == null ? "/" : term.path();
        List<Post> posts = term == null ? site.posts() : term.posts();
        Views.Feed feed = views.feed(title, config.description(), pagePath, rss.path(), newest(posts), this::body);
        return XmlDocuments.rss(feed);
    }

    private String robots() {
        if (config.drafts() || config.future()) {
            return "# A preview of drafts or future posts: keep it out of search engines.\nUser-agent: *\nDisallow: /\n";
        }
        return "User-agent: *\nAllow: /\n\nSitemap: " + views.absolute("/sitemap.xml") + "\n";
    }

    private static List<Post> newest(List<Post> posts) {
        return posts.subList(0, Math.min(FEED_SIZE, posts.size()));
    }

    private String page(String template, Views.Layout layout, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("layout", layout);
        // Watch mode only: the script that refreshes the page when the site changes.
        all.put("watchScript", config.watch() ? LiveReload.SCRIPT_PATH : "");
        all.put("watchSite", siteStamp.get());
        return templates.render(template, all);
    }
}
