package blog.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * A response ready to send many times: its bytes, a gzip variant made once, a strong ETag
 * derived from the bytes alone (so every instance started from the same posts agrees on it),
 * and when its content last changed; for pages, the response headers encoded once too.
 */
final class CachedResponse {

    /** Below this size a gzip variant saves too little to be worth the header. */
    static final int MIN_GZIP_BYTES = 256;

    private final byte[] body;
    private final byte[] gzip;
    private final String etag;
    private final String contentType;
    private final Optional<Instant> lastModified;
    /** The page headers, encoded once, for {@link CachedPageHandler}: identity and gzip variants. */
    private final HttpField[] plainPageHeaders;
    private final HttpField[] gzipPageHeaders;

    private CachedResponse(byte[] body, byte[] gzip, String etag, String contentType, Optional<Instant> lastModified) {
        this.body = body;
        this.gzip = gzip;
        this.etag = etag;
        this.contentType = contentType;
        this.lastModified = lastModified;
        this.plainPageHeaders = encodePageHeaders(false);
        this.gzipPageHeaders = hasGzip() ? encodePageHeaders(true) : plainPageHeaders;
    }

    /** Prepares a text response. */
    static CachedResponse of(String text, String contentType, Optional<Instant> lastModified) {
        return of(text.getBytes(StandardCharsets.UTF_8), contentType, lastModified);
    }

    /** Prepares a response from bytes; text types get a gzip variant. */
    static CachedResponse of(byte[] body, String contentType, Optional<Instant> lastModified) {
        boolean text = contentType.startsWith("text/") || contentType.contains("xml") || contentType.contains("svg");
        byte[] gzip = text && body.length >= MIN_GZIP_BYTES ? gzip(body) : new byte[0];
        return new CachedResponse(body, gzip.length > 0 && gzip.length < body.length ? gzip : new byte[0],
                etag(body), contentType, lastModified.map(t -> t.truncatedTo(ChronoUnit.SECONDS)));
    }

    /** The bytes as rendered. */
    byte[] body() {
        return body;
    }

    /** The gzip-encoded bytes, or empty when compressing would not pay. */
    byte[] gzip() {
        return gzip;
    }

    /** The strong ETag of {@link #body()}. */
    String etag() {
        return etag;
    }

    /** When the content last changed, to the second, if known. */
    Optional<Instant> lastModified() {
        return lastModified;
    }

    /** The headers of a {@code 200} page response ({@link HttpCaching#PAGES}), already encoded. */
    HttpField[] pageHeaders(boolean gzipped) {
        return gzipped ? gzipPageHeaders : plainPageHeaders;
    }

    private HttpField[] encodePageHeaders(boolean gzipped) {
        List<HttpField> fields = new ArrayList<>(7);
        fields.addAll(cacheHeaders(gzipped, HttpCaching.PAGES, true));
        fields.addAll(contentHeaders(gzipped));
        return fields.toArray(HttpField[]::new);
    }

    /**
     * {@code Cache-Control}, {@code Vary}, and for a {@code 200} ({@code withValidators}) the
     * {@code ETag} and {@code Last-Modified}: the headers a {@code 304} repeats. Every way this
     * response is sent takes its headers from here and {@link #contentHeaders}, so a cache hit
     * answered by Jetty and a response sent through Javalin carry the same ones.
     */
    List<HttpField> cacheHeaders(boolean gzipped, String cacheControl, boolean withValidators) {
        List<HttpField> fields = new ArrayList<>(4);
        fields.add(new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, cacheControl));
        if (withValidators) {
            fields.add(new PreEncodedHttpField(HttpHeader.ETAG, gzipped ? gzipEtag() : etag));
            lastModified.ifPresent(t -> fields.add(new PreEncodedHttpField(HttpHeader.LAST_MODIFIED, HttpCaching.httpDate(t))));
        }
        if (hasGzip()) {
            fields.add(new PreEncodedHttpField(HttpHeader.VARY, "Accept-Encoding"));
        }
        return fields;
    }

    /** {@code Content-Type}, {@code Content-Encoding} for the gzip variant, and {@code Content-Length}. */
    List<HttpField> contentHeaders(boolean gzipped) {
        List<HttpField> fields = new ArrayList<>(3);
        fields.add(new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, contentType));
        if (gzipped) {
            fields.add(new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, "gzip"));
        }
        fields.add(new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH, Integer.toString((gzipped ? gzip : body).length)));
        return fields;
    }

    /** Returns the ETag of the gzip variant: a different representation needs a different strong tag. */
    String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    /** Tells whether a gzip variant exists. */
    boolean hasGzip() {
        return gzip.length > 0;
    }

    /** Returns the memory this response takes, for the cache's byte bound. */
    int weight() {
        return body.length + gzip.length + 512;
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
