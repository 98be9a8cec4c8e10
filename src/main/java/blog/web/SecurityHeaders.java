package blog.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The owner may widen the Content-Security-Policy with {@code BLOG_CSP_EXTRA} (see {@link #policy}).
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

    private static final HttpField HSTS =
            new PreEncodedHttpField(HttpHeader.STRICT_TRANSPORT_SECURITY, STRICT_TRANSPORT_SECURITY);

    private final List<HttpField> always;

    /** The headers with the default policy. */
    SecurityHeaders() {
        this("");
    }

    /** The headers with the default policy widened by {@code cspExtra}, as {@link #policy} merges it. */
    SecurityHeaders(String cspExtra) {
        this.always = List.of(
                new PreEncodedHttpField(null, "Content-Security-Policy", policy(cspExtra)),
                new PreEncodedHttpField(null, "X-Content-Type-Options", "nosniff"),
                new PreEncodedHttpField(null, "Referrer-Policy", "strict-origin-when-cross-origin"),
                new PreEncodedHttpField(null, "X-Frame-Options", "DENY"),
                new PreEncodedHttpField(null, "Permissions-Policy", PERMISSIONS_POLICY),
                new PreEncodedHttpField(null, "Cross-Origin-Opener-Policy", "same-origin"));
    }

    /**
     * The default policy with {@code extra} merged in: {@code extra} holds directives separated by
     * {@code ;} (as {@code Config} checked them); the sources of a directive the default has are added
     * to its own ({@code img-src https://cdn.example.com} keeps {@code 'self' https:}), a directive it
     * lacks is added as given ({@code frame-src https://www.youtube-nocookie.com}). Sources already
     * there are not repeated. {@code 'none'} gives way when a source is added beside it.
     */
    static String policy(String extra) {
        Map<String, List<String>> directives = new LinkedHashMap<>();
        parse(CONTENT_SECURITY_POLICY, directives);
        parse(extra, directives);
        StringBuilder out = new StringBuilder();
        directives.forEach((name, sources) -> {
            out.append(out.isEmpty() ? "" : "; ").append(name);
            sources.forEach(source -> out.append(' ').append(source));
        });
        return out.toString();
    }

    private static void parse(String policy, Map<String, List<String>> into) {
        for (String directive : policy.split(";")) {
            String[] words = directive.strip().split("\\s+");
            if (words[0].isEmpty()) {
                continue;
            }
            List<String> sources = into.computeIfAbsent(words[0].toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>());
            for (int i = 1; i < words.length; i++) {
                if (!sources.contains(words[i])) {
                    sources.remove("'none'");
                    sources.add(words[i]);
                }
            }
        }
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        add(responseHeaders, isHttps(request));
        return request;
    }

    /** Adds the headers to fresh response headers. */
    void add(HttpFields.Mutable headers, boolean https) {
        for (int i = 0; i < always.size(); i++) {
            headers.add(always.get(i));
        }
        if (https) {
            headers.add(HSTS);
        }
    }

    /** Sets the headers on response headers that may already hold some of them (an error page after a reset). */
    void put(HttpFields.Mutable headers, boolean https) {
        for (int i = 0; i < always.size(); i++) {
            headers.put(always.get(i));
        }
        if (https) {
            headers.put(HSTS);
        }
    }

    /** Tells whether the request reached the blog over HTTPS, directly or through a TLS-terminating router. */
    static boolean isHttps(Request request) {
        return request.isSecure() || "https".equalsIgnoreCase(forwardedProto(request));
    }

    /**
     * The scheme the client used, as the PaaS router reports it in {@code X-Forwarded-Proto}, or null.
     * A router may append to the header ({@code "https, http"}); the first entry is the client's.
     */
    static String forwardedProto(Request request) {
        String proto = request.getHeaders().get(HttpHeader.X_FORWARDED_PROTO);
        if (proto == null) {
            return null;
        }
        int comma = proto.indexOf(',');
        return (comma < 0 ? proto : proto.substring(0, comma)).strip();
    }
}
