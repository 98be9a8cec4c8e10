package blog.content;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the stand-ins handed out for post bodies whose files could not be read just then, so
 * that a page showing one is sent {@code no-store} and rendered again later rather than kept.
 * One per blog, shared by the reader of posts and the server.
 */
public final class ReadFailures {

    private final AtomicLong count = new AtomicLong();

    /** Returns how many stand-ins have been handed out so far; compare before and after a render. */
    public long count() {
        return count.get();
    }

    /** Records that a stand-in was handed out. */
    void record() {
        count.incrementAndGet();
    }
}
