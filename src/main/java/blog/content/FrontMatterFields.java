package blog.content;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The top-level keys of one front matter block, whatever its format (YAML, TOML or JSON), each
 * with the file line it sits on. Keys are matched without regard to case, as Hugo does, so
 * {@code publishdate} and {@code publishDate} are one key.
 */
final class FrontMatterFields {

    private final Map<String, Field> fields = new LinkedHashMap<>();

    /** One key's value: a String, a List of values, a Map, or null, and the line it is on. */
    record Field(String key, Object value, int line) {
    }

    /** Collects fields in file order; the first spelling of a key wins. */
    FrontMatterFields(Iterable<Field> all) {
        for (Field field : all) {
            fields.putIfAbsent(field.key().toLowerCase(Locale.ROOT), field);
        }
    }

    /** Returns the field under {@code key}, if the front matter has it and it is not null. */
    Optional<Field> get(String key) {
        Field field = fields.get(key.toLowerCase(Locale.ROOT));
        return field == null || field.value() == null ? Optional.empty() : Optional.of(field);
    }

    /** Returns the first of {@code keys} that the front matter has. */
    Optional<Field> first(String... keys) {
        for (String key : keys) {
            Optional<Field> field = get(key);
            if (field.isPresent()) {
                return field;
            }
        }
        return Optional.empty();
    }

    /** Front matter that cannot be read, with the file line to blame. */
    static final class Invalid extends Exception {
        private final int line;

        Invalid(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
