package blog.content;

import static blog.content.Fixtures.good;
import static blog.content.Fixtures.post;
import static blog.content.Fixtures.read;
import static blog.content.Fixtures.wellFormed;
import static blog.content.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** summary, else description, else the text before the more divider, else an automatic teaser. */
class SummaryRuleTest {

    @TempDir
    Path dir;

    @Test
    void summaryFieldWinsOverDescription() {
        assertEquals("一句話摘要：禁令反而加速了自主研發。", read(good("full-front-matter.md")).summary());
    }

    @Test
    void descriptionWinsOverTheMoreDivider() {
        assertEquals("前後空白會被去掉的說明。", read(good("description-only.md")).summary());
    }

    @Test
    void textBeforeTheMoreDividerIsTheSummary() {
        String summary = read(good("more-divider.md")).summary();

        // The two paragraphs, the wrapped CJK line joined without a space, the heading left out.
        assertEquals("這是摘要的第一段，跨行書寫。第二段也在摘要裡。", summary);
    }

    @Test
    void moreDividerWithSpacesInsideAlsoCounts() {
        assertEquals("The first paragraph wraps onto a second line.", read(good("more-divider-spaced.md")).summary());
    }

    @Test
    void moreDividerInsideCodeIsNotADivider() {
        String summary = read(good("more-in-code.md")).summary();

        assertTrue(summary.contains("之後的段落也在摘要裡"), summary);
        assertTrue(summary.startsWith("開頭這段會成為自動摘要"), summary);
    }

    @Test
    void inlineMoreDividerCutsMidParagraph() {
        Path file = write(dir, "inline.md", post("t", "", "前半句<!--more-->後半句。\n"));

        assertEquals("前半句", read(file).summary());
    }

    @Test
    void withoutAnyOfThemAnAutomaticTeaserIsCut() {
        String body = "這是一段很長的中文內容".repeat(8) + "。" + "後面還有很多字".repeat(30) + "\n";
        Path file = write(dir, "long.md", post("長文", "", body));

        String summary = read(file).summary();

        assertEquals("這是一段很長的中文內容".repeat(8) + "。", summary);
    }

    @Test
    void automaticTeaserNeverSplitsASurrogatePair() {
        Path file = write(dir, "rock.md", post("吉", "", "一".repeat(139) + "𠮷" + "二".repeat(60) + "\n"));

        String summary = read(file).summary();

        assertEquals("一".repeat(139) + "𠮷…", summary);
        assertTrue(wellFormed(summary));
    }

    @Test
    void shortBodyIsItsOwnSummary() {
        assertEquals("正文第一段。", read(good("lead-image.md")).summary(), "the cover image's alt text is not prose");
    }

    @Test
    void rawHtmlAndHeadingsAreNotSummaryText() {
        String summary = read(good("hostile-html.md")).summary();

        assertFalse(summary.contains("alert"), summary);
        assertFalse(summary.contains("display"), summary);
        assertTrue(summary.contains("留下來的文字"), summary);
    }

    @Test
    void latinSoftBreaksBecomeSpacesInTheSummary() {
        Path file = write(dir, "en.md", post("en", "", "one two\nthree\n\nfour\n"));

        assertEquals("one two three four", read(file).summary());
    }
}
