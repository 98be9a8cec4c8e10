package blog.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;

/**
 * Sends a {@link CachedResponse} the way caches and CDNs expect: validators, {@code 304} for
 * a matching {@code If-None-Match} or {@code If-Modified-Since}, the gzip variant when the
 * client accepts it, and {@code Vary: Accept-Encoding}.
 */
final class HttpCaching {

    /**
     * Pages and feeds: browsers and CDNs may keep a page for a minute, then a CDN may go on serving
     * it for five more while it revalidates in the background, and for a day if this server is down.
     * So an edit reaches every reader within about six minutes; a 304 makes revalidation cheap.
     */
    static final String PAGES = "public, max-age=60, stale-while-revalidate=300, stale-if-error=86400";

    /** Content-hashed assets never change under their URL. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    /** RFC 9110's IMF-fixdate, which has a two-digit day ({@code RFC_1123_DATE_TIME} writes "5 Dec"). */
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private HttpCaching() {
    }

    /** Formats an instant as an HTTP date, as in {@code Last-Modified}. */
    static String httpDate(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }

    /** Answers {@code ctx} with {@code response}, or with 304 when the client's copy is current. */
    static void send(Context ctx, HttpStatus status, CachedResponse response, String cacheControl) {
        boolean gzip = response.hasGzip() && acceptsGzip(ctx.header("Accept-Encoding"));
        boolean ok = status == HttpStatus.OK;
        setAll(ctx, response.cacheHeaders(gzip, cacheControl, ok));
        if (ok && isNotModified(ctx, response)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.status(status);
        // Declared, as cache hits declare it: Javalin would otherwise stream a large result chunked.
        setAll(ctx, response.contentHeaders(gzip));
        ctx.result(gzip ? response.gzip() : response.body());
    }

    private static void setAll(Context ctx, List<HttpField> fields) {
        for (HttpField field : fields) {
            ctx.header(field.getName(), field.getValue());
        }
    }

    /** RFC 9110: If-None-Match, compared weakly, wins; If-Modified-Since counts only without it. */
    static boolean isNotModified(Context ctx, CachedResponse response) {
        return isNotModified(ctx.header("If-None-Match"), ctx.header("If-Modified-Since"), response.lastModified(),
                response.etag(), response.gzipEtag());
    }

    /** As above, from the two request headers (null when absent) and the representation's validators. */
    static boolean isNotModified(String ifNoneMatch, String ifModifiedSince, Optional<Instant> lastModified,
            String... etags) {
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                if (t.equals("*") || List.of(etags).contains(t)) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince == null || lastModified.isEmpty()) {
            return false;
        }
        return parseHttpDate(ifModifiedSince).map(since -> !lastModified.get().isAfter(since)).orElse(false);
    }

    /** Parses an HTTP date (IMF-fixdate, or RFC 1123 with a one-digit day); empty if it is not one. */
    static Optional<Instant> parseHttpDate(String text) {
        try {
            return Optional.of(Instant.from(HTTP_DATE.parse(text.strip())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Tells whether an Accept-Encoding header allows gzip ({@code gzip}, {@code x-gzip} or {@code *}, with q above 0). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] fields = part.split(";");
            String coding = fields[0].strip().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) {
                return quality(fields) > 0;
            }
        }
        return false;
    }

    private static double quality(String[] fields) {
        for (int i = 1; i < fields.length; i++) {
            String f = fields[i].strip();
            if (f.startsWith("q=")) {
                try {
                    return Double.parseDouble(f.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
