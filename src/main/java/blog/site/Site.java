package blog.site;

import blog.content.Post;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What readers can see at one moment: the published posts newest first, indexed by slug,
 * and grouped by tag and category. Immutable; built once per content change or publish time.
 */
public final class Site {

    private final long version;
    private final List<Post> posts;
    private final Map<String, Integer> positionBySlug;
    private final Taxonomy tags;
    private final Taxonomy categories;
    private final Instant nextChange;
    private final Map<String, List<Post>> related;

    private Site(long version, List<Post> posts, Instant nextChange) {
        this.version = version;
        this.posts = posts;
        this.positionBySlug = new HashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            positionBySlug.put(posts.get(i).slug(), i);
        }
        this.tags = Taxonomy.of(TaxonomyKind.TAGS, posts, p -> p.meta().tags());
        this.categories = Taxonomy.of(TaxonomyKind.CATEGORIES, posts, p -> p.meta().categories());
        this.nextChange = nextChange;
        this.related = RelatedPosts.of(posts, tags, categories);
    }

    /**
     * Builds the site as of {@code now}: drafts and posts whose publish time is still ahead are
     * left out unless the matching preview switch is on.
     */
    static Site build(long version, List<Post> all, Instant now, Preview preview) {
        List<Post> visible = all.stream()
                .filter(p -> preview.drafts() || !p.meta().draft())
                .filter(p -> preview.future() || !p.meta().publishAt().toInstant().isAfter(now))
                .sorted(NEWEST_FIRST)
                .toList();
        Instant next = preview.future() ? Instant.MAX : all.stream()
                .filter(p -> preview.drafts() || !p.meta().draft())
                .map(p -> p.meta().publishAt().toInstant())
                .filter(t -> t.isAfter(now))
                .min(Comparator.naturalOrder())
                .orElse(Instant.MAX);
        return new Site(version, visible, next);
    }

    /** Newest first by date, then by slug so that the order never depends on file-system order. */
    static final Comparator<Post> NEWEST_FIRST = Comparator
            .comparing((Post p) -> p.meta().date().toInstant()).reversed()
            .thenComparing(Post::slug);

    /** Returns a number that changes whenever the visible content does, for cache keys. */
    public long version() {
        return version;
    }

    /** Returns the published posts, newest first. */
    public List<Post> posts() {
        return posts;
    }

    /** Finds a published post by its slug. */
    public Optional<Post> post(String slug) {
        Integer i = positionBySlug.get(slug);
        return i == null ? Optional.empty() : Optional.of(posts.get(i));
    }

    /** Returns the post published just before this one. */
    public Optional<Post> older(Post post) {
        int i = positionBySlug.getOrDefault(post.slug(), posts.size());
        return i + 1 < posts.size() ? Optional.of(posts.get(i + 1)) : Optional.empty();
    }

    /** Returns the post published just after this one. */
    public Optional<Post> newer(Post post) {
        int i = positionBySlug.getOrDefault(post.slug(), 0);
        return i > 0 ? Optional.of(posts.get(i - 1)) : Optional.empty();
    }

    /** Returns up to five posts that share the most tags and categories with this one. */
    public List<Post> related(Post post) {
        return related.getOrDefault(post.slug(), List.of());
    }

    /** Returns the tags or the categories. */
    public Taxonomy taxonomy(TaxonomyKind kind) {
        return kind == TaxonomyKind.TAGS ? tags : categories;
    }

    /** Returns when a scheduled post comes due and the site must be rebuilt; {@code Instant.MAX} if never. */
    public Instant nextChange() {
        return nextChange;
    }

    /** The preview switches: show drafts, show posts dated in the future. */
    public record Preview(boolean drafts, boolean future) {
    }
}
