package blog.content;

import static blog.content.Fixtures.good;
import static blog.content.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting a post file into front matter and body. */
class SourceTextTest {

    @Test
    void frontMatterRunsFromTheFirstLineToTheNextFenceLine() throws Exception {
        SourceText source = SourceText.split("---\ntitle: a\ndate: 2024-01-05\n---\nbody\n");

        assertEquals("title: a\ndate: 2024-01-05\n", source.frontMatter());
        assertEquals(2, source.frontMatterLine());
        assertEquals("body\n", source.body());
        assertEquals(5, source.bodyLine());
    }

    @Test
    void laterFenceLinesStayInTheBody() throws Exception {
        SourceText source = SourceText.split("---\ntitle: a\n---\nbody\n---\ntitle: b\n---\nend\n");

        assertEquals("title: a\n", source.frontMatter());
        assertEquals("body\n---\ntitle: b\n---\nend\n", source.body());
        assertEquals(4, source.bodyLine());
    }

    @Test
    void thematicBreakAndFencedCodeWithFrontMatterLinesStayBody() {
        Post post = read(good("body-with-dashes.md"));

        assertEquals("內文裡的分隔線", post.title());
        // The fenced code's own 'date: 1999-01-01' must not leak into the metadata.
        assertEquals(OffsetDateTime.of(2025, 4, 21, 13, 52, 36, 0, ZoneOffset.ofHours(8)), post.meta().date());
        assertTrue(post.markdown().contains("\n---\n\n第二段"), post.markdown());
        assertTrue(post.markdown().contains("```yaml\n---\ntitle: 這不是前置資料\ndate: 1999-01-01\n---\n```"),
                post.markdown());

        String html = new Markdown().toHtml(post.markdown());
        assertTrue(html.contains("<hr"), html);
        assertTrue(html.contains("<pre><code class=\"language-yaml\">---\ntitle: 這不是前置資料"), html);
    }

    @Test
    void bodyLineNumbersCountTheFrontMatterLines() {
        // body-with-dashes.md has its link '[另一篇](/posts/other/)' on file line 6.
        Post post = read(good("body-with-dashes.md"));

        assertEquals(List.of(new BodyFacts.LocalLink("/posts/other/", false, 6)), post.localLinks());
    }

    @Test
    void fenceLineMayEndInSpaces() throws Exception {
        SourceText source = SourceText.split("--- \ntitle: a\n---\t\nbody");

        assertEquals("title: a\n", source.frontMatter());
        assertEquals("body", source.body());
    }

    @Test
    void indentedOrLongerDashLinesDoNotCloseTheFrontMatter() throws Exception {
        SourceText source = SourceText.split("---\ndescription: |\n  ---\n  ----\nx: 1\n---\nbody\n");

        assertEquals("description: |\n  ---\n  ----\nx: 1\n", source.frontMatter());
        assertEquals("body\n", source.body());
        assertEquals(7, source.bodyLine());
    }

    @Test
    void closingFenceAtEndOfFileLeavesAnEmptyBody() throws Exception {
        SourceText source = SourceText.split("---\ntitle: a\n---");

        assertEquals("title: a\n", source.frontMatter());
        assertEquals("", source.body());
    }

    @Test
    void crlfLineEndingsAreReadAsPlainNewlines() throws Exception {
        SourceText source = SourceText.split("---\r\ntitle: a\r\n---\r\nline one\r\nline two\r\n");

        assertEquals("title: a\n", source.frontMatter());
        assertEquals("line one\nline two\n", source.body());
        assertEquals(4, source.bodyLine());
    }

    @Test
    void oldMacCrLineEndingsAreReadAsNewlines() throws Exception {
        SourceText source = SourceText.split("---\rtitle: a\r---\rbody\r");

        assertEquals("title: a\n", source.frontMatter());
        assertEquals("body\n", source.body());
    }

    @Test
    void byteOrderMarkBeforeTheOpeningFenceIsIgnored() throws Exception {
        SourceText source = SourceText.split("\uFEFF---\ntitle: a\n---\nbody");

        assertEquals("title: a\n", source.frontMatter());
        assertEquals("body", source.body());
    }

    @Test
    void onlyTheVeryFirstLineMayOpenFrontMatter() {
        assertThrows(SourceText.FrontMatterMissing.class, () -> SourceText.split("\n---\ntitle: a\n---\n"));
        assertThrows(SourceText.FrontMatterMissing.class, () -> SourceText.split(" ---\ntitle: a\n---\n"));
        assertThrows(SourceText.FrontMatterMissing.class, () -> SourceText.split("# title\n---\ntitle: a\n---\n"));
        assertThrows(SourceText.FrontMatterMissing.class, () -> SourceText.split(""));
    }

    @Test
    void openingFenceWithoutPartnerIsUnclosed() {
        assertThrows(SourceText.FrontMatterUnclosed.class, () -> SourceText.split("---\ntitle: a\nbody\n"));
        assertThrows(SourceText.FrontMatterUnclosed.class, () -> SourceText.split("---"));
        assertThrows(SourceText.FrontMatterUnclosed.class, () -> SourceText.split("---\n"));
    }

    @Test
    void byteFixturesReallyHoldTheBytesTheyAreNamedFor() throws Exception {
        // Guards against an editor or git quietly normalising the generated fixtures.
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] bomFile = Files.readAllBytes(good("bom.md"));
        byte[] bomCrlfFile = Files.readAllBytes(good("bom-crlf.md"));
        String crlfFile = Files.readString(good("crlf.md"));

        assertArrayEquals(bom, Arrays.copyOf(bomFile, 3));
        assertFalse(new String(bomFile, java.nio.charset.StandardCharsets.UTF_8).contains("\r"));
        assertArrayEquals(bom, Arrays.copyOf(bomCrlfFile, 3));
        assertTrue(new String(bomCrlfFile, java.nio.charset.StandardCharsets.UTF_8).startsWith("\uFEFF---\r\n"));
        assertTrue(crlfFile.startsWith("---\r\ntitle:"));
        assertEquals(crlfFile.split("\n", -1).length - 1, crlfFile.split("\r\n", -1).length - 1,
                "every line of crlf.md ends in CRLF");
    }

    @Test
    void crlfFileReadsLikeAnLfFile() {
        Post post = read(good("crlf.md"));

        assertEquals("Windows 換行", post.title());
        assertEquals(List.of("換行", "CRLF"), post.meta().tags());
        assertFalse(post.markdown().contains("\r"), "no carriage return left in the body");
        String html = new Markdown().toHtml(post.markdown());
        assertTrue(html.contains("<hr"), "the CRLF body's '---' is a thematic break: " + html);
        assertTrue(html.contains("第二段在分隔線之後。"), html);
    }

    @Test
    void fileWithByteOrderMarkReadsNormally() {
        Post post = read(good("bom.md"));

        assertEquals("有 BOM 的檔案", post.title());
        assertEquals(OffsetDateTime.of(2024, 1, 5, 0, 0, 0, 0, ZoneOffset.ofHours(8)), post.meta().date());
        assertFalse(post.markdown().contains("\uFEFF"));
    }

    @Test
    void fileWithByteOrderMarkAndCrlfReadsNormally() {
        Post post = read(good("bom-crlf.md"));

        assertEquals("BOM 加 CRLF", post.title());
        assertEquals("bom-and-crlf", post.slug());
        assertEquals(OffsetDateTime.of(2025, 4, 21, 13, 52, 36, 0, ZoneOffset.ofHours(8)), post.meta().date());
        assertEquals("兩種都有。", post.summary());
    }
}
