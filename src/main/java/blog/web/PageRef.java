package blog.web;

import blog.content.Post;
import blog.site.TaxonomyKind;
import blog.site.Term;

/** A page the site can show, identified by its canonical decoded path. */
sealed interface PageRef {

    /** Returns the canonical path, decoded, always ending in {@code /}. */
    String path();

    /** The home page list, or one of its older pages. */
    record Home(int page) implements PageRef {
        public String path() {
            return page == 1 ? "/" : "/page/" + page + "/";
        }
    }

    /** One post. */
    record Article(Post post) implements PageRef {
        public String path() {
            return "/posts/" + post.slug() + "/";
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
}
