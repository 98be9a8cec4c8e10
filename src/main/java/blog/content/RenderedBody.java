package blog.content;

import java.util.List;

/**
 * A post body rendered to safe HTML, with the outline of its sections.
 *
 * @param toc the {@code ##} headings, each with its {@code ###} headings, in order
 * @param provisional true for a stand-in shown while the file cannot be read: never to be kept
 */
public record RenderedBody(String html, List<Section> toc, boolean provisional) {

    public RenderedBody {
        toc = List.copyOf(toc);
    }

    /** A body rendered from its file, which may be kept. */
    public RenderedBody(String html, List<Section> toc) {
        this(html, toc, false);
    }

    /** A heading of the table of contents; {@code href} is {@code #id}, percent-encoded. */
    public record Section(String title, String href, List<Section> children) {

        public Section {
            children = List.copyOf(children);
        }
    }
}
