package blog.content;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The typed front matter of one post. Absent text fields are empty strings, never null.
 *
 * @param date when the post was written, with the offset it was written in
 * @param lastmod when it last changed; the date when the front matter does not say
 * @param publishAt when it may be shown: {@code publishDate}, else the date
 * @param expiresAt when it stops being shown ({@code expiryDate}), if ever
 * @param url the whole path the front matter asks for ({@code url}), or empty
 * @param aliases old paths that redirect to the post
 * @param weight Hugo's list order: posts with a weight come first, lightest first; 0 for none
 */
public record PostMeta(
        String title,
        OffsetDateTime date,
        OffsetDateTime lastmod,
        OffsetDateTime publishAt,
        Optional<OffsetDateTime> expiresAt,
        String description,
        String summary,
        List<String> tags,
        List<String> categories,
        boolean draft,
        String slug,
        String url,
        List<String> aliases,
        int weight,
        String cover,
        String sourceUrl,
        String sourceName) {

    public PostMeta {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(lastmod, "lastmod");
        Objects.requireNonNull(publishAt, "publishAt");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(summary, "summary");
        tags = List.copyOf(tags);
        categories = List.copyOf(categories);
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(url, "url");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(sourceUrl, "sourceUrl");
        Objects.requireNonNull(sourceName, "sourceName");
    }
}
