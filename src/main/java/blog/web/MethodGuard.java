package blog.web;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The blog is read-only: {@code GET} and {@code HEAD} go on to the routes, {@code OPTIONS} answers
 * {@code 204} with {@code Allow}, and every other method ({@code POST}, {@code PUT}, {@code TRACE}…)
 * answers {@code 405} with {@code Allow} and the site's error page, before Javalin sees it.
 */
final class MethodGuard extends Handler.Wrapper {

    static final String ALLOWED = "GET, HEAD";

    private static final HttpField ALLOW = new PreEncodedHttpField(HttpHeader.ALLOW, ALLOWED);

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            return super.handle(request, response, callback);
        }
        response.getHeaders().put(ALLOW);
        if (method.equals("OPTIONS")) {
            response.setStatus(HttpStatus.NO_CONTENT_204);
            callback.succeeded();
        } else {
            Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
        }
        return true;
    }
}
