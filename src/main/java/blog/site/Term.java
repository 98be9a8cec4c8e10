package blog.site;

import blog.content.Post;
import java.util.List;

/**
 * One tag or category and its published posts, newest first.
 *
 * @param name how the term is written (the spelling of its newest post)
 * @param slug its URL text, by Hugo's rules; may hold {@code /}, never percent-encoded
 */
public record Term(TaxonomyKind kind, String name, String slug, List<Post> posts) {

    public Term {
        posts = List.copyOf(posts);
    }

    /** Returns the decoded path of the term's first page, such as {@code /tags/地緣政治/}. */
    public String path() {
        return "/" + kind.segment() + "/" + slug + "/";
    }
}
