package blog.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a sanitized body gets for reading comfort: a link on each section heading, an outline,
 * and images that reserve their space and, after the first, load only when scrolled to.
 * Runs after the sanitizer, so only these trusted attributes are added.
 */
final class BodyDressing {

    private BodyDressing() {
    }

    /** Dresses {@code body} in place and returns its outline of {@code h2} and {@code h3} headings. */
    static List<RenderedBody.Section> dress(Document body, ImageSizes sizes, boolean eagerFirstImage) {
        dressImages(body, sizes, eagerFirstImage);
        List<RenderedBody.Section> sections = new ArrayList<>();
        String h2Title = null;
        String h2Href = null;
        List<RenderedBody.Section> children = new ArrayList<>();
        for (Element heading : body.select("h2[id], h3[id]")) {
            String id = heading.id();
            String title = heading.text();
            if (id.isBlank() || title.isBlank()) {
                continue;
            }
            String href = fragment(id);
            heading.appendElement("a").addClass("anchor").attr("href", href)
                    .attr("aria-label", "本段連結：" + title).text("#");
            if (heading.tagName().equals("h2")) {
                if (h2Href != null) {
                    sections.add(new RenderedBody.Section(h2Title, h2Href, children));
                }
                h2Title = title;
                h2Href = href;
                children = new ArrayList<>();
            } else if (h2Href == null) {
                sections.add(new RenderedBody.Section(title, href, List.of()));
            } else {
                children.add(new RenderedBody.Section(title, href, List.of()));
            }
        }
        if (h2Href != null) {
            sections.add(new RenderedBody.Section(h2Title, h2Href, children));
        }
        return sections;
    }

    private static void dressImages(Document body, ImageSizes sizes, boolean eagerFirstImage) {
        boolean first = eagerFirstImage;
        for (Element img : body.select("img")) {
            if (!img.hasAttr("alt")) {
                img.attr("alt", "");
            }
            img.attr("decoding", "async");
            if (!first) {
                img.attr("loading", "lazy");
            }
            first = false;
            if (!img.hasAttr("width") && !img.hasAttr("height")) {
                sizes.sizeOf(img.attr("src")).ifPresent(size -> img
                        .attr("width", Integer.toString(size.width()))
                        .attr("height", Integer.toString(size.height())));
            }
        }
    }

    /** Returns {@code #id} with the id percent-encoded as UTF-8, as a link must be. */
    static String fragment(String id) {
        try {
            return new URI(null, null, "", id).toASCIIString();
        } catch (URISyntaxException e) {
            return "#";
        }
    }
}
