package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a post page adds for reading: table of contents, heading anchors, image loading, related posts. */
class PostReadingAidsTest {

    private static final String READING_AIDS = TestBlog.post(SeoSite.READING_AIDS);

    private static TestBlog site;
    private static TestBlog seo;

    @BeforeAll
    static void start() {
        site = TestBlog.start();
        seo = SeoSite.start();
    }

    @AfterAll
    static void stop() {
        site.close();
        seo.close();
    }

    // ---- table of contents and anchors ----

    @Test
    void aPostWithSectionsHasATableOfContentsOfItsH2AndH3Headings() {
        Document page = seo.page(READING_AIDS);
        Element toc = page.selectFirst("nav.toc");
        assertNotNull(toc, "nav.toc");

        Elements top = toc.select("ol").first().children();
        assertEquals(List.of("第一段：圖片", "第二段 連結", "第二段 連結"),
                top.stream().map(li -> li.child(0).text()).toList());
        assertEquals(List.of("小節 A", "小節 B"), top.get(0).select("> ol > li > a").eachText());
        assertTrue(top.get(1).select("> ol").isEmpty(), top.get(1).outerHtml());
        assertEquals(List.of("深入 C++ & C#?"), top.get(2).select("> ol > li > a").eachText());

        // The outline lists the headings in order, as they read (without the anchor's "#").
        List<String> headings = page.select(".content h2, .content h3").stream().map(this::headingText).toList();
        assertEquals(headings, toc.select("a").eachText());
    }

    @Test
    void everyTableOfContentsLinkPointsAtItsHeadingOnThePage() {
        Document page = seo.page(READING_AIDS);
        Elements links = page.select("nav.toc a");
        assertEquals(6, links.size());
        for (Element link : links) {
            String href = link.attr("href");
            assertTrue(href.startsWith("#") && href.length() > 1, href);
            assertTrue(href.chars().allMatch(c -> c > 0x20 && c < 0x7F), "percent-encoded: " + href);
            Element target = page.getElementById(UrlPaths.decode(href.substring(1)));
            assertNotNull(target, "no element with the id of " + href);
            assertTrue(target.is("h2, h3"), target.outerHtml());
            assertEquals(link.text(), headingText(target));
        }
        // Two headings with the same text get different ids, and the outline tells them apart.
        assertEquals(6, new HashSet<>(links.eachAttr("href")).size(), links.eachAttr("href").toString());
    }

    @Test
    void idsOnAPostPageAreUnique() {
        for (Document page : List.of(seo.page(READING_AIDS), site.page("/posts/deepseek-r2/"),
                site.page("/posts/ai-cold-war/"))) {
            List<String> ids = page.select("[id]").eachAttr("id");
            assertEquals(ids.size(), new HashSet<>(ids).size(), ids.toString());
        }
    }

    @Test
    void everySectionHeadingHasAnAnchorLinkToItself() {
        for (Document page : List.of(seo.page(READING_AIDS), site.page("/posts/deepseek-r2/"))) {
            Elements headings = page.select(".content h2, .content h3");
            assertFalse(headings.isEmpty());
            for (Element heading : headings) {
                Elements anchors = heading.select("a.anchor");
                assertEquals(1, anchors.size(), heading.outerHtml());
                String href = anchors.attr("href");
                assertTrue(href.startsWith("#"), href);
                assertEquals(heading.id(), UrlPaths.decode(href.substring(1)));
                assertFalse(anchors.attr("aria-label").isBlank(), "an anchor needs an accessible name");
            }
        }
    }

    @Test
    void aPostWithoutSectionsHasNoTableOfContents() {
        Document page = site.page("/posts/gpu-shortage/");
        assertTrue(page.select("nav.toc").isEmpty());
        assertTrue(page.select("a.anchor").isEmpty());
    }

    // ---- images ----

    @Test
    void theFirstImageLoadsAtOnceAndTheRestLazily() {
        Elements images = seo.page(READING_AIDS).select(".content img");
        assertTrue(images.size() >= 5, images.toString());
        assertFalse(images.first().hasAttr("loading") && images.first().attr("loading").equals("lazy"),
                images.first().outerHtml());
        for (Element img : images.subList(1, images.size())) {
            assertEquals("lazy", img.attr("loading"), img.outerHtml());
        }
    }

    @Test
    void everyImageHasAnAltEvenWhenTheAuthorGaveNone() {
        for (Document page : List.of(seo.page(READING_AIDS), site.page("/posts/deepseek-r2/"),
                site.page("/posts/ai-cold-war/"), site.page("/"))) {
            for (Element img : page.select("img")) {
                assertTrue(img.hasAttr("alt"), img.outerHtml());
            }
        }
        Elements images = seo.page(READING_AIDS).select(".content img");
        assertEquals("寬圖", images.first().attr("alt"), "the author's alt text is kept");
    }

