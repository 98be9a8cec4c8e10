package blog.search;

import blog.site.Site;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the index of the newest site asked for, one build at a time, and keeps the last one built.
 * A build that fails in any way (an {@link OutOfMemoryError} at a small heap, a stack overflow in a
 * parser) is logged and tried again after a pause that doubles each time, so a failure is never
 * mistaken for "still warming up" and never stops the builds for good.
 */
final class IndexBuilds {

    private static final Logger LOG = LoggerFactory.getLogger(IndexBuilds.class);

    /** The pause before the first retry; each further one doubles it. */
    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    /** The longest pause between retries. */
    static final Duration LONGEST_RETRY = Duration.ofMinutes(5);

    /** Runs a task after a delay; a scheduled executor in the server, a hand-moved one in tests. */
    @FunctionalInterface
    interface Retries {
        void schedule(Runnable task, Duration delay);
    }

    private final Executor builder;
    private final Retries retries;
    private final Function<Site, SearchIndex> indexer;
    private final AtomicReference<Site> wanted = new AtomicReference<>();
    /** Completed when builds may begin; until then swaps are only noted. */
    private final CompletableFuture<Void> allowed = new CompletableFuture<>();
    private final AtomicBoolean retryPending = new AtomicBoolean();
    private volatile SearchIndex index;
    /** Builds failed in a row; only the builder thread writes it. */
    private volatile int failures;

    /** Builds with {@code indexer} on {@code builder}, which must run one task at a time; retries through {@code retries}. */
    IndexBuilds(Executor builder, Retries retries, Function<Site, SearchIndex> indexer) {
        this.builder = builder;
        this.retries = retries;
        this.indexer = indexer;
    }

    /** Lets builds begin, starting with one of the newest site asked for. */
    void allow() {
        allowed.complete(null);
    }

    /** Asks for an index of {@code site}; swaps that come quickly one after another are built once. */
    void want(Site site) {
        // Swaps may be announced out of order by the threads that made them: keep the newest.
        wanted.accumulateAndGet(site, (a, b) -> a == null || b.version() > a.version() ? b : a);
        allowed.thenRun(() -> builder.execute(this::build));
    }

    /** Returns the newest index built, if any. */
    Optional<SearchIndex> current() {
        return Optional.ofNullable(index);
    }

    /** Tells whether the last build failed (a retry is coming). */
    boolean failing() {
        return failures > 0;
    }

    /** Returns the pause before retry number {@code failures}: 5 s, 10 s, 20 s … at most {@link #LONGEST_RETRY}. */
    static Duration pauseAfter(int failures) {
        int doublings = Math.min(failures - 1, 20);
        Duration pause = FIRST_RETRY.multipliedBy(1L << doublings);
        return pause.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : pause;
    }

    private void build() {
        Site target = wanted.get();
        SearchIndex current = index;
        if (target == null || current != null && current.site().version() >= target.version()) {
            return;
        }
        long started = System.nanoTime();
        try {
            SearchIndex built = indexer.apply(target);
            index = built;
            if (failures > 0) {
                LOG.info("the search index was built after {} failed tries", failures);
            }
            failures = 0;
            LOG.info("search index of {} posts built in {} ms ({} KB)", target.posts().size(),
                    (System.nanoTime() - started) / 1_000_000, built.bytes() / 1024);
        } catch (Throwable e) {
            // Errors included: a builder thread that dies leaves search "warming up" for good.
            failed(e);
        }
    }

    /** The innermost cause: a pool's rethrown copy of an error names no reason, its cause does ("Java heap space"). */
    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private void failed(Throwable e) {
        failures++;
        Duration pause = pauseAfter(failures);
        String keeping = index == null ? "search is unavailable meanwhile" : "search keeps the previous index";
        if (failures == 1) {
            LOG.error("the search index could not be built; {}; trying again in {} s", keeping, pause.toSeconds(), e);
        } else {
            LOG.error("the search index could not be built again ({}); {}; trying again in {} s", rootCause(e),
                    keeping, pause.toSeconds());
        }
        if (retryPending.compareAndSet(false, true)) {
            retries.schedule(() -> {
                retryPending.set(false);
                builder.execute(this::build);
            }, pause);
        }
    }
}
