package blog.content;

import static blog.content.Fixtures.good;
import static blog.content.Fixtures.post;
import static blog.content.Fixtures.read;
import static blog.content.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a post's cover comes from: images / cover in the front matter, else an image that opens the body. */
class CoverImageTest {

    @TempDir
    Path dir;

    @Test
    void imageThatOpensTheBodyBecomesTheCover() {
        Post post = read(good("lead-image.md"));

        assertEquals("/images/posts/x.jpg", post.cover());
        assertTrue(post.coverInBody());
        assertEquals("", post.meta().cover(), "the front matter itself named no cover");
    }

    @Test
    void paperModCoverImageWinsOverTheBodysFirstImage() {
        Post post = read(good("papermod-cover.md"));

        assertEquals("/images/posts/20250421-9c759db5.png", post.cover());
        assertFalse(post.coverInBody());
    }

    @Test
    void firstOfTheImagesListWinsOverTheBodysFirstImage() {
        Post post = read(good("full-front-matter.md"));

        assertEquals("/images/posts/20250421-2578621c.jpg", post.cover());
        assertFalse(post.coverInBody());
    }

    @Test
    void imagesMayBeASingleString() {
        assertEquals("/images/posts/single.jpg", read(good("date-only.md")).cover());
    }

    @Test
    void coverMayBeAPlainPath() {
        assertEquals("/images/posts/hexo-cover.png", read(good("hexo-style.md")).cover());
    }

    @Test
    void coverWinsOverImages() {
        Path file = write(dir, "both.md", post("t", "cover: /c.jpg\nimages: [/i.jpg]\n", "正文。"));

        assertEquals("/c.jpg", read(file).cover());
    }

    @Test
    void paperModCoverWithoutImageFallsBackToImages() {
        Path file = write(dir, "hidden.md", post("t", "cover:\n  hidden: true\nimages: [/i.jpg]\n", "正文。"));

        assertEquals("/i.jpg", read(file).cover());
    }

    @Test
    void emptyImagesListLeavesTheBodysLeadImage() {
        Path file = write(dir, "empty.md", post("t", "images: []\n", "![封面圖](/images/posts/y.jpg)\n\n正文。"));

        Post post = read(file);

        assertEquals("/images/posts/y.jpg", post.cover());
        assertTrue(post.coverInBody());
    }

    @Test
    void imageSharingItsParagraphWithTextIsNotACover() {
        Path file = write(dir, "inline.md", post("t", "", "![圖](/images/posts/z.jpg) 圖說文字。\n"));

        Post post = read(file);

        assertEquals("", post.cover());
        assertFalse(post.coverInBody());
    }

    @Test
    void imageAfterTheFirstParagraphIsNotACover() {
        Path file = write(dir, "later.md", post("t", "", "先有文字。\n\n![圖](/images/posts/z.jpg)\n"));

        Post post = read(file);

        assertEquals("", post.cover());
        assertFalse(post.coverInBody());
    }

    @Test
    void postWithoutAnyImageHasNoCover() {
        Post post = read(good("more-divider.md"));

        assertEquals("", post.cover());
        assertFalse(post.coverInBody());
    }
}
