package blog.site;

import blog.content.Post;
import blog.content.Slugs;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What readers can see at one moment: the published posts newest first, indexed by path (and by
 * their old paths, Hugo's aliases), and grouped by tag and category. Immutable; built once per
 * content change, publish time or expiry time.
 */
public final class Site {

    private final long version;
    private final List<Post> posts;
    private final Map<String, Integer> positionByPath;
    private final Map<String, Post> byLooseKey;
    private final Taxonomy tags;
    private final Taxonomy categories;
    private final Instant nextChange;
    private final RelatedPosts related;

    private Site(long version, List<Post> posts, Instant nextChange) {
        this.version = version;
        this.posts = posts;
        this.positionByPath = new HashMap<>();
        this.byLooseKey = new HashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            positionByPath.put(posts.get(i).path(), i);
            byLooseKey.putIfAbsent(looseKey(posts.get(i).path()), posts.get(i));
        }
        // Old paths come after every real one, so an alias never takes a live post's place.
        for (Post post : posts) {
            for (String alias : post.aliasPaths()) {
                byLooseKey.putIfAbsent(looseKey(alias), post);
            }
        }
        this.tags = Taxonomy.of(TaxonomyKind.TAGS, posts, p -> p.meta().tags());
        this.categories = Taxonomy.of(TaxonomyKind.CATEGORIES, posts, p -> p.meta().categories());
        this.nextChange = nextChange;
        this.related = RelatedPosts.of(posts, tags, categories);
    }

    /**
     * Builds the site as of {@code now}: drafts, posts whose publish time is still ahead and posts
     * whose expiry time has passed are left out, unless the matching preview switch is on.
     */
    static Site build(long version, List<Post> all, Instant now, Preview preview) {
        List<Post> visible = all.stream()
                .filter(p -> preview.drafts() || !p.meta().draft())
                .filter(p -> preview.future() || !p.meta().publishAt().toInstant().isAfter(now))
                .filter(p -> preview.future() || p.meta().expiresAt().map(t -> t.toInstant().isAfter(now)).orElse(true))
                .sorted(NEWEST_FIRST)
                .toList();
        Instant next = preview.future() ? Instant.MAX : all.stream()
                .filter(p -> preview.drafts() || !p.meta().draft())
                .flatMap(p -> Stream.concat(Stream.of(p.meta().publishAt().toInstant()),
                        p.meta().expiresAt().map(OffsetDateTime::toInstant).stream()))
                .filter(t -> t.isAfter(now))
                .min(Comparator.naturalOrder())
                .orElse(Instant.MAX);
        return new Site(version, visible, next);
    }

    /** Newest first by date, then by path so that the order never depends on file-system order. */
    static final Comparator<Post> NEWEST_FIRST = Comparator
            .comparing((Post p) -> p.meta().date().toInstant()).reversed()
            .thenComparing(Post::path);

    /** Returns a number that changes whenever the visible content does, for cache keys. */
    public long version() {
        return version;
    }

    /** Returns the published posts, newest first. */
    public List<Post> posts() {
        return posts;
    }

    /** Finds a published post by its path, exactly as the post gives it ({@code /posts/hello/}). */
    public Optional<Post> post(String path) {
        Integer i = positionByPath.get(path);
        return i == null ? Optional.empty() : Optional.of(posts.get(i));
    }

    /**
     * Finds the post another spelling of a path means (other case, spaces, no trailing slash), or
     * the post that has it as an old path (an alias), for a redirect.
     */
    public Optional<Post> postNear(String path) {
        return Optional.ofNullable(byLooseKey.get(looseKey(path)));
    }

    /** Reduces a path to what matters for matching: each segment urlized as Hugo does (lower case, no punctuation). */
    private static String looseKey(String path) {
        StringBuilder key = new StringBuilder();
        for (String segment : path.split("/")) {
            String part = Slugs.urlize(segment);
            if (!part.isEmpty()) {
                key.append('/').append(part);
            }
        }
        return key.toString();
    }

    /** Returns the post published just before this one. */
    public Optional<Post> older(Post post) {
        int i = positionByPath.getOrDefault(post.path(), posts.size());
        return i + 1 < posts.size() ? Optional.of(posts.get(i + 1)) : Optional.empty();
    }

    /** Returns the post published just after this one. */
    public Optional<Post> newer(Post post) {
        int i = positionByPath.getOrDefault(post.path(), 0);
        return i > 0 ? Optional.of(posts.get(i - 1)) : Optional.empty();
    }

    /** Returns up to five posts that share the most tags and categories with this one. */
    public List<Post> related(Post post) {
        Integer i = positionByPath.get(post.path());
        return i == null ? List.of() : related.at(i);
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
