package blog.content;

import java.nio.file.Path;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A post's Markdown body, read from its file when a page is rendered rather than kept in memory:
 * a blog of 10,000 posts would otherwise hold some 100 MB of text that the page cache makes
 * redundant. If the file has become unreadable since start-up, a short notice takes its place.
 *
 * <p>It also holds the {@link PostDetails} derived from the body. The server's start-up leaves
 * them to be worked out from the file the first time a page asks (then kept), so that it reads
 * front matter only; a page is never shown without them.
 */
public final class PostBody {

    private static final Logger LOG = LoggerFactory.getLogger(PostBody.class);
    static final String UNREADABLE = "（這篇文章的內容暫時無法讀取，請稍後再試。）";

    private final Path file;
    private final Function<SourceText, PostDetails> derive;
    private volatile SourceText pinned;
    private volatile PostDetails details;

    /** A body whose details are worked out from its source by {@code derive} when first asked for. */
    PostBody(Path file, Function<SourceText, PostDetails> derive) {
        this.file = file;
        this.derive = derive;
    }

    /** A body whose details are already known. */
    PostBody(Path file, PostDetails details) {
        this(file, source -> details);
        this.details = details;
    }

    /** Returns the body as it is in the file now, after its front matter (or as pinned). */
    public String markdown() {
        return source().body();
    }

    /**
     * Keeps the body as the file holds it now, for watch mode: if a later save of the file is
     * broken, the post's last good version stays whole, body and details included.
     */
    public void pin() {
        try {
            pinned = SourceText.split(PostReader.decode(file));
        } catch (ContentException | SourceText.FrontMatterMissing | SourceText.FrontMatterUnclosed e) {
            // left unpinned: the post was read a moment ago, and the next look at the folder reloads it
        }
    }

    /** Returns the details derived from the body, working them out on the first call. */
    PostDetails details() {
        PostDetails known = details;
        if (known == null) {
            // Two threads may both work them out; the results are equal, so either may be kept.
            known = deriveSafely();
            details = known;
        }
        return known;
    }

    private PostDetails deriveSafely() {
        try {
            return derive.apply(source());
        } catch (RuntimeException e) {
            // A scanner bug must not take the pages that list this post down with it.
            LOG.error("{}: the body could not be analysed ({}); please report this post", file, e.toString());
            return derive.apply(unreadable());
        }
    }

    private SourceText source() {
        SourceText kept = pinned;
        if (kept != null) {
            return kept;
        }
        try {
            return SourceText.split(PostReader.decode(file));
        } catch (ContentException | SourceText.FrontMatterMissing | SourceText.FrontMatterUnclosed e) {
            LOG.warn("{}: the body can no longer be read; showing a notice instead", file);
            return unreadable();
        }
    }

    private static SourceText unreadable() {
        return new SourceText(SourceText.Format.YAML, "", 2, UNREADABLE, 1);
    }
}
