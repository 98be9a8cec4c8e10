package blog.web;

import blog.Config;
import blog.content.ImageSizes;
import blog.content.Post;
import blog.content.RenderedBody;
import blog.site.PageSlice;
import blog.site.Taxonomy;
import blog.site.Term;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Turns site objects into {@link Views}: dates formatted in the site's time zone, URLs encoded. */
final class ViewFactory {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.TAIWAN);
    /** RFC 3339 with seconds always written (Atom requires them), in the date's own offset. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss xx",
            Locale.ENGLISH);

    private final Config config;
    private final String cssPath;
    private final String iconPath;
    private final ImageSizes imageSizes;

    ViewFactory(Config config, String cssPath, String iconPath, ImageSizes imageSizes) {
        this.config = config;
        this.cssPath = cssPath;
        this.iconPath = iconPath;
        this.imageSizes = imageSizes;
    }

    /** Returns the layout of an ordinary page at {@code path}; an empty path means it has no canonical URL. */
    Views.Layout layout(String pageTitle, String description, String path, List<Views.FeedLink> extraFeeds,
            Map<String, Object> jsonLd) {
        String canonical = path.isEmpty() ? "" : absolute(path);
        return new Views.Layout(config.title(), config.description(), cssPath, iconPath, fullTitle(pageTitle),
                pageTitle.isEmpty() ? config.title() : pageTitle,
                description.isEmpty() ? config.description() : description, canonical, "website", "", "", "",
                List.of(), feeds(extraFeeds), jsonLd, isPreview(), "");
    }

    /** Returns the layout of a post page, with its Open Graph article data and BlogPosting JSON-LD. */
    Views.Layout articleLayout(Post post) {
        String canonical = absolute(postPath(post));
        String image = post.image().isEmpty() ? "" : FeedContent.absolute(UrlPaths.encodeUrl(post.image()),
                config.baseUrl(), canonical);
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "BlogPosting");
        ld.put("headline", post.title());
        ld.put("description", post.summary());
        ld.put("datePublished", post.meta().date().format(ISO));
        ld.put("dateModified", post.meta().lastmod().format(ISO));
        ld.put("url", canonical);
        ld.put("mainEntityOfPage", object("WebPage", "@id", canonical));
        if (!image.isEmpty()) {
            ld.put("image", List.of(image));
        }
        if (!post.meta().tags().isEmpty()) {
            ld.put("keywords", String.join(", ", post.meta().tags()));
        }
        if (!post.meta().categories().isEmpty()) {
            ld.put("articleSection", post.meta().categories().get(0));
        }
        ld.put("inLanguage", "zh-Hant-TW");
        ld.put("author", object("Organization", "name", config.title(), "url", config.baseUrl() + "/"));
        ld.put("publisher", object("Organization", "name", config.title(), "url", config.baseUrl() + "/"));
        return new Views.Layout(config.title(), config.description(), cssPath, iconPath, fullTitle(post.title()),
                post.title(), post.summary().isEmpty() ? config.description() : post.summary(), canonical, "article",
                image, post.meta().date().format(ISO), post.meta().lastmod().format(ISO), post.meta().tags(),
                feeds(List.of()), ld, isPreview(), "");
    }

    /** A JSON-LD object in a fixed key order: pages must be byte-identical on every instance (see ETags). */
    private static Map<String, Object> object(String type, String... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("@type", type);
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            object.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /** Returns the WebSite JSON-LD of the home page. */
    Map<String, Object> websiteLd() {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "WebSite");
        ld.put("name", config.title());
        ld.put("description", config.description());
        ld.put("url", config.baseUrl() + "/");
        ld.put("inLanguage", "zh-Hant-TW");
        return ld;
    }

    Views.Card card(Post post) {
        String cover = UrlPaths.encodeUrl(post.cover());
        ImageSizes.Size size = imageSizes.sizeOf(post.cover()).orElse(new ImageSizes.Size(0, 0));
        return new Views.Card(post.title(), UrlPaths.encode(postPath(post)),
                post.meta().date().format(ISO), chineseDate(post.meta().date()), post.summary(),
                cover, size.width(), size.height(), post.readingMinutes(),
                links(post.meta().tags(), "tags"), links(post.meta().categories(), "categories"));
    }

    Views.Article article(Post post, RenderedBody body, Post newer, Post older, List<Post> related) {
        Views.Link source = post.meta().sourceUrl().isEmpty() ? null : new Views.Link(
                post.meta().sourceName().isEmpty() ? post.meta().sourceUrl() : post.meta().sourceName(),
                post.meta().sourceUrl());
        boolean updated = post.meta().lastmod().toInstant().isAfter(post.meta().date().toInstant());
        return new Views.Article(card(post), body.html(), toc(body.toc()),
                !post.coverInBody() && !post.cover().isEmpty(),
                updated ? post.meta().lastmod().format(ISO) : "",
                updated ? chineseDate(post.meta().lastmod()) : "",
                newer == null ? null : postLink(newer), older == null ? null : postLink(older), source,
                related.stream().map(this::card).toList());
    }

    Views.Listing listing(String heading, String intro, PageSlice<Post> slice, Function<Integer, String> pagePath) {
        List<Views.Card> cards = slice.items().stream().map(this::card).toList();
        return new Views.Listing(heading, intro, cards, slice.number(), slice.totalPages(),
                slice.hasPrevious() ? UrlPaths.encode(pagePath.apply(slice.number() - 1)) : null,
                slice.hasNext() ? UrlPaths.encode(pagePath.apply(slice.number() + 1)) : null);
    }

    Views.TermIndex termIndex(Taxonomy taxonomy) {
        return new Views.TermIndex("全部" + taxonomy.kind().label(), taxonomy.terms().stream()
                .map(t -> new Views.TermLink(t.name(), UrlPaths.encode(t.path()), t.posts().size()))
                .toList());
    }

    /** Groups newest-first posts by year and month in the site's time zone. */
    Views.Archive archive(List<Post> newestFirst) {
        List<Views.Archive.Year> years = new ArrayList<>();
        int i = 0;
        while (i < newestFirst.size()) {
            int year = local(newestFirst.get(i)).getYear();
            List<Views.Archive.Month> months = new ArrayList<>();
            int count = 0;
            while (i < newestFirst.size() && local(newestFirst.get(i)).getYear() == year) {
                int month = local(newestFirst.get(i)).getMonthValue();
                List<Views.Card> cards = new ArrayList<>();
                while (i < newestFirst.size() && local(newestFirst.get(i)).getYear() == year
                        && local(newestFirst.get(i)).getMonthValue() == month) {
                    cards.add(card(newestFirst.get(i++)));
                }
                count += cards.size();
                months.add(new Views.Archive.Month(String.format("y%d-m%02d", year, month), month + "月", cards));
            }
            years.add(new Views.Archive.Year(year, count, months));
        }
        return new Views.Archive(newestFirst.size(), years);
    }

    /** Builds a feed of {@code posts} with their rendered bodies. */
    Views.Feed feed(String title, String description, String pagePath, String feedPath, List<Post> posts,
            Function<Post, RenderedBody> bodies) {
        List<Views.FeedItem> items = posts.stream().map(post -> {
            String url = absolute(postPath(post));
            // Categories, then tags, each term once however it is capitalised.
            Map<String, String> terms = new LinkedHashMap<>();
            post.meta().categories().forEach(c -> terms.putIfAbsent("c:" + Taxonomy.slugOf(c), c));
            post.meta().tags().forEach(t -> terms.putIfAbsent("t:" + Taxonomy.slugOf(t), t));
            List<String> categories = List.copyOf(terms.values());
            return new Views.FeedItem(post.title(), url, post.summary(),
                    FeedContent.absolutize(bodies.apply(post).html(), config.baseUrl(), url),
                    post.meta().date().format(RFC_822), post.meta().date().format(ISO),
                    post.meta().lastmod().format(ISO), categories);
        }).toList();
        OffsetDateTime updated = posts.stream().map(p -> p.meta().lastmod())
                .max(java.util.Comparator.comparing(OffsetDateTime::toInstant))
                .orElse(OffsetDateTime.parse("2000-01-01T00:00:00Z"));
        return new Views.Feed(title, description, absolute(pagePath), absolute(feedPath), updated.format(RFC_822),
                updated.format(ISO), items);
    }

    static String iso(OffsetDateTime date) {
        return date.format(ISO);
    }

    String chineseDate(OffsetDateTime date) {
        return date.atZoneSameInstant(config.timezone()).format(CHINESE_DATE);
    }

    /** Returns the absolute URL of a decoded site path. */
    String absolute(String path) {
        return config.baseUrl() + UrlPaths.encode(path);
    }

    static String postPath(Post post) {
        return post.path();
    }

    static String termUrl(Term term) {
        return UrlPaths.encode(term.path());
    }

    private ZonedDateTime local(Post post) {
        return post.meta().date().atZoneSameInstant(config.timezone());
    }

    private String fullTitle(String pageTitle) {
        return pageTitle.isEmpty() ? config.title() : pageTitle + " | " + config.title();
    }

    private boolean isPreview() {
        return config.drafts() || config.future();
    }

    private List<Views.FeedLink> feeds(List<Views.FeedLink> extra) {
        List<Views.FeedLink> feeds = new ArrayList<>();
        feeds.add(new Views.FeedLink(config.title() + " RSS", absolute("/index.xml"), "application/rss+xml"));
        feeds.add(new Views.FeedLink(config.title() + " Atom", absolute("/atom.xml"), "application/atom+xml"));
        feeds.addAll(extra);
        return feeds;
    }

    private static List<Views.TocEntry> toc(List<RenderedBody.Section> sections) {
        return sections.stream()
                .map(s -> new Views.TocEntry(s.title(), s.href(), toc(s.children())))
                .toList();
    }

    private Views.Link postLink(Post post) {
        return new Views.Link(post.title(), UrlPaths.encode(postPath(post)));
    }

    private static List<Views.Link> links(List<String> names, String segment) {
        // Terms that differ only in case are one term: link it once, in its first spelling.
        Map<String, Views.Link> byUrl = new LinkedHashMap<>();
        for (String name : names) {
            String url = UrlPaths.encode("/" + segment + "/" + Taxonomy.slugOf(name) + "/");
            byUrl.putIfAbsent(url, new Views.Link(name, url));
        }
        return List.copyOf(byUrl.values());
    }
}
