package blog.web;

import blog.site.PageSlice;
import blog.site.Site;
import blog.site.TaxonomyKind;
import blog.site.Term;
import blog.content.Permalinks;
import blog.content.Post;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps a decoded request path to the page it names, or to nothing (a 404). */
public final class PageResolver {

    private static final Pattern PAGE_NUMBER = Pattern.compile("[0-9]{1,7}");
    private static final Pattern PAGED = Pattern.compile("(.+)/page/([^/]+)");

    private final int pageSize;
    private final String section;

    /** Creates a resolver for lists of {@code pageSize} posts a page, with posts at {@code /posts/…}. */
    public PageResolver(int pageSize) {
        this(pageSize, Permalinks.defaults());
    }

    /**
     * Creates a resolver for lists of {@code pageSize} posts a page. The folder that every post's
     * path starts with, if any ({@code /post/} for {@code /post/:slug/}), is Hugo's section list,
     * which holds the same posts as the home page: it and its pages redirect there.
     */
    public PageResolver(int pageSize, Permalinks permalinks) {
        this.pageSize = pageSize;
        String first = permalinks.pattern().substring(1).split("/", -1)[0];
        boolean literal = !first.isEmpty() && !first.contains(":") && permalinks.pattern().length() > first.length() + 2;
        this.section = literal ? first : "";
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
        if (!section.isEmpty() && (p.equals(section) || p.startsWith(section + "/"))) {
            String rest = p.substring(Math.min(p.length(), section.length() + 1));
            if (rest.isEmpty() || rest.equals("index.xml") || rest.startsWith("page/")) {
                p = rest;
            }
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
        String asked = "/" + p;
        Optional<Post> post = site.post(asked + "/").or(() -> site.post(asked));
        if (post.isPresent()) {
            return post.map(PageRef.Article::new);
        }
        Optional<PageRef> bundleFile = bundleFile(site, asked);
        if (bundleFile.isPresent()) {
            return bundleFile;
        }
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            if (p.equals(kind.segment())) {
                return Optional.of(new PageRef.Terms(kind));
            }
            if (p.startsWith(kind.segment() + "/")) {
                Optional<PageRef> term = termPage(site, kind, p.substring(kind.segment().length() + 1));
                if (term.isPresent()) {
                    return term;
                }
            }
        }
        // Another spelling of a post's path, or one of its old paths: the caller redirects.
        return site.postNear(p).map(PageRef.Article::new);
    }

    /**
     * Finds a file of a page bundle: the longest leading part of the path that is a post's path,
     * then the rest as a file inside that post's folder. Markdown, hidden files, anything that is
     * not a regular file and anything that leads out of the folder (dot segments, links) are never
     * served ({@link FileLookup}).
     */
    private static Optional<PageRef> bundleFile(Site site, String path) {
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            Optional<Post> owner = site.post(path.substring(0, slash + 1));
            if (owner.isPresent() && owner.get().bundle().isPresent()) {
                String name = path.substring(slash + 1);
                return insideBundle(owner.get().bundle().get(), name)
                        .map(file -> new PageRef.BundleFile(owner.get(), name, file));
            }
        }
        return Optional.empty();
    }

    private static Optional<ServedFile> insideBundle(Path folder, String name) {
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty()) {
                return Optional.empty();
            }
        }
        return FileLookup.inBundle(folder, name);
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
