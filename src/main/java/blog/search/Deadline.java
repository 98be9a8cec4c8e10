package blog.search;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.apache.lucene.index.QueryTimeout;

/**
 * The moment a search must stop by, on a ticker that tests can move; Lucene asks it while it
 * enumerates terms and collects hits, and the search asks it before each result's passage.
 */
record Deadline(long atNanos, LongSupplier ticker) implements QueryTimeout {

    /** Returns the deadline {@code limit} from now on {@code ticker} (nanoseconds, like {@link System#nanoTime()}). */
    static Deadline after(Duration limit, LongSupplier ticker) {
        return new Deadline(ticker.getAsLong() + limit.toNanos(), ticker);
    }

    /** Tells whether the time is up. */
    boolean passed() {
        return ticker.getAsLong() - atNanos >= 0;
    }

    @Override
    public boolean shouldExit() {
        return passed();
    }
}
