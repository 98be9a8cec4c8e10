package blog.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;

/** Rendered responses as ready bytes (plain and gzip), bounded in total size; keys carry the site version. */
final class PageCache {

    /** The most memory cached responses may take: every page of a blog of a few thousand posts. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final Cache<String, CachedResponse> pages = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String key, CachedResponse response) -> response.weight() + 2 * key.length())
            .build();

    /** Returns the cached response under {@code key}, making it with {@code render} the first time. */
    CachedResponse get(String key, Supplier<CachedResponse> render) {
        return pages.get(key, k -> render.get());
    }
}
