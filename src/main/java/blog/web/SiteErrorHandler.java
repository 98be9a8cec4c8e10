package blog.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's error pages replaced: errors Jetty itself answers (a request target that is not valid
 * UTF-8 or holds an ambiguous {@code %2e%2e} segment, a header block that is too large, a method the
 * blog does not serve) get the site's layout when one is rendered for the status, otherwise a
 * one-line plain-text body; never a URI echo, a cause or a stack trace. The security headers are
 * set again, since an error response may have been reset.
 */
final class SiteErrorHandler extends ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SiteErrorHandler.class);
    private static final HttpField NO_STORE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-store");
    private static final HttpField HTML = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, PageRef.HTML);
    private static final HttpField TEXT = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");

    private final IntFunction<byte[]> pages;
    private final SecurityHeaders securityHeaders;

    /** {@code pages} gives the site's HTML page for a status, or null for the plain-text fallback. */
    SiteErrorHandler(IntFunction<byte[]> pages, SecurityHeaders securityHeaders) {
        this.pages = pages;
        this.securityHeaders = securityHeaders;
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        securityHeaders.put(headers, SecurityHeaders.isHttps(request));
        headers.put(NO_STORE);
        int code = response.getStatus();
        if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException failure) {
            code = failure.getCode();
            response.setStatus(code);
        }
        if (code < 400) {
            code = HttpStatus.INTERNAL_SERVER_ERROR_500;
            response.setStatus(code);
        }
        if (HttpStatus.hasNoBody(code)) {
            callback.succeeded();
            return true;
        }
        byte[] page = page(code);
        if (page != null) {
            headers.put(HTML);
        } else {
            headers.put(TEXT);
            page = plain(code);
        }
        if ("HEAD".equals(request.getMethod())) {
            headers.put(HttpHeader.CONTENT_LENGTH, page.length);
            callback.succeeded();
        } else {
            response.write(true, ByteBuffer.wrap(page), callback);
        }
        return true;
    }

    /** Errors found while parsing, before there is a request (a header block over the limit). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        securityHeaders.put(fields, false);
        fields.put(NO_STORE);
        fields.put(TEXT);
        return ByteBuffer.wrap(plain(status));
    }

    private byte[] page(int code) {
        try {
            return pages.apply(code);
        } catch (RuntimeException e) {
            LOG.error("the {} page could not be rendered", code, e);
            return null;
        }
    }

    private static byte[] plain(int code) {
        String reason = HttpStatus.getMessage(code);
        return (code + " " + (reason == null ? "Error" : reason) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
