package blog.content;

import java.util.List;
import java.util.Optional;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to safe HTML. Built once and shared: commonmark's parser and renderer and the
 * sanitizer are all safe to use from many threads.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            TaskListItemsExtension.create(),
            FootnotesExtension.create(),
            HeadingAnchorExtension.create());

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    // Raw HTML is rendered as written and then cleaned by HtmlSanitizer's allow-list, which is
    // what removes script, event handlers and javascript: URLs while keeping formatting tags.
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .nodeRendererFactory(CjkSoftBreakRenderer::new)
            .build();

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final Shortcodes shortcodes;

    /** Creates a renderer that knows Hugo's built-in shortcodes only. */
    public Markdown() {
        this(Shortcodes.builtIn());
    }

    /** Creates a renderer that knows {@code shortcodes}. */
    public Markdown(Shortcodes shortcodes) {
        this.shortcodes = shortcodes;
    }

    /** Renders a post body to sanitized HTML, without the reading aids that {@link #render} adds. */
    public String toHtml(String markdown) {
        return sanitizer.clean(unsanitized(markdown));
    }

    // Shortcode output is sanitized with the rest of the body: templates and arguments can no more
    // run script than raw HTML in the post can.
    private String unsanitized(String markdown) {
        return shortcodes.render(markdown, text -> renderer.render(parser.parse(text)));
    }

    /**
     * Renders a post body to sanitized HTML with a table of contents, anchor links on its
     * headings, and images that keep their space ({@code sizes}) and load lazily after the first.
     */
    public RenderedBody render(String markdown, ImageSizes sizes) {
        return render(markdown, sizes, true);
    }

    /** As {@link #render(String, ImageSizes)}; {@code eagerFirstImage} false when a cover above is the page's first image. */
    public RenderedBody render(String markdown, ImageSizes sizes, boolean eagerFirstImage) {
        return sanitizer.cleanAndDress(unsanitized(markdown), sizes, eagerFirstImage);
    }

    /** Returns the problems with the shortcodes of a body whose first line is {@code bodyLine} of {@code file}. */
    List<Problem> shortcodeProblems(java.nio.file.Path file, String body, int bodyLine) {
        return shortcodes.problems(file, body, bodyLine);
    }

    /** Returns the text a reader sees in a body, one block a line, for search (see {@link PlainText}). */
    public String plainText(String markdown) {
        return PlainText.of(parser.parse(shortcodes.plain(markdown)));
    }

    /** Parses a body and gathers its summary text, lead image, reading-time counts and local links. */
    BodyFacts analyze(String markdown, int bodyLine, boolean needsProse) {
        return analyze(markdown, bodyLine, needsProse, true);
    }

    /**
     * Gathers a body's facts. Counts and images come from a quick scan of the source; the full
     * parse runs only when {@code needsProse} (a summary must be made) or {@code needsLinks}.
     */
    BodyFacts analyze(String source, int bodyLine, boolean needsProse, boolean needsLinks) {
        String markdown = shortcodes.plain(source);
        RawBodyScan.Result raw = RawBodyScan.scan(markdown);
        if (!needsProse && !needsLinks) {
            return new BodyFacts("", Optional.empty(), raw.leadImage(), raw.firstImage(), raw.cjkChars(),
                    raw.words(), List.of());
        }
        BodyAnalyzer.Parsed parsed = BodyAnalyzer.analyze(parser.parse(markdown), bodyLine, needsProse);
        return new BodyFacts(parsed.prose(), parsed.beforeMore(), raw.leadImage(), raw.firstImage(), raw.cjkChars(),
                raw.words(), parsed.localLinks());
    }
}
