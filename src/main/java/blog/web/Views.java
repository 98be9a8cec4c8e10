package blog.web;

import blog.search.SearchAnswer;
import java.util.List;
import java.util.Map;

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

    /** A feed offered in the page head. */
    public record FeedLink(String title, String url, String type) {
    }

    /**
     * What the layout needs on every page: the head's title, description, canonical URL, Open
     * Graph and Twitter card, feeds and JSON-LD. {@code canonicalUrl} and {@code image} may be
     * empty; {@code jsonLd} may be null. {@code query} fills the search box (on search pages).
     */
    public record Layout(String siteTitle, String siteDescription, String cssUrl, String iconUrl, String pageTitle,
            String socialTitle, String description, String canonicalUrl, String ogType, String image,
            String publishedIso, String modifiedIso, List<String> articleTags, List<FeedLink> feeds,
            Map<String, Object> jsonLd, boolean noindex, String query) {

        /** Returns this layout for a search page: never indexed, its search box holding {@code text}. */
        public Layout forSearch(String text) {
            return new Layout(siteTitle, siteDescription, cssUrl, iconUrl, pageTitle, socialTitle, description,
                    canonicalUrl, ogType, image, publishedIso, modifiedIso, articleTags, feeds, jsonLd, true, text);
        }
    }

    /** A post as it appears in a list; {@code coverWidth}/{@code coverHeight} are 0 when unknown. */
    public record Card(String title, String url, String dateIso, String dateText, String summary,
            String cover, int coverWidth, int coverHeight, int readingMinutes, List<Link> tags,
            List<Link> categories) {
    }

    /** One entry of a post's table of contents. */
    public record TocEntry(String title, String url, List<TocEntry> children) {
    }

    /** A whole post page; {@code newer}, {@code older} and {@code source} may be null. */
    public record Article(Card card, String html, List<TocEntry> toc, boolean showCover, String updatedIso,
            String updatedText, Link newer, Link older, Link source, List<Card> related) {
    }

    /** A paginated list of posts under a heading; page links may be null. */
    public record Listing(String heading, String intro, List<Card> cards, int page, int totalPages,
            String newerPageUrl, String olderPageUrl) {
    }

    /**
     * A page of search results, or a page that says why there are none: {@code message} is empty
     * when there are results; page links may be null.
     */
    public record SearchPage(String heading, String message, List<SearchResult> results, int page, int totalPages,
            String previousPageUrl, String nextPageUrl) {
    }

    /** One search result: its card, and its title and passage in marked fragments. */
    public record SearchResult(Card card, List<SearchAnswer.Fragment> title, List<SearchAnswer.Fragment> snippet) {
    }

    /** Every term of one kind. */
    public record TermIndex(String heading, List<TermLink> terms) {
    }

    /** Every post by year and month, newest first. */
    public record Archive(int total, List<Year> years) {

        /** One year of posts. */
        public record Year(int year, int count, List<Month> months) {
        }

        /** One month of posts. */
        public record Month(String id, String label, List<Card> posts) {
        }
    }

    /** An RSS or Atom feed. */
    public record Feed(String title, String description, String siteUrl, String feedUrl, String updatedRfc822,
            String updatedIso, List<FeedItem> items) {
    }

    /** One post in a feed: the summary, the full HTML with absolute links, dates in the post's own offset. */
    public record FeedItem(String title, String url, String summary, String html, String pubDateRfc822,
            String publishedIso, String updatedIso, List<String> categories) {
    }

    /** One URL of the sitemap. */
    public record SitemapEntry(String url, String lastmodIso) {
    }
}
