package blog.web;

import blog.content.Post;
import blog.site.Site;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** When a page's content last changed, from the dates of the posts it shows, so every instance agrees. */
final class LastModified {

    private LastModified() {
    }

    static Optional<Instant> of(Site site, PageRef ref) {
        if (ref instanceof PageRef.Article article) {
            return Optional.of(article.post().meta().lastmod().toInstant());
        }
        if (ref instanceof PageRef.TermPosts termPosts) {
            return latest(termPosts.term().posts());
        }
        if (ref instanceof PageRef.Rss rss && rss.term() != null) {
            return latest(rss.term().posts());
        }
        if (ref instanceof PageRef.Robots) {
            return Optional.empty();
        }
        if (ref instanceof PageRef.Terms terms && site.taxonomy(terms.kind()).terms().isEmpty()) {
            return Optional.empty();
        }
        return latest(site.posts());
    }

    private static Optional<Instant> latest(Collection<Post> posts) {
        return posts.stream().map(p -> p.meta().lastmod().toInstant()).max(Instant::compareTo);
    }
}
