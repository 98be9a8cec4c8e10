package blog.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One readable post: where it came from, its metadata, and its body with what is derived from it.
 *
 * <p>The derived values (summary, reading time, cover, image, local links) come from {@link PostBody}:
 * the server works them out from the body the first time a page needs them, so that start-up reads
 * only front matter; {@code check} works them out while loading.
 *
 * @param file the post's file, as found under the posts folder
 * @param slug the post's name: its front matter {@code slug}, else its file name, as Hugo makes URLs of them
 * @param path its URL path, decoded: {@code /posts/{slug}/} unless a permalink pattern or {@code url} says otherwise
 * @param aliasPaths old paths that answer with a redirect to {@code path}
 * @param bundle the folder of a page bundle ({@code name/index.md}), whose files are served under {@code path}
 * @param body where the Markdown body is read from when a page needs it
 */
public record Post(Path file, String slug, String path, List<String> aliasPaths, Optional<Path> bundle,
        PostMeta meta, PostBody body) {

    public Post {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(path, "path");
        aliasPaths = List.copyOf(aliasPaths);
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(body, "body");
    }

    /** Returns the Markdown body, read again from its file (see {@link PostBody}). */
    public String markdown() {
        return body.markdown();
    }

    /** Shortcut for the title. */
    public String title() {
        return meta.title();
    }

    /** Returns the plain-text summary shown in lists and feeds. */
    public String summary() {
        return body.details().summary();
    }

    /** Returns the estimated reading time, at least one minute. */
    public int readingMinutes() {
        return body.details().readingMinutes();
    }

    /** Returns the cover image URL, or empty. */
    public String cover() {
        return body.details().cover();
    }

    /** Returns the picture that stands for the post when shared: the cover, else the body's first image, or empty. */
    public String image() {
        return body.details().image();
    }

    /** Tells whether the cover is the body's own first image (so the page shows it once). */
    public boolean coverInBody() {
        return body.details().coverInBody();
    }

    /** Returns the body's links and images into this site, for {@code check}. */
    public List<BodyFacts.LocalLink> localLinks() {
        return body.details().localLinks();
    }
}
