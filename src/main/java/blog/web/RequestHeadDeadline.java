package blog.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection whose client has begun a request but not finished sending its request line and
 * headers within {@link #DEADLINE}: the slowloris attack, which trickles a header byte every few
 * seconds so that the idle timeout never runs out. Jetty 12 has no such deadline of its own.
 *
 * <p>The blog takes no request bodies, so on an HTTP/1 connection every byte received after the last
 * request began belongs to the next request's head. Once a second the guard looks at each open
 * connection's byte and request counters: bytes have arrived but no new request for longer than the
 * deadline, and the connection is closed. A connection that sends nothing is left to the idle
 * timeout; one that is downloading a large response receives no bytes and is never touched.
 */
final class RequestHeadDeadline implements Connection.Listener {

    /** Far longer than any real client needs to send a head, which fits in one packet. */
    static final Duration DEADLINE = Duration.ofSeconds(10);

    private static final long SWEEP_MILLIS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(RequestHeadDeadline.class);

    private final Map<Connection, Progress> open = new ConcurrentHashMap<>();
    private final long deadlineNanos;

    RequestHeadDeadline(Duration deadline) {
        this.deadlineNanos = deadline.toNanos();
    }

    /** What the guard last saw of a connection; only the sweeping thread reads or writes it. */
    private static final class Progress {
        long requests;
        long bytesAtRequest;
        long headStarted = -1;
    }

    @Override
    public void onOpened(Connection connection) {
        open.put(connection, new Progress());
    }

    @Override
    public void onClosed(Connection connection) {
        open.remove(connection);
    }

    /** Starts sweeping once a second on {@code scheduler} until the scheduler stops. */
    void start(Scheduler scheduler) {
        scheduler.schedule(() -> {
            try {
                sweep(System.nanoTime());
            } catch (RuntimeException e) {
                LOG.warn("the request head deadline sweep failed; it runs again in a second", e);
            }
            if (scheduler.isRunning()) {
                start(scheduler);
            }
        }, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Closes the connections that have been sending one request head for longer than the deadline. */
    void sweep(long now) {
        open.forEach((connection, progress) -> {
            long requests = connection.getMessagesIn();
            long bytes = connection.getBytesIn();
            if (requests != progress.requests) {
                progress.requests = requests;
                progress.bytesAtRequest = bytes;
                progress.headStarted = -1;
            } else if (bytes > progress.bytesAtRequest) {
                if (progress.headStarted < 0) {
                    progress.headStarted = now;
                } else if (now - progress.headStarted > deadlineNanos) {
                    open.remove(connection);
                    connection.close();
                }
            }
        });
    }
}