    @Test
    void localImagesCarryTheirRealWidthAndHeight() throws IOException {
        Path publicDir = TestBlog.fixture(SeoSite.ROOT, "public");
        Elements images = seo.page(READING_AIDS).select(".content img");
        int local = 0;
        for (Element img : images) {
            String src = img.attr("src");
            if (!src.startsWith("/")) {
                continue;
            }
            local++;
            BufferedImage file = ImageIO.read(publicDir.resolve(UrlPaths.decode(src).substring(1)).toFile());
            assertNotNull(file, src);
            assertEquals(String.valueOf(file.getWidth()), img.attr("width"), img.outerHtml());
            assertEquals(String.valueOf(file.getHeight()), img.attr("height"), img.outerHtml());
        }
        assertEquals(4, local, "wide.png twice, pixel.png, and the Chinese-named one");
        // Not 1x1 everywhere: the fixtures have real, different sizes.
        assertTrue(images.stream().anyMatch(i -> i.attr("width").equals("3") && i.attr("height").equals("2")));
        assertTrue(images.stream().anyMatch(i -> i.attr("width").equals("2") && i.attr("height").equals("5")),
                "a file name with Chinese and a space is found too");
    }

    @Test
    void theCoverImageOfAPostCarriesItsRealSize() throws IOException {
        Element cover = site.page("/posts/deepseek-r2/").selectFirst("figure.cover img");
        BufferedImage file = ImageIO.read(TestBlog.fixture("public").resolve("images/pixel.png").toFile());
        assertEquals(String.valueOf(file.getWidth()), cover.attr("width"));
        assertEquals(String.valueOf(file.getHeight()), cover.attr("height"));
        assertFalse("lazy".equals(cover.attr("loading")), "the cover is above the fold");
    }

    @Test
    void imagesWhoseSizeIsUnknownGetNoInventedSize() {
        for (Element img : seo.page(READING_AIDS).select(".content img")) {
            String src = img.attr("src");
            if (!src.startsWith("/")) {
                assertFalse(img.hasAttr("width") || img.hasAttr("height"), img.outerHtml());
            }
        }
    }

    // ---- related posts ----

    @Test
    void relatedPostsShareTermsNeverIncludeThePostAndAreAtMostFive() {
        for (TestBlog blog : List.of(site, seo)) {
            List<String> slugs = blog == site ? TestBlog.PUBLISHED : SeoSite.PUBLISHED;
            for (String slug : slugs) {
                Document page = blog.page(TestBlog.post(slug));
                List<String> related = relatedSlugs(page);
                assertTrue(related.size() <= 5, slug + ": " + related);
                assertFalse(related.contains(slug), slug + " is related to itself");
                assertEquals(related.size(), new HashSet<>(related).size(), related.toString());
                Set<String> terms = terms(page);
                for (String other : related) {
                    assertTrue(slugs.contains(other), slug + " relates to an unpublished post " + other);
                    Set<String> shared = new HashSet<>(terms(blog.page(TestBlog.post(other))));
                    shared.retainAll(terms);
                    assertFalse(shared.isEmpty(), slug + " and " + other + " share no tag or category");
                }
            }
        }
    }

    @Test
    void postsSharingTagsComeFirstAndTheListStopsAtFive() {
        // Six published posts share something with reading-aids: five share a tag, one only the category.
        List<String> related = relatedSlugs(seo.page(READING_AIDS));
        assertEquals(5, related.size(), related.toString());
        assertEquals("cover-images", related.get(0), "two shared tags and the category rank first");
        assertFalse(related.contains("category-only"), "a shared tag outranks a shared category: " + related);
        assertFalse(related.contains(SeoSite.DRAFT) || related.contains(SeoSite.FUTURE), related.toString());
        Element aside = seo.page(READING_AIDS).selectFirst("aside.related");
        assertFalse(aside.select("h2").text().isBlank());
    }

    @Test
    void aPostSharingNothingHasNoRelatedPosts() {
        assertTrue(seo.page(TestBlog.post("lonely")).select("aside.related").isEmpty());
    }

    // ---- helpers ----

    /** A heading's own text, without its anchor link's "#". */
    private String headingText(Element heading) {
        Element copy = heading.clone();
        copy.select("a.anchor").remove();
        return copy.text();
    }

    private static List<String> relatedSlugs(Document page) {
        List<String> slugs = new ArrayList<>();
        for (String href : page.select("aside.related li a").eachAttr("href")) {
            assertTrue(href.matches("/posts/[^/]+/"), href);
            slugs.add(href.replaceAll("^/posts/(.*)/$", "$1"));
        }
        return slugs;
    }

    /** The tag and category links in a post's header. */
    private static Set<String> terms(Document page) {
        return new HashSet<>(page.select(".post-header a.tag, .post-header a.category").eachAttr("href"));
    }
}
