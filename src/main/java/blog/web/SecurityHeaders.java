package blog.web;

import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * The security headers every response carries: pages, feeds, files, redirects, 304s and errors,
 * Jetty's own included. They are added as a Jetty {@link HttpConfiguration.Customizer}, before any
 * handler runs, from header fields encoded once at start-up; HSTS only goes to requests that
 * arrived over HTTPS (a secure connection, or {@code X-Forwarded-Proto: https} from the PaaS router).
 */
public final class SecurityHeaders implements HttpConfiguration.Customizer {

    /**
     * No script at all (the JSON-LD {@code <script type="application/ld+json">} block is data, which
     * CSP does not govern), styles and everything else from this origin only, images also from any
     * https origin (post bodies may show remote images), no plugins, no framing, no foreign forms.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' https:; "
            + "script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** Powerful browser features the blog never uses, turned off for it and anything it could embed. */
    public static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()";

    /** Two years, subdomains included: what the HSTS preload list asks for. */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

    private static final List<HttpField> ALWAYS = List.of(
            new PreEncodedHttpField(null, "Content-Security-Policy", CONTENT_SECURITY_POLICY),
            new PreEncodedHttpField(null, "X-Content-Type-Options", "nosniff"),
            new PreEncodedHttpField(null, "Referrer-Policy", "strict-origin-when-cross-origin"),
            new PreEncodedHttpField(null, "X-Frame-Options", "DENY"),
            new PreEncodedHttpField(null, "Permissions-Policy", PERMISSIONS_POLICY),
            new PreEncodedHttpField(null, "Cross-Origin-Opener-Policy", "same-origin"));

    private static final HttpField HSTS =
            new PreEncodedHttpField(HttpHeader.STRICT_TRANSPORT_SECURITY, STRICT_TRANSPORT_SECURITY);

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        add(responseHeaders, isHttps(request));
        return request;
    }

    /** Adds the headers to fresh response headers. */
    static void add(HttpFields.Mutable headers, boolean https) {
        for (int i = 0; i < ALWAYS.size(); i++) {
            headers.add(ALWAYS.get(i));
        }
        if (https) {
            headers.add(HSTS);
        }
    }

    /** Sets the headers on response headers that may already hold some of them (an error page after a reset). */
    static void put(HttpFields.Mutable headers, boolean https) {
        for (int i = 0; i < ALWAYS.size(); i++) {
            headers.put(ALWAYS.get(i));
        }
        if (https) {
            headers.put(HSTS);
        }
    }

    /** Tells whether the request reached the blog over HTTPS, directly or through a TLS-terminating router. */
    static boolean isHttps(Request request) {
        if (request.isSecure()) {
            return true;
        }
        String proto = request.getHeaders().get(HttpHeader.X_FORWARDED_PROTO);
        // A router may append: "https, http" (the first hop is the client's); a plain compare covers the usual case.
        return proto != null && (proto.equalsIgnoreCase("https") || proto.regionMatches(true, 0, "https,", 0, 6));
    }
}
