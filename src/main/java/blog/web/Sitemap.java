package blog.web;

import blog.content.Post;
import blog.site.Site;
import blog.site.TaxonomyKind;
import blog.site.Term;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The URLs a search engine should know: home, archives, every published post and every term page. */
final class Sitemap {

    private Sitemap() {
    }

    static List<Views.SitemapEntry> entries(Site site, ViewFactory views) {
        List<Views.SitemapEntry> entries = new ArrayList<>();
        String newest = latest(site.posts());
        entries.add(new Views.SitemapEntry(views.absolute("/"), newest));
        entries.add(new Views.SitemapEntry(views.absolute("/archives/"), newest));
        for (Post post : site.posts()) {
            entries.add(new Views.SitemapEntry(views.absolute(ViewFactory.postPath(post)),
                    ViewFactory.iso(post.meta().lastmod())));
        }
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            entries.add(new Views.SitemapEntry(views.absolute("/" + kind.segment() + "/"), newest));
            for (Term term : site.taxonomy(kind).terms()) {
                entries.add(new Views.SitemapEntry(views.absolute(term.path()), latest(term.posts())));
            }
        }
        return entries;
    }

    /** The latest {@code lastmod} among posts, with its own offset; empty when there are none. */
    private static String latest(List<Post> posts) {
        return posts.stream().map(p -> p.meta().lastmod())
                .max(Comparator.comparing(OffsetDateTime::toInstant))
                .map(ViewFactory::iso)
                .orElse("");
    }
}
