package blog.content;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns the front matter fields of one post into typed {@link PostMeta}, naming the line of any
 * bad value. Reads Hugo's and Hexo's names for the same things ({@code lastmod} or {@code updated}).
 */
final class FrontMatter {

    private final Path file;
    private final FrontMatterFields fields;
    private final ZoneId zone;
    private final Consumer<Problem> warnings;

    private FrontMatter(Path file, FrontMatterFields fields, ZoneId zone, Consumer<Problem> warnings) {
        this.file = file;
        this.fields = fields;
        this.zone = zone;
        this.warnings = warnings;
    }

    /**
     * Reads the metadata; {@code fallbackDate} is used, with a warning, when there is no date.
     * Unknown keys are ignored.
     */
    static PostMeta read(Path file, FrontMatterFields fields, ZoneId zone, Optional<OffsetDateTime> fallbackDate,
            Consumer<Problem> warnings) throws ContentException {
        return new FrontMatter(file, fields, zone, warnings).meta(fallbackDate);
    }

    private PostMeta meta(Optional<OffsetDateTime> fallbackDate) throws ContentException {
        String title = text("title");
        if (title.isBlank()) {
            throw error(1, "no title: add a line like 'title: \"My post\"' to the front matter");
        }
        Optional<OffsetDateTime> written = date("date");
        Optional<OffsetDateTime> publishDate = date("publishDate", "pubdate");
        OffsetDateTime date;
        if (written.isPresent()) {
            date = written.get();
        } else if (publishDate.isPresent()) {
            date = publishDate.get();
        } else if (fallbackDate.isPresent()) {
            date = fallbackDate.get();
            warnings.accept(Problem.warning(file, 1, "no date: using " + date
                    + "; add a line like 'date: 2025-04-21T13:52:36+08:00'"));
        } else {
            throw error(1, "no date: add a line like 'date: 2025-04-21T13:52:36+08:00'");
        }
        // Hugo's lastmod (or modified), Hexo's updated.
        OffsetDateTime lastmod = date("lastmod", "modified", "updated").orElse(date);
        // Hexo's 'published: false' keeps a post unpublished, like Hugo's 'draft: true'.
        boolean draft = bool("draft") || text("published").equalsIgnoreCase("false");
        return new PostMeta(title, date, lastmod, publishDate.orElse(date), date("expiryDate", "unpublishdate"),
                text("description"), text("summary"), terms("tags"), terms("categories"),
                draft, text("slug"), text("url"), aliases(), weight(), cover(), sourceUrl(), text("source_name"));
    }

    private String text(String key) throws ContentException {
        Optional<FrontMatterFields.Field> field = fields.get(key);
        return field.isEmpty() ? "" : text(field.get());
    }

    private String text(FrontMatterFields.Field field) throws ContentException {
        if (field.value() instanceof String s) {
            return clean(field, s).strip();
        }
        throw error(field.line(), "'" + field.key() + "' must be text, was " + describe(field.value()));
    }

    /** Reads the first of {@code keys} present as a date. */
    private Optional<OffsetDateTime> date(String... keys) throws ContentException {
        Optional<FrontMatterFields.Field> field = fields.first(keys);
        String raw = field.isEmpty() ? "" : text(field.get());
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Optional<OffsetDateTime> date = Dates.parse(raw, zone);
        if (date.isEmpty()) {
            throw error(field.get().line(), "'" + field.get().key()
                    + "' must look like 2025-04-21T13:52:36+08:00 or 2025-04-21, was \"" + raw + "\"");
        }
        return date;
    }

    /** Hugo's {@code weight}: a whole number; posts with one come first in lists, lightest first. */
    private int weight() throws ContentException {
        String raw = text("weight");
        if (raw.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw error(fields.get("weight").orElseThrow().line(), "'weight' must be a whole number like 10, was \""
                    + raw + "\"");
        }
    }

