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

    PostBody(Path file) {
        this.file = file;
    }

    /** Returns the body as it is in the file now, after its front matter. */
    public String markdown() {
        try {
            return SourceText.split(PostReader.decode(file)).body();
        } catch (ContentException | SourceText.FrontMatterMissing | SourceText.FrontMatterUnclosed e) {
            LOG.warn("{}: the body can no longer be read; showing a notice instead", file);
            return UNREADABLE;
        }
    }
}
