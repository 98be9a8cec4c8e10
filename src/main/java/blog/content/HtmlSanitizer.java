package blog.content;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans rendered post HTML against an allow-list (jsoup's), so that raw HTML in a post can
 * format text but never run script: no script or style elements, no {@code on*} attributes,
 * no {@code javascript:} or {@code data:} URLs.
 */
final class HtmlSanitizer {

    /** Only used to let jsoup tell relative links from absolute ones; never emitted. */
    private static final String BASE = "http://blog.invalid/";

    private final Cleaner cleaner = new Cleaner(safelist());

    private static Safelist safelist() {
        return Safelist.relaxed()
                .addTags("del", "s", "ins", "mark", "kbd", "samp", "var", "abbr", "figure", "figcaption",
                        "details", "summary", "section", "hr", "input", "small", "time", "ruby", "rt", "rp",
                        "aside", "video", "audio", "source")
                .addAttributes(":all", "id", "title", "lang", "dir")
                .addAttributes("code", "class")
                .addAttributes("pre", "class")
                .addAttributes("a", "class", "aria-label", "data-footnote-ref", "data-footnote-backref",
                        "data-footnote-backref-idx")
                .addAttributes("sup", "class")
                .addAttributes("section", "class", "data-footnotes")
                .addAttributes("img", "loading", "decoding")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addAttributes("input", "type", "checked", "disabled")
                .addAttributes("details", "open")
                // Classes only pick styles from the site's own stylesheet (no style= is allowed), so
                // shortcode templates may mark their boxes (admonitions, folds) with them.
                .addAttributes("div", "class")
                .addAttributes("span", "class")
                .addAttributes("p", "class")
                .addAttributes("figure", "class")
                .addAttributes("figcaption", "class")
                .addAttributes("details", "class")
                .addAttributes("summary", "class")
                .addAttributes("aside", "class")
                .addAttributes("blockquote", "class")
                // Media without autoplay: a video or sound plays only when the reader starts it.
                .addAttributes("video", "src", "controls", "width", "height", "poster", "preload", "loop", "muted",
                        "playsinline")
                .addAttributes("audio", "src", "controls", "preload", "loop", "muted")
                .addAttributes("source", "src", "type")
                .addEnforcedAttribute("input", "disabled", "disabled")
                .addProtocols("a", "href", "#", "http", "https", "mailto")
                .addProtocols("img", "src", "http", "https")
                .addProtocols("video", "src", "http", "https")
                .addProtocols("video", "poster", "http", "https")
                .addProtocols("audio", "src", "http", "https")
                .addProtocols("source", "src", "http", "https")
                .preserveRelativeLinks(true);
    }

    /** Returns the allowed part of an HTML fragment. */
    String clean(String html) {
        return cleanDocument(html).body().html();
    }

    /** Cleans a fragment, then adds heading anchors and image attributes and gathers the outline. */
    RenderedBody cleanAndDress(String html, ImageSizes sizes, boolean eagerFirstImage) {
        Document clean = cleanDocument(html);
        List<RenderedBody.Section> toc = BodyDressing.dress(clean, sizes, eagerFirstImage);
        return new RenderedBody(clean.body().html(), toc);
    }

    private Document cleanDocument(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = cleaner.clean(dirty);
        for (Element input : clean.select("input")) {
            if (!"checkbox".equals(input.attr("type"))) {
                input.remove();
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean;
    }
}
