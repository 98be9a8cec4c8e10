package blog.web;

import java.nio.ByteBuffer;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;

/**
 * Answers repeat requests for cached pages at Jetty level, before the servlet and Javalin's
 * routing: most of the cost of serving a cached page was those layers, not the page. Only the
 * plain case is handled here (GET or HEAD of a path already served, no conditional headers);
 * everything else, 304s included, goes on to Javalin, which answers with the same headers.
 *
 * <p>This handler declares itself non-blocking, so Jetty calls it on the selector thread that read
 * the request: a cached page is written back without any hand-over between threads (which cost
 * more than the page). Every other request is passed to Jetty's thread pool before it goes on,
 * since rendering, reading files and the servlet API may block.
 */
final class CachedPageHandler extends Handler.Wrapper {

    private final Function<String, CachedResponse> byRequestPath;

    /** {@code byRequestPath} gives the cached response for a raw request path, or null. */
    CachedPageHandler(Function<String, CachedResponse> byRequestPath) {
        this.byRequestPath = byRequestPath;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        boolean head = HttpMethod.HEAD.is(method);
        HttpFields headers = request.getHeaders();
        if ((head || HttpMethod.GET.is(method)) && !headers.contains(HttpHeader.IF_NONE_MATCH)
                && !headers.contains(HttpHeader.IF_MODIFIED_SINCE) && request.getHttpURI().getQuery() == null) {
            CachedResponse cached = byRequestPath.apply(request.getHttpURI().getPath());
            if (cached != null) {
                send(cached, head, HttpCaching.acceptsGzip(headers.get(HttpHeader.ACCEPT_ENCODING)), response, callback);
                return true;
            }
        }
        // Everything else may block (rendering, reading files, the servlet API): it leaves the
        // selector thread for a pool thread, and completes the callback there.
        getServer().getThreadPool().execute(() -> handleBlocking(request, response, callback));
        return true;
    }

    private void handleBlocking(Request request, Response response, Callback callback) {
        try {
            if (!super.handle(request, response, callback)) {
                Response.writeError(request, response, callback, 404);
            }
        } catch (Throwable failure) {
            callback.failed(failure);
        }
    }

    /**
     * Non-blocking: Jetty then runs this handler on the selector thread that read the request, with
     * no hand-over to another thread, the way an event-loop server such as nginx answers. Only
     * requests answered from the cache stay there; see {@link #handle}.
     */
    @Override
    public Invocable.InvocationType getInvocationType() {
        return Invocable.InvocationType.NON_BLOCKING;
    }

    private static void send(CachedResponse cached, boolean head, boolean acceptsGzip, Response response,
            Callback callback) {
        boolean gzip = cached.hasGzip() && acceptsGzip;
        HttpFields.Mutable out = response.getHeaders();
        response.setStatus(200);
        for (HttpField field : cached.pageHeaders(gzip)) {
            out.add(field);
        }
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(gzip ? cached.gzip() : cached.body()), callback);
    }
}
