package blog.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Rendered responses as ready bytes (plain and gzip), bounded in total size. Keys carry the site
 * version, so a rebuilt site never sees an old page. Besides the canonical path, each response is
 * also found by the raw request path it was served for, which lets a repeat request skip decoding.
 */
final class PageCache {

    /** The most memory cached responses may take: every page of a blog of a few thousand posts. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** A cache key: the site version and a path (canonical and decoded, or raw as requested). */
    private record Key(long version, boolean raw, String path) {
    }

    private final Cache<Key, CachedResponse> pages = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            // A raw-path entry shares its bytes with the canonical one, so it weighs only its key.
            .weigher((Key key, CachedResponse response) -> (key.raw() ? 0 : response.weight()) + 2 * key.path().length() + 64)
            .build();

    /** Returns the response for a canonical path, making it with {@code render} the first time. */
    CachedResponse get(long version, String canonicalPath, Supplier<CachedResponse> render) {
        return pages.get(new Key(version, false, canonicalPath), k -> render.get());
    }

    /** As {@link #get(long, String, Supplier)}, but a response made when {@code keep} is false is not kept. */
    CachedResponse get(long version, String canonicalPath, Supplier<CachedResponse> render, BooleanSupplier keep) {
        return KeptIf.get(pages, new Key(version, false, canonicalPath), k -> render.get(), made -> keep.getAsBoolean());
    }

    /** Forgets every response, as after the site has been replaced in watch mode. */
    void clear() {
        pages.invalidateAll();
    }

    /** Returns the response already served for this raw request path, or null. */
    CachedResponse byRequestPath(long version, String rawPath) {
        return pages.getIfPresent(new Key(version, true, rawPath));
    }

    /** Remembers that this raw request path, which named its page canonically, gets {@code response}. */
    void rememberRequestPath(long version, String rawPath, CachedResponse response) {
        pages.put(new Key(version, true, rawPath), response);
    }
}
