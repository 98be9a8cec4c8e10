package blog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RawBodyScanTest {

    @Test
    void leadImageIsAnImageAloneOnTheFirstLineOfText() {
        RawBodyScan.Result r = RawBodyScan.scan("\n![封面圖](/images/posts/a.jpg \"標題\")\n\n正文。\n");
        assertEquals(Optional.of("/images/posts/a.jpg"), r.leadImage());
        assertEquals(Optional.of("/images/posts/a.jpg"), r.firstImage());
    }

    @Test
    void imageAfterTextIsTheFirstImageButNotALeadImage() {
        RawBodyScan.Result r = RawBodyScan.scan("開頭。\n\n![圖](</images/圖 一.png>)\n");
        assertEquals(Optional.empty(), r.leadImage());
        assertEquals(Optional.of("/images/圖 一.png"), r.firstImage());
    }

    @Test
    void imagesInsideFencedCodeAreNotImages() {
        RawBodyScan.Result r = RawBodyScan.scan("```md\n![x](/in-code.png)\n```\n\n![y](/real.png)\n");
        assertEquals(Optional.of("/real.png"), r.firstImage());
        assertEquals(Optional.empty(), r.leadImage(), "the code block came first");
    }

    @Test
    void addressesAndTagsAreNotCountedButTextAndCodeAre() {
        RawBodyScan.Result r = RawBodyScan.scan(
                "請看[這篇文章](https://example.com/some/long/path)與<span class=\"x\">標記</span>。\n```\nint x\n```\n");
        assertEquals(9, r.cjkChars(), "請看這篇文章與標記 (the URL and the tag are skipped)");
        assertEquals(2, r.words(), "int and x in the code block");
    }
}
