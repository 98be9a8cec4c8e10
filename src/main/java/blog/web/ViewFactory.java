package blog.web;

import blog.Config;
import blog.content.Post;
import blog.site.PageSlice;
import blog.site.Taxonomy;
import blog.site.Term;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;

/** Turns site objects into {@link Views}: dates formatted in the site's time zone, URLs encoded. */
final class ViewFactory {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.TAIWAN);

    private final Config config;
    private final String cssPath;

    ViewFactory(Config config, String cssPath) {
        this.config = config;
        this.cssPath = cssPath;
    }

    /** Returns the layout of a page at {@code path}; an empty path means the page has no canonical URL. */
    Views.Layout layout(String pageTitle, String description, String path) {
        String title = pageTitle.isEmpty() ? config.title() : pageTitle + " | " + config.title();
        return new Views.Layout(config.title(), config.description(), cssPath, title,
                description.isEmpty() ? config.description() : description,
                path.isEmpty() ? "" : config.baseUrl() + UrlPaths.encode(path), "zh-Hant-TW");
    }

    Views.Card card(Post post) {
        return new Views.Card(post.title(), UrlPaths.encode("/posts/" + post.slug() + "/"),
                post.meta().date().toString(), chineseDate(post.meta().date()), post.summary(),
                UrlPaths.encodeUrl(post.cover()), post.readingMinutes(),
                links(post.meta().tags(), Taxonomy::slugOf, "tags"),
                links(post.meta().categories(), Taxonomy::slugOf, "categories"));
    }

    Views.Article article(Post post, String html, Post newer, Post older) {
        Views.Link source = post.meta().sourceUrl().isEmpty() ? null : new Views.Link(
                post.meta().sourceName().isEmpty() ? post.meta().sourceUrl() : post.meta().sourceName(),
                post.meta().sourceUrl());
        boolean updated = post.meta().lastmod().toInstant().isAfter(post.meta().date().toInstant());
        return new Views.Article(card(post), html, !post.coverInBody() && !post.cover().isEmpty(),
                updated ? post.meta().lastmod().toString() : "",
                updated ? chineseDate(post.meta().lastmod()) : "",
                newer == null ? null : postLink(newer), older == null ? null : postLink(older), source);
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

    String chineseDate(OffsetDateTime date) {
        return date.atZoneSameInstant(config.timezone()).format(CHINESE_DATE);
    }

    static String termUrl(Term term) {
        return UrlPaths.encode(term.path());
    }

    private Views.Link postLink(Post post) {
        return new Views.Link(post.title(), UrlPaths.encode("/posts/" + post.slug() + "/"));
    }

    private static List<Views.Link> links(List<String> names, Function<String, String> slugOf, String segment) {
        // Terms that differ only in case are one term: link it once, in its first spelling.
        Map<String, Views.Link> byUrl = new LinkedHashMap<>();
        for (String name : names) {
            String url = UrlPaths.encode("/" + segment + "/" + slugOf.apply(name) + "/");
            byUrl.putIfAbsent(url, new Views.Link(name, url));
        }
        return List.copyOf(byUrl.values());
    }
}
