package blog.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A response ready to send many times: its bytes, a gzip variant made once, a strong ETag
 * derived from the bytes alone (so every instance started from the same posts agrees on it),
 * and when its content last changed.
 *
 * @param gzip the gzip-encoded bytes, or empty when compressing would not pay
 * @param lastModified when the content last changed, to the second, if known
 */
record CachedResponse(byte[] body, byte[] gzip, String etag, String contentType, Optional<Instant> lastModified) {

    /** Below this size a gzip variant saves too little to be worth the header. */
    static final int MIN_GZIP_BYTES = 256;

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
        return body.length + gzip.length + 128;
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
