package blog.web;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Sends readers who arrived over plain HTTP to the HTTPS address, when the site's address is HTTPS
 * and a TLS-terminating router says so with {@code X-Forwarded-Proto: http} (Heroku and most PaaS
 * routers pass both schemes to the app and leave the redirect to it). Requests without that header
 * (local runs, health checks from inside the platform) are served as they are. The new location is
 * built from {@code BLOG_BASE_URL}, never from the request's {@code Host} header.
 */
final class HttpsRedirect extends Handler.Wrapper {

    private final String httpsBase;

    /** {@code httpsBase}: the site address, {@code https://host[:port]} without a trailing slash. */
    HttpsRedirect(String httpsBase) {
        this.httpsBase = httpsBase;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        if (!"http".equalsIgnoreCase(SecurityHeaders.forwardedProto(request)) || request.isSecure()
                || !(method.equals("GET") || method.equals("HEAD"))) {
            return super.handle(request, response, callback);
        }
        response.setStatus(HttpStatus.MOVED_PERMANENTLY_301);
        response.getHeaders().put(HttpHeader.LOCATION, httpsBase + request.getHttpURI().getPathQuery());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
        callback.succeeded();
        return true;
    }
}
