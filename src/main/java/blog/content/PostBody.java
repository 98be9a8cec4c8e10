package blog.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A post's Markdown body, read from its file when a page is rendered rather than kept in memory:
 * a blog of 10,000 posts would otherwise hold some 100 MB of text that the page cache makes
 * redundant.
 *
 * <p>Two failures are told apart. A file that cannot be read just now gives a short notice, marked
 * provisional and counted in {@link ReadFailures}, so that no page keeps it; the file is read again
 * the next time a page asks. A body that cannot be rendered ({@link UnrenderableBody}, such as
 * nesting thousands deep) is logged once and remembered: its pages show the text as written.
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
    private final ReadFailures failures;
    private final AtomicReference<UnrenderableBody> broken = new AtomicReference<>();
    private volatile SourceText pinned;
    private volatile PostDetails details;
    private volatile boolean unreadable;

    /** A body whose details are worked out from its source by {@code derive} when first asked for. */
    PostBody(Path file, Function<SourceText, PostDetails> derive, ReadFailures failures) {
        this.file = file;
        this.derive = derive;
        this.failures = failures;
    }

    /** Returns the body as it is in the file now, after its front matter (or as pinned); a notice if it cannot be read. */
    public String markdown() {
        return read().map(SourceText::body).orElse(UNREADABLE);
    }

    /**
     * Renders the body with {@code markdown}: a body that cannot be rendered shows its text as
     * written, and a file that cannot be read now gives a provisional notice.
     */
    public RenderedBody render(Markdown markdown, ImageSizes sizes, boolean eagerFirstImage) {
        Optional<SourceText> source = read();
        if (source.isEmpty()) {
            failures.record();
            return new RenderedBody("<p>" + UNREADABLE + "</p>\n", List.of(), true);
        }
        if (broken.get() == null) {
            try {
                return markdown.render(source.get().body(), sizes, eagerFirstImage);
            } catch (UnrenderableBody e) {
                remember(e, source.get(), problem -> LOG.error("{}", problem));
            }
        }
        return BodyFallback.html(source.get().body());
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

    /**
     * Returns the details derived from the body, working them out on the first call. Details made
     * while the file cannot be read are a stand-in, counted and not kept.
     */
    PostDetails details() {
        PostDetails known = details;
        if (known != null) {
            return known;
        }
        Optional<SourceText> source = read();
        if (source.isEmpty()) {
            failures.record();
            return derive.apply(notice());
        }
        // Two threads may both work them out; the results are equal, so either may be kept.
        known = deriveSafely(source.get(), problem -> LOG.error("{}", problem));
        details = known;
        return known;
    }

    /** Works the details out now from {@code source}, as {@code check} does; a body that cannot render goes to {@code problems}. */
    void deriveNow(SourceText source, Consumer<Problem> problems) {
        details = deriveSafely(source, problems);
    }

    private PostDetails deriveSafely(SourceText source, Consumer<Problem> problems) {
        try {
            if (broken.get() == null) {
                return derive.apply(source);
            }
        } catch (UnrenderableBody e) {
            remember(e, source, problems);
        } catch (RuntimeException | StackOverflowError e) {
            // A scanner bug must not take the pages that list this post down with it.
            LOG.error("{}: the body could not be analysed ({}); please report this post", file, e.toString());
        }
        try {
            return derive.apply(withBody(source, BodyFallback.literal(source.body())));
        } catch (RuntimeException | StackOverflowError e) {
            return derive.apply(withBody(source, ""));
        }
    }

    /** Remembers that the body cannot render and reports it, once. */
    private void remember(UnrenderableBody failure, SourceText source, Consumer<Problem> problems) {
        if (broken.compareAndSet(null, failure)) {
            problems.accept(Problem.error(file, source.bodyLine() + failure.line() - 1, failure.reason()
                    + "; the page shows the text as written instead"));
        }
    }

    /** Reads the body from the file (or as pinned); empty when it cannot be read now, which is logged when it starts. */
    private Optional<SourceText> read() {
        SourceText kept = pinned;
        if (kept != null) {
            return Optional.of(kept);
        }
        try {
            SourceText source = SourceText.split(PostReader.decode(file));
            if (unreadable) {
                unreadable = false;
                LOG.info("{}: the body can be read again", file);
            }
            return Optional.of(source);
        } catch (ContentException | SourceText.FrontMatterMissing | SourceText.FrontMatterUnclosed e) {
            if (!unreadable) {
                unreadable = true;
                LOG.warn("{}: the body cannot be read now; pages show a notice, not kept, until it can", file);
            }
            return Optional.empty();
        }
    }

    private static SourceText notice() {
        return new SourceText(SourceText.Format.YAML, "", 2, UNREADABLE, 1);
    }

    private static SourceText withBody(SourceText source, String body) {
        return new SourceText(source.format(), source.frontMatter(), source.frontMatterLine(), body, source.bodyLine());
    }
}
