package blog.web;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
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
 * Request threads only queue the line; one background thread writes whatever has queued in one
 * write, so a busy server does not make a system call per request. If the queue is full (stdout
 * blocked), lines are dropped and counted rather than slowing requests down.
 */
final class AccessLog extends AbstractLifeCycle implements RequestLog {

    private static final int QUEUE_LINES = 16_384;
    private static final int MAX_PATH_CHARS = 512;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final String STOP = new String("stop");

    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(QUEUE_LINES);
    private final LongAdder dropped = new LongAdder();
    private Thread writer;

    @Override
    public void log(Request request, Response response) {
        int status = response.getStatus();
        long bytes = Response.getContentBytesWritten(response);
        if (bytes == 0 && status >= 400 && !"HEAD".equals(request.getMethod())) {
            // Jetty's error handling writes its page outside the counted stream; its length is declared.
            bytes = Math.max(0, response.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH));
        }
        String line = format(Instant.ofEpochMilli(Request.getTimeStamp(request)), request.getMethod(),
                request.getHttpURI().getPath(), status, bytes, System.nanoTime() - request.getBeginNanoTime());
        if (!lines.offer(line)) {
            dropped.increment();
        }
    }

    /** Formats one line; {@code nanos} is the time taken. */
    static String format(Instant at, String method, String rawPath, int status, long bytes, long nanos) {
        long micros = Math.max(0, nanos / 1000);
        StringBuilder line = new StringBuilder(96);
        line.append(at).append(' ').append(method).append(' ');
        appendPath(line, rawPath);
        line.append(' ').append(status).append(' ').append(bytes).append(' ')
                .append(micros / 1000).append('.').append(micros % 1000 / 100).append("ms");
        return line.toString();
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
        if (!lines.offer(STOP, 1, TimeUnit.SECONDS)) {
            writer.interrupt();
        }
        writer.join(TimeUnit.SECONDS.toMillis(2));
    }

    private void writeLoop() {
        List<String> batch = new ArrayList<>(256);
        StringBuilder text = new StringBuilder(8192);
        boolean stop = false;
        while (!stop) {
            try {
                batch.add(lines.take());
            } catch (InterruptedException e) {
                return;
            }
            lines.drainTo(batch);
            for (String line : batch) {
                if (line == STOP) {
                    stop = true;
                } else {
                    text.append(line).append('\n');
                }
            }
            long lost = dropped.sumThenReset();
            if (lost > 0) {
                text.append(Instant.now()).append(" access log: ").append(lost).append(" lines dropped\n");
            }
            PrintStream out = System.out;
            out.print(text);
            out.flush();
            batch.clear();
            text.setLength(0);
        }
    }
}
