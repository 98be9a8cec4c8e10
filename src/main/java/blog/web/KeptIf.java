package blog.web;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Gets a value from a cache, made once however many ask at the same time, but kept only if it
 * may be: a page or body made while a post's file could not be read is answered, never remembered.
 */
final class KeptIf {

    private KeptIf() {
    }

    /** Returns the cached value for {@code key}, or makes it with {@code make}, keeping it only if {@code keep} says so. */
    @SuppressWarnings("unchecked")
    static <K, V> V get(Cache<K, V> cache, K key, Function<K, V> make, Predicate<V> keep) {
        Object[] made = new Object[1];
        V kept = cache.get(key, k -> {
            V value = make.apply(k);
            made[0] = value;
            return keep.test(value) ? value : null;
        });
        if (kept != null) {
            return kept;
        }
        // Made here but not kept; or made, not kept, by another caller this one waited for.
        return made[0] != null ? (V) made[0] : make.apply(key);
    }
}