    /** Hugo's {@code aliases}: the old paths of a post, a list or one string. */
    private List<String> aliases() throws ContentException {
        Optional<FrontMatterFields.Field> field = fields.get("aliases");
        List<String> paths = new ArrayList<>();
        if (field.isPresent()) {
            collectTerms(field.get(), field.get().value(), paths);
        }
        return paths;
    }

    private boolean bool(String key) throws ContentException {
        String raw = text(key).toLowerCase(Locale.ROOT);
        switch (raw) {
            case "", "false", "no", "off":
                return false;
            case "true", "yes", "on":
                return true;
            default:
                throw error(fields.get(key).orElseThrow().line(),
                        "'" + key + "' must be true or false, was \"" + raw + "\"");
        }
    }

    /** Reads a taxonomy: a list, a single string, or Hexo's nested lists, flattened in order. */
    private List<String> terms(String key) throws ContentException {
        Optional<FrontMatterFields.Field> field = fields.get(key);
        List<String> terms = new ArrayList<>();
        if (field.isPresent()) {
            collectTerms(field.get(), field.get().value(), terms);
        }
        return terms;
    }

    private void collectTerms(FrontMatterFields.Field field, Object value, List<String> into) throws ContentException {
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof List<?>) {
                    collectTerms(field, item, into); // Hexo's nested lists
                } else {
                    addTerm(field, item, into);
                }
            }
        } else {
            addTerm(field, value, into);
        }
    }

    private void addTerm(FrontMatterFields.Field field, Object value, List<String> into) throws ContentException {
        if (value instanceof String s) {
            String term = clean(field, s).strip();
            if (!term.isEmpty() && !into.contains(term)) {
                into.add(term);
            }
        } else if (value != null) {
            throw error(field.line(), "'" + field.key() + "' must be a list of words like [\"AI\", \"晶片\"], found "
                    + describe(value));
        }
    }

    /** The cover image: {@code cover} (a path or PaperMod's {@code cover.image}), else the first of {@code images}. */
    private String cover() throws ContentException {
        Optional<FrontMatterFields.Field> cover = fields.get("cover");
        if (cover.isPresent()) {
            Object value = cover.get().value();
            if (value instanceof Map<?, ?> map && map.get("image") instanceof String image) {
                return clean(cover.get(), image).strip();
            }
            if (value instanceof String image) {
                return clean(cover.get(), image).strip();
            }
        }
        Optional<FrontMatterFields.Field> images = fields.get("images");
        if (images.isPresent()) {
            Object value = images.get().value();
            if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String first) {
                return clean(images.get(), first).strip();
            }
            if (value instanceof String image) {
                return clean(images.get(), image).strip();
            }
        }
        return "";
    }

    /** Keeps {@code source_url} only when it is a web address, so a link can never run script. */
    private String sourceUrl() throws ContentException {
        String url = text("source_url");
        if (url.isEmpty() || url.startsWith("https://") || url.startsWith("http://")) {
            return url;
        }
        warnings.accept(Problem.warning(file, fields.get("source_url").orElseThrow().line(),
                "'source_url' must start with https:// or http://, was \"" + url + "\"; it is not shown"));
        return "";
    }

    /**
     * Every text value passes here: characters HTML cannot hold (see {@link InvalidChars}) are
     * dropped, with a warning naming the field, so no page, feed or head tag ever carries them.
     */
    private String clean(FrontMatterFields.Field field, String value) {
        String clean = InvalidChars.drop(value);
        if (clean != value) {
            warnings.accept(Problem.warning(file, field.line(), "'" + field.key() + "' holds the control or invalid "
                    + "character " + InvalidChars.firstName(value) + "; it is dropped: delete it from the text"));
        }
        return clean;
    }

    private static String describe(Object value) {
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "a mapping";
        }
        return "\"" + value + "\"";
    }

    private ContentException error(int line, String message) {
        return new ContentException(Problem.error(file, line, message));
    }
}
