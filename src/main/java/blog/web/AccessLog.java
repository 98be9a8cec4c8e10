package blog.web;

import java.io.PrintStream;
import java.time.Instant;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.component.AbstractLifeCycle;

/**
 * One line per request on standard output, written by Jetty for every response (pages, files,
 * redirects, 304s, Jetty's own 400s):
 *
 * <pre>2025-06-01T00:00:00.123Z GET /posts/ai-cold-war/ 200 5123 0.8ms</pre>
 *
 * <p>time the request arrived (UTC), method, path as sent (percent-encoded, query left out),
 * status, body bytes sent (after compression) and time to the last byte in milliseconds.
 * Request threads only queue what the line will say, on a lock-free queue: they never wait for a
 * lock nor wake a thread. One background thread looks at the queue every {@link #WRITE_EVERY}
 * and formats and writes whatever has queued in one write, so a busy server makes neither a
 * system call nor a thread switch per request; lines reach standard output at most that much
 * later. If the queue is full (stdout blocked), lines are dropped and counted rather than slowing
 * requests down.
 */
final class AccessLog extends AbstractLifeCycle implements RequestLog {

    private static final int QUEUE_LINES = 16_384;
    private static final int MAX_PATH_CHARS = 512;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** How often the writer thread looks for queued lines. */
    static final long WRITE_EVERY_MILLIS = 50;

    private final ConcurrentLinkedQueue<Entry> lines = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final LongAdder dropped = new LongAdder();
    private volatile boolean stopping;
    private Thread writer;

    /** What a request thread hands over; the writer thread turns it into text. */
    private record Entry(long millis, String method, String rawPath, int status, long bytes, long nanos) {
    }

    @Override
    public void log(Request request, Response response) {
        int status = response.getStatus();
        long bytes = Response.getContentBytesWritten(response);
        if (bytes == 0 && status >= 400 && !"HEAD".equals(request.getMethod())) {
            // Jetty's error handling writes its page outside the counted stream; its length is declared.
            bytes = Math.max(0, response.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH));
        }
        Entry entry = new Entry(Request.getTimeStamp(request), request.getMethod(), request.getHttpURI().getPath(),
                status, bytes, System.nanoTime() - request.getBeginNanoTime());
        if (queued.incrementAndGet() > QUEUE_LINES) {
            queued.decrementAndGet();
            dropped.increment();
        } else {
            lines.add(entry);
        }
    }

    /** Formats one line; {@code nanos} is the time taken. */
    static String format(Instant at, String method, String rawPath, int status, long bytes, long nanos) {
        StringBuilder line = new StringBuilder(96);
        new Timestamps().append(line, at.toEpochMilli());
        append(line, method, rawPath, status, bytes, nanos);
        return line.toString();
    }

    private static void append(StringBuilder line, String method, String rawPath, int status, long bytes, long nanos) {
        long micros = Math.max(0, nanos / 1000);
        line.append(' ').append(method).append(' ');
        appendPath(line, rawPath);
        line.append(' ').append(status).append(' ').append(bytes).append(' ')
                .append(micros / 1000).append('.').append(micros % 1000 / 100).append("ms");
    }

    /**
     * Writes times as {@link Instant#toString()} does for whole milliseconds, formatting the date
     * and time of day once per second rather than once per line. One instance per thread.
     */
    private static final class Timestamps {
        private long second = Long.MIN_VALUE;
        private String prefix;

        void append(StringBuilder line, long millis) {
            long s = Math.floorDiv(millis, 1000);
            if (s != second) {
                String whole = Instant.ofEpochSecond(s).toString();
                prefix = whole.substring(0, whole.length() - 1);
                second = s;
            }
            line.append(prefix);
            int ms = (int) Math.floorMod(millis, 1000);
            if (ms > 0) {
                line.append('.').append((char) ('0' + ms / 100)).append((char) ('0' + ms / 10 % 10)).append((char) ('0' + ms % 10));
            }
            line.append('Z');
        }
    }

    /** Appends the path so that one request is always one line of printable ASCII without spaces. */
    private static void appendPath(StringBuilder line, String path) {
        if (path == null || path.isEmpty()) {
            line.append('-');
            return;
        }
        int n = Math.min(path.length(), MAX_PATH_CHARS);
        for (int i = 0; i < n; i++) {
            char c = path.charAt(i);
            if (c > ' ' && c < 0x7F) {
                line.append(c);
            } else if (c < 0x100) {
                line.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            } else {
                line.append("%u").append(HEX[c >> 12]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                        .append(HEX[c & 0xF]);
            }
        }
        if (path.length() > n) {
            line.append("...");
        }
    }

    @Override
    protected void doStart() {
        writer = new Thread(this::writeLoop, "access-log");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    protected void doStop() throws InterruptedException {
        stopping = true;
        LockSupport.unpark(writer);
        writer.join(TimeUnit.SECONDS.toMillis(2));
    }

    private void writeLoop() {
        StringBuilder text = new StringBuilder(8192);
        Timestamps timestamps = new Timestamps();
        while (true) {
            boolean last = stopping; // read before draining: lines queued before the stop get written
            for (Entry e = lines.poll(); e != null; e = lines.poll()) {
                queued.decrementAndGet();
                timestamps.append(text, e.millis());
                append(text, e.method(), e.rawPath(), e.status(), e.bytes(), e.nanos());
                text.append('\n');
                if (text.length() > 64 * 1024) {
                    flush(text);
                }
            }
            long lost = dropped.sumThenReset();
            if (lost > 0) {
                text.append(Instant.now()).append(" access log: ").append(lost).append(" lines dropped\n");
            }
            flush(text);
            if (last) {
                return;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(WRITE_EVERY_MILLIS));
        }
    }

    private static void flush(StringBuilder text) {
        if (text.length() > 0) {
            PrintStream out = System.out;
            out.print(text);
            out.flush();
            text.setLength(0);
        }
    }
}
