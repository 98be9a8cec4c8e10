package blog.site;

import blog.content.Post;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Holds the current {@link Site} and swaps it atomically: when a scheduled post comes due, the
 * next reader gets a rebuilt site without a restart, and never a half-built one.
 */
public final class LiveSite {

    private final Clock clock;
    private final Site.Preview preview;
    private volatile List<Post> posts;
    private volatile Site current;
    private final List<Consumer<Site>> swapListeners = new CopyOnWriteArrayList<>();

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
        Site swapped = null;
        synchronized (this) {
            if (!clock.instant().isBefore(current.nextChange())) {
                current = Site.build(current.version() + 1, posts, clock.instant(), preview);
                swapped = current;
            }
            site = current;
        }
        if (swapped != null) {
            announce(swapped);
        }
        return site;
    }

    /** Replaces every post at once, as after a reload. */
    public void replace(List<Post> newPosts) {
        Site swapped;
        synchronized (this) {
            posts = List.copyOf(newPosts);
            current = Site.build(current.version() + 1, posts, clock.instant(), preview);
            swapped = current;
        }
        announce(swapped);
    }

    /**
     * Calls {@code listener} with each new site after it is swapped in (not with the current one),
     * on the thread that swapped it: a listener must return quickly, handing long work elsewhere.
     */
    public void onSwap(Consumer<Site> listener) {
        swapListeners.add(listener);
    }

    private void announce(Site site) {
        for (Consumer<Site> listener : swapListeners) {
            listener.accept(site);
        }
    }
}
