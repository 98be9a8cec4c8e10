package blog.site;

import blog.content.Post;
import java.time.Clock;
import java.util.List;

/**
 * Holds the current {@link Site} and swaps it atomically: when a scheduled post comes due, the
 * next reader gets a rebuilt site without a restart, and never a half-built one.
 */
public final class LiveSite {

    private final Clock clock;
    private final Site.Preview preview;
    private volatile List<Post> posts;
    private volatile Site current;

    /** Creates the live site over loaded {@code posts}; time comes from {@code clock}. */
    public LiveSite(List<Post> posts, Clock clock, Site.Preview preview) {
        this.clock = clock;
        this.preview = preview;
        this.posts = List.copyOf(posts);
        this.current = Site.build(1, this.posts, clock.instant(), preview);
    }

    /** Returns the site as of now, rebuilding it first if a scheduled post has come due. */
    public Site current() {
        Site site = current;
        if (clock.instant().isBefore(site.nextChange())) {
            return site;
        }
        synchronized (this) {
            if (!clock.instant().isBefore(current.nextChange())) {
                current = Site.build(current.version() + 1, posts, clock.instant(), preview);
            }
            return current;
        }
    }

    /** Replaces every post at once, as after a reload. */
    public synchronized void replace(List<Post> newPosts) {
        posts = List.copyOf(newPosts);
        current = Site.build(current.version() + 1, posts, clock.instant(), preview);
    }
}
