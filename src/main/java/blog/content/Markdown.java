package blog.content;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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
 * sanitizer are all safe to use from many threads. Every parse goes through {@link #parse}, which
 * refuses bodies nested deeper than {@link NestingDepth#LIMIT} with an {@link UnrenderableBody}.
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

    // Without extensions nothing walks the tree recursively while parsing, so this one can measure
    // a body whose nesting overflowed the full parser's post-processors (autolinks).
    private final Parser bareParser = Parser.builder()
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
        return guarded(() -> sanitizer.clean(unsanitized(markdown)));
    }

    // Shortcode output is sanitized with the rest of the body: templates and arguments can no more
    // run script than raw HTML in the post can.
    private String unsanitized(String markdown) {
        return shortcodes.render(markdown, text -> renderer.render(parse(text)));
    }

    /**
     * Parses Markdown; the one place that does. Throws {@link UnrenderableBody} for a body nested
     * deeper than {@link NestingDepth#LIMIT}, which the recursive renderer and visitors could not
     * walk, or that the parser itself fails on.
     */
    private Node parse(String text) {
        Node document;
        try {
            document = parser.parse(text);
        } catch (StackOverflowError e) {
            NestingDepth.check(bareParser.parse(text));
            throw new UnrenderableBody(1, "the Markdown could not be parsed (" + e + ")");
        } catch (RuntimeException e) {
            throw new UnrenderableBody(1, "the Markdown could not be parsed (" + e + ")");
        }
        NestingDepth.check(document);
        return document;
    }

    /**
     * Runs a parse or render, turning a failure that comes from the body (a bug it triggers, a
     * stack overflow in a recursive walk, a shortcode template that recurses) into an
     * {@link UnrenderableBody}, so that it affects that post alone.
     */
    private static <T> T guarded(Supplier<T> work) {
        try {
            return work.get();
        } catch (UnrenderableBody e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new UnrenderableBody(1, "the body could not be rendered (" + e + ")");
        }
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
        return guarded(() -> sanitizer.cleanAndDress(unsanitized(markdown), sizes, eagerFirstImage));
    }

    /** Returns the problems with the shortcodes of a body whose first line is {@code bodyLine} of {@code file}. */
    List<Problem> shortcodeProblems(java.nio.file.Path file, String body, int bodyLine) {
        return shortcodes.problems(file, body, bodyLine);
    }

    /**
     * Returns the text a reader sees in a body, one block a line, for search (see {@link PlainText});
     * for a body that cannot be parsed, the text as written, so that search still finds its words.
     */
    public String plainText(String markdown) {
        try {
            return guarded(() -> PlainText.of(parse(shortcodes.plain(markdown))));
        } catch (UnrenderableBody e) {
            return markdown;
        }
    }

    /** Parses a body and gathers its summary text, lead image, reading-time counts and local links. */
    BodyFacts analyze(String markdown, int bodyLine, boolean needsProse) {
        return analyze(markdown, bodyLine, needsProse, true);
    }

    /**
     * Gathers a body's facts. Counts and images come from a quick scan of the source; the full
     * parse runs only when {@code needsProse} (a summary must be made) or {@code needsLinks}, and
     * throws {@link UnrenderableBody} for a body that cannot be parsed.
     */
    BodyFacts analyze(String source, int bodyLine, boolean needsProse, boolean needsLinks) {
        String markdown = shortcodes.plain(source);
        RawBodyScan.Result raw = RawBodyScan.scan(markdown);
        if (!needsProse && !needsLinks) {
            return new BodyFacts("", Optional.empty(), raw.leadImage(), raw.firstImage(), raw.cjkChars(),
                    raw.words(), List.of());
        }
        BodyAnalyzer.Parsed parsed = guarded(() -> BodyAnalyzer.analyze(parse(markdown), bodyLine, needsProse));
        return new BodyFacts(parsed.prose(), parsed.beforeMore(), raw.leadImage(), raw.firstImage(), raw.cjkChars(),
                raw.words(), parsed.localLinks());
    }
}
