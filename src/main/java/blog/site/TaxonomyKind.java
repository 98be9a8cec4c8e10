package blog.site;

/** The two ways posts are grouped, with their URL segment and their name in the UI. */
public enum TaxonomyKind {
    TAGS("tags", "標籤"),
    CATEGORIES("categories", "分類");

    private final String segment;
    private final String label;

    TaxonomyKind(String segment, String label) {
        this.segment = segment;
        this.label = label;
    }

    /** Returns the URL segment, as in {@code /tags/}. */
    public String segment() {
        return segment;
    }

    /** Returns the Traditional Chinese name shown to readers. */
    public String label() {
        return label;
    }
}
