package blog.search;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how many searches run at once. A search that cannot get in within a short wait is turned
 * away (the page says the search is busy), so a burst of costly queries neither queues for long nor
 * takes the cores that pages and health checks need.
 */
final class SearchGate {

    /** How long a search waits for one of the running ones to end before it is turned away. */
    static final Duration WAIT = Duration.ofSeconds(1);

    private final Semaphore permits;
    private final Duration wait;

    /** Lets {@code concurrent} searches run at once; others wait up to {@code wait} for a place. */
    SearchGate(int concurrent, Duration wait) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("concurrent searches must be at least 1, was " + concurrent);
        }
        if (wait.isNegative()) {
            throw new IllegalArgumentException("the wait for a search must not be negative, was " + wait);
        }
        this.permits = new Semaphore(concurrent, true);
        this.wait = wait;
    }

    /** One search at a time for every two cores (at least one): half the machine stays for pages. */
    static SearchGate forCores() {
        return new SearchGate(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), WAIT);
    }

    /** Waits for a place; false when none came free in time. A true must be followed by {@link #leave()}. */
    boolean enter() {
        try {
            return permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Gives the place back. */
    void leave() {
        permits.release();
    }
}
