package blog.content;

import java.util.List;

/**
 * A post body rendered to safe HTML, with the outline of its sections.
 *
 * @param toc the {@code ##} headings, each with its {@code ###} headings, in order
 */
public record RenderedBody(String html, List<Section> toc) {

    public RenderedBody {
        toc = List.copyOf(toc);
    }

    /** A heading of the table of contents; {@code href} is {@code #id}, percent-encoded. */
    public record Section(String title, String href, List<Section> children) {

        public Section {
            children = List.copyOf(children);
        }
    }
}
