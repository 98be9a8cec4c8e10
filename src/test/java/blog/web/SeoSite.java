package blog.web;

import java.util.List;
import java.util.Map;

/**
 * The second fixture blog, {@code src/test/resources/seo-site/}, for feeds, head metadata and
 * reading aids: posts dated in other offsets, a post with several sections and images, cover
 * images from each front matter form, and enough posts sharing a tag to fill the related list.
 * Served with the same settings and clock as {@link TestBlog}.
 */
final class SeoSite {

    static final String ROOT = "seo-site";

    /** Slugs of the visible posts, newest first (seo-draft is a draft, seo-future is dated 2025-07-01). */
    static final List<String> PUBLISHED = List.of("category-only", "reading-aids", "cover-images", "papermod-cover",
            "no-image", "shared-c", "shared-d", "lonely", "new-year-edge", "old-2024");

    static final String DRAFT = "seo-draft";
    static final String FUTURE = "seo-future";

    /** The post with several {@code ##} and {@code ###} sections and images, dated 2025-05-20T21:00:00-05:00. */
    static final String READING_AIDS = "reading-aids";
    static final String READING_AIDS_TITLE = "Don't Panic：閱讀輔助 & 目錄測試";

    private SeoSite() {
    }

    static TestBlog start() {
        return TestBlog.start(ROOT, Map.of());
    }

    static TestBlog start(Map<String, String> overrides) {
        return TestBlog.start(ROOT, overrides);
    }
}
