package blog.web;

import blog.content.Post;
import blog.site.TaxonomyKind;
import blog.site.Term;

/** A resource the site can serve, identified by its canonical decoded path. */
sealed interface PageRef {

    /** As the servlet API spells content types, so that cache hits answered by Jetty send the same header. */
    String HTML = "text/html;charset=utf-8";

    /** Returns the canonical path, decoded; pages end in {@code /}, files do not. */
    String path();

    /** Returns the Content-Type to answer with. */
    default String contentType() {
        return HTML;
    }

    /** The home page list, or one of its older pages. */
    record Home(int page) implements PageRef {
        public String path() {
            return page == 1 ? "/" : "/page/" + page + "/";
        }
    }

    /** One post. */
    record Article(Post post) implements PageRef {
        public String path() {
            return post.path();
        }
    }

    /**
     * A file of a page bundle ({@code name/index.md} with {@code name/pic.png} beside it), served
     * under the post's path; {@code file} was found inside the bundle by {@link FileLookup}.
     */
    record BundleFile(Post post, String name, ServedFile file) implements PageRef {
        public String path() {
            return post.path() + name;
        }

        public String contentType() {
            return file.contentType();
        }
    }

    /** The list of every tag or every category. */
    record Terms(TaxonomyKind kind) implements PageRef {
        public String path() {
            return "/" + kind.segment() + "/";
        }
    }

    /** The posts of one term, one page of them. */
    record TermPosts(Term term, int page) implements PageRef {
        public String path() {
            return term.path() + (page == 1 ? "" : "page/" + page + "/");
        }
    }

    /** Every post by year and month. */
    record Archives() implements PageRef {
        public String path() {
            return "/archives/";
        }
    }

    /** The RSS feed of the whole site ({@code term} null) or of one term, at Hugo's paths. */
    record Rss(Term term) implements PageRef {
        public String path() {
            return (term == null ? "/" : term.path()) + "index.xml";
        }

        public String contentType() {
            return "application/rss+xml;charset=utf-8";
        }
    }

    /** The Atom feed of the whole site. */
    record Atom() implements PageRef {
        public String path() {
            return "/atom.xml";
        }

        public String contentType() {
            return "application/atom+xml;charset=utf-8";
        }
    }

    /** The sitemap for search engines. */
    record Sitemap() implements PageRef {
        public String path() {
            return "/sitemap.xml";
        }

        public String contentType() {
            return "application/xml;charset=utf-8";
        }
    }

    /** The rules for crawlers. */
    record Robots() implements PageRef {
        public String path() {
            return "/robots.txt";
        }

        public String contentType() {
            return "text/plain;charset=utf-8";
        }
    }
}
