package blog.content;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One readable post: where it came from, its metadata and body, and what was derived from them.
 *
 * @param file the post's file, as found under the posts folder
 * @param slug the post's name: its front matter {@code slug}, else its file name, as Hugo makes URLs of them
 * @param path its URL path, decoded: {@code /posts/{slug}/} unless a permalink pattern or {@code url} says otherwise
 * @param aliasPaths old paths that answer with a redirect to {@code path}
 * @param bundle the folder of a page bundle ({@code name/index.md}), whose files are served under {@code path}
 * @param body where the Markdown body is read from when a page needs it
 * @param summary the plain-text summary shown in lists and feeds
 * @param readingMinutes the estimated reading time, at least one minute
 * @param cover the cover image URL, or empty
 * @param image the picture that stands for the post when shared: the cover, else the body's first image, or empty
 * @param coverInBody whether the cover is the body's own first image (so the page shows it once)
 * @param localLinks the body's links and images into this site, for {@code check}
 */
public record Post(Path file, String slug, String path, java.util.List<String> aliasPaths,
        java.util.Optional<Path> bundle, PostMeta meta, PostBody body, String summary,
        int readingMinutes, String cover, String image, boolean coverInBody, java.util.List<BodyFacts.LocalLink> localLinks) {

    public Post {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(path, "path");
        aliasPaths = java.util.List.copyOf(aliasPaths);
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(image, "image");
        localLinks = java.util.List.copyOf(localLinks);
    }

    /** Returns the Markdown body, read again from its file (see {@link PostBody}). */
    public String markdown() {
        return body.markdown();
    }

    /** Shortcut for the title. */
    public String title() {
        return meta.title();
    }
}
