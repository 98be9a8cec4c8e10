package blog.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;

/** Rendered pages as ready bytes, bounded in total size; keys carry the site version, so old pages age out. */
final class PageCache {

    /** The most memory rendered pages may take: enough for every page of a blog of a few thousand posts. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final Cache<String, byte[]> pages = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String key, byte[] page) -> page.length + 2 * key.length() + 64)
            .build();

    /** Returns the cached page under {@code key}, rendering it with {@code render} the first time. */
    byte[] get(String key, Supplier<byte[]> render) {
        return pages.get(key, k -> render.get());
    }

    /** Drops every page, as when the site has changed. */
    void clear() {
        pages.invalidateAll();
    }
}
