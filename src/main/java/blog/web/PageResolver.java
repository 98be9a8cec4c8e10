package blog.web;

import blog.site.PageSlice;
import blog.site.Site;
import blog.site.TaxonomyKind;
import blog.site.Term;
import blog.content.Slugs;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps a decoded request path to the page it names, or to nothing (a 404). */
public final class PageResolver {

    private static final Pattern PAGE_NUMBER = Pattern.compile("[0-9]{1,7}");
    private static final Pattern PAGED = Pattern.compile("(.+)/page/([^/]+)");

    private final int pageSize;

    /** Creates a resolver for lists of {@code pageSize} posts a page. */
    public PageResolver(int pageSize) {
        this.pageSize = pageSize;
    }

    /** Tells whether a decoded path, with or without its trailing slash, names a page of {@code site}. */
    public boolean exists(Site site, String path) {
        return resolve(site, path).isPresent();
    }

    /** Resolves {@code path}; a trailing slash is optional here, the caller redirects to the canonical form. */
    Optional<PageRef> resolve(Site site, String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        switch (p) {
            case "":
                return Optional.of(new PageRef.Home(1));
            case "archives":
                return Optional.of(new PageRef.Archives());
            case "index.xml":
                return Optional.of(new PageRef.Rss(null));
            case "atom.xml":
                return Optional.of(new PageRef.Atom());
            case "sitemap.xml":
                return Optional.of(new PageRef.Sitemap());
            case "robots.txt":
                return Optional.of(new PageRef.Robots());
            default:
                break;
        }
        if (p.startsWith("page/")) {
            return pageNumber(p.substring("page/".length()))
                    .filter(n -> PageSlice.of(site.posts(), n, pageSize).isPresent())
                    .map(PageRef.Home::new);
        }
        if (p.startsWith("posts/")) {
            String name = p.substring("posts/".length());
            return name.contains("/") ? Optional.empty() : site.post(Slugs.postSlug(name)).map(PageRef.Article::new);
        }
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            if (p.equals(kind.segment())) {
                return Optional.of(new PageRef.Terms(kind));
            }
            if (p.startsWith(kind.segment() + "/")) {
                return termPage(site, kind, p.substring(kind.segment().length() + 1));
            }
        }
        return Optional.empty();
    }

    private Optional<PageRef> termPage(Site site, TaxonomyKind kind, String rest) {
        if (rest.endsWith("/index.xml")) {
            return site.taxonomy(kind).find(rest.substring(0, rest.length() - "/index.xml".length()))
                    .map(PageRef.Rss::new);
        }
        Matcher paged = PAGED.matcher(rest);
        if (paged.matches()) {
            Optional<Term> term = site.taxonomy(kind).find(paged.group(1));
            Optional<Integer> number = pageNumber(paged.group(2));
            if (term.isPresent() && number.isPresent()) {
                int n = number.get();
                return PageSlice.of(term.get().posts(), n, pageSize).map(s -> new PageRef.TermPosts(term.get(), n));
            }
        }
        return site.taxonomy(kind).find(rest).map(t -> new PageRef.TermPosts(t, 1));
    }

    private static Optional<Integer> pageNumber(String text) {
        return PAGE_NUMBER.matcher(text).matches() ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }
}
