package blog.site;

import java.util.List;
import java.util.Optional;

/**
 * One page of a paginated list.
 *
 * @param number the page number, from 1
 * @param totalPages how many pages the list has, at least 1
 */
public record PageSlice<T>(List<T> items, int number, int totalPages) {

    public PageSlice {
        items = List.copyOf(items);
    }

    /** Returns page {@code number} of {@code all}, or empty if there is no such page. */
    public static <T> Optional<PageSlice<T>> of(List<T> all, int number, int size) {
        int total = Math.max(1, (all.size() + size - 1) / size);
        if (number < 1 || number > total) {
            return Optional.empty();
        }
        int from = (number - 1) * size;
        return Optional.of(new PageSlice<>(all.subList(from, Math.min(all.size(), from + size)), number, total));
    }

    /** Tells whether a newer page exists. */
    public boolean hasPrevious() {
        return number > 1;
    }

    /** Tells whether an older page exists. */
    public boolean hasNext() {
        return number < totalPages;
    }
}
