package blog.web;

import java.util.List;

/** What templates display: plain values, already formatted, with links already encoded. */
public final class Views {

    private Views() {
    }

    /** A link with its text. */
    public record Link(String text, String url) {
    }

    /** A term with how many posts it has. */
    public record TermLink(String name, String url, int count) {
    }

    /** What the layout needs on every page. */
    public record Layout(String siteTitle, String siteDescription, String cssUrl, String pageTitle,
            String description, String canonicalUrl, String lang) {
    }

    /** A post as it appears in a list. */
    public record Card(String title, String url, String dateIso, String dateText, String summary,
            String cover, int readingMinutes, List<Link> tags, List<Link> categories) {
    }

    /** A whole post page; {@code newer}, {@code older} and {@code source} may be null. */
    public record Article(Card card, String html, boolean showCover, String updatedIso, String updatedText,
            Link newer, Link older, Link source) {
    }

    /** A paginated list of posts under a heading; page links may be null. */
    public record Listing(String heading, String intro, List<Card> cards, int page, int totalPages,
            String newerPageUrl, String olderPageUrl) {
    }

    /** Every term of one kind. */
    public record TermIndex(String heading, List<TermLink> terms) {
    }
}
