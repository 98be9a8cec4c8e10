package blog.content;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A post's Markdown body, read from its file when a page is rendered rather than kept in memory:
 * a blog of 10,000 posts would otherwise hold some 100 MB of text that the page cache makes
 * redundant. If the file has become unreadable since start-up, a short notice takes its place.
 */
public final class PostBody {

    private static final Logger LOG = LoggerFactory.getLogger(PostBody.class);
    static final String UNREADABLE = "（這篇文章的內容暫時無法讀取，請稍後再試。）";

    private final Path file;
    private volatile String pinned;

    PostBody(Path file) {
        this.file = file;
    }

    /** Returns the body as it is in the file now, after its front matter (or as pinned). */
    public String markdown() {
        String kept = pinned;
        if (kept != null) {
            return kept;
        }
        try {
            return SourceText.split(PostReader.decode(file)).body();
        } catch (ContentException | SourceText.FrontMatterMissing | SourceText.FrontMatterUnclosed e) {
            LOG.warn("{}: the body can no longer be read; showing a notice instead", file);
            return UNREADABLE;
        }
    }

    /**
     * Keeps the body as the file holds it now, for watch mode: if a later save of the file is
     * broken, the post's last good version stays whole, body included.
     */
    public void pin() {
        try {
            pinned = SourceText.split(PostReader.decode(file)).body();
        } catch (ContentException | SourceText.FrontMatterMissing | SourceText.FrontMatterUnclosed e) {
            // left unpinned: the post was read a moment ago, and the next look at the folder reloads it
        }
    }
}
