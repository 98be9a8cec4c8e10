package blog.content;

import static blog.content.Fixtures.good;
import static blog.content.Fixtures.post;
import static blog.content.Fixtures.read;
import static blog.content.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each front matter field, read from real post files. */
class FrontMatterFieldsTest {

    private static final ZoneOffset PLUS_8 = ZoneOffset.ofHours(8);

    @TempDir
    Path dir;

    @Test
    void everyKnownFieldIsRead() {
        List<Problem> warnings = new ArrayList<>();
        PostMeta meta = read(good("full-front-matter.md"), warnings).meta();

        assertEquals("DeepSeek 與晶片出口管制：一場地緣政治的角力", meta.title());
        assertEquals(OffsetDateTime.of(2025, 4, 21, 13, 52, 36, 0, PLUS_8), meta.date());
        assertEquals(OffsetDateTime.of(2025, 4, 22, 9, 15, 0, 0, PLUS_8), meta.lastmod());
        assertEquals(OffsetDateTime.of(2025, 4, 21, 20, 0, 0, 0, PLUS_8), meta.publishAt());
        assertEquals("美國晶片禁令下，中國 AI 公司如何突圍。", meta.description());
        assertEquals("一句話摘要：禁令反而加速了自主研發。", meta.summary());
        assertEquals(List.of("地緣政治", "DeepSeek", "晶片"), meta.tags());
        assertEquals(List.of("AI 技術前沿"), meta.categories());
        assertFalse(meta.draft());
        assertEquals("deepseek-chip-controls", meta.slug());
        assertEquals("/images/posts/20250421-2578621c.jpg", meta.cover());
        assertEquals("https://example.com/original-article", meta.sourceUrl());
        assertEquals("原文出處", meta.sourceName());
        assertEquals(List.of(), warnings, "unknown keys (author, weight, ShowToc, params) raise nothing");
    }

    @Test
    void unknownKeysOfAnyShapeAreIgnored() {
        Path file = write(dir, "extras.md", post("多餘的欄位",
                "author:\n  name: 某人\n  links: [a, b]\nweight: 3\ntoc: true\nkeywords: ~\n", "正文。"));
        List<Problem> warnings = new ArrayList<>();

        Post post = read(file, warnings);

        assertEquals("多餘的欄位", post.title());
        assertTrue(warnings.isEmpty(), warnings::toString);
    }

    @Test
    void slugFieldGivesThePostItsUrl() {
        assertEquals("deepseek-chip-controls", read(good("full-front-matter.md")).slug());
    }

    @Test
    void slugFieldIsUrlizedAndSlashesBecomeHyphens() {
        Path file = write(dir, "x.md", post("t", "slug: \"AI/ML 入門 指南\"\n", "正文。"));

        assertEquals("ai-ml-入門-指南", read(file).slug());
    }

    @Test
    void fileNameGivesTheSlugWhenThereIsNone() {
        assertEquals("hexo-style", read(good("hexo-style.md")).slug());
        Path file = write(dir, "我的 第一篇.md", post("t", "", "正文。"));
        assertEquals("我的-第一篇", read(file).slug());
    }

    @Test
    void categoriesMayBeASingleString() {
        assertEquals(List.of("AI 技術前沿"), read(good("full-front-matter.md")).meta().categories());
    }

    @Test
    void tagsMayBeASingleString() {
        assertEquals(List.of("搬家"), read(good("hexo-style.md")).meta().tags());
    }

    @Test
    void hexoNestedCategoryListsAreFlattenedInOrderWithoutRepeats() {
        assertEquals(List.of("前端", "React", "筆記"), read(good("hexo-style.md")).meta().categories());
    }

    @Test
    void termsAreStrippedAndBlankOnesDropped() {
        Path file = write(dir, "terms.md", post("t", "tags: [\" AI \", \"\", AI, 晶片]\ncategories: []\n", "正文。"));

        PostMeta meta = read(file).meta();

        assertEquals(List.of("AI", "晶片"), meta.tags());
        assertEquals(List.of(), meta.categories());
    }

    @Test
    void missingTaxonomiesAreEmptyLists() {
        PostMeta meta = read(good("lead-image.md")).meta();

        assertEquals(List.of(), meta.tags());
        assertEquals(List.of(), meta.categories());
    }

    @Test
    void draftAcceptsTrueAndYamlYes() {
        assertTrue(read(good("papermod-cover.md")).meta().draft());
        assertTrue(read(good("date-only.md")).meta().draft());
        assertFalse(read(good("lead-image.md")).meta().draft(), "no draft key means published");
    }

    @Test
    void textFieldsAreStripped() {
        assertEquals("前後空白會被去掉的說明。", read(good("description-only.md")).meta().description());
    }

    @Test
    void absentTextFieldsAreEmptyStrings() {
        PostMeta meta = read(good("lead-image.md")).meta();

        assertEquals("", meta.description());
        assertEquals("", meta.summary());
        assertEquals("", meta.slug());
        assertEquals("", meta.sourceUrl());
        assertEquals("", meta.sourceName());
    }

    @Test
    void dateKeepsItsWrittenOffset() {
        OffsetDateTime date = read(good("full-front-matter.md")).meta().date();

        assertEquals(13, date.getHour());
        assertEquals(PLUS_8, date.getOffset());
    }

    @Test
    void dateInAnotherOffsetIsNotMovedToTheSiteZone() {
        Path file = write(dir, "ny.md", "---\ntitle: 紐約\ndate: 2025-04-21T13:52:36-04:00\n---\n\n正文。");

        OffsetDateTime date = read(file).meta().date();

        assertEquals(13, date.getHour());
        assertEquals(ZoneOffset.ofHours(-4), date.getOffset());
    }

    @Test
    void zuluDateIsUtc() {
        OffsetDateTime date = read(good("papermod-cover.md")).meta().date();

        assertEquals(5, date.getHour());
        assertEquals(ZoneOffset.UTC, date.getOffset());
    }

    @Test
    void timeWithoutOffsetIsInTheReadersZone() {
        assertEquals(OffsetDateTime.of(2025, 4, 21, 13, 52, 36, 0, PLUS_8), read(good("local-time.md")).meta().date());
    }

    @Test
    void bareDateIsMidnightInTheReadersZone() {
        assertEquals(OffsetDateTime.of(2024, 1, 5, 0, 0, 0, 0, PLUS_8), read(good("date-only.md")).meta().date());
    }

    @Test
    void hexoStyleDateIsInTheReadersZone() {
        OffsetDateTime date = read(good("hexo-style.md")).meta().date();

        assertEquals(OffsetDateTime.of(2025, 4, 21, 13, 52, 36, 0, PLUS_8), date);
    }

    @Test
    void readerZoneDecidesOffsetlessDates() throws Exception {
        PostReader newYork = new PostReader(new Markdown(), java.time.ZoneId.of("America/New_York"));

        OffsetDateTime date = newYork.read(good("local-time.md"), w -> { }).meta().date();

        assertEquals(13, date.getHour());
        assertEquals(ZoneOffset.ofHours(-4), date.getOffset());
    }

    @Test
    void lastmodAndPublishDateDefaultToTheDate() {
        PostMeta meta = read(good("lead-image.md")).meta();

        assertEquals(meta.date(), meta.lastmod());
        assertEquals(meta.date(), meta.publishAt());
    }

    @Test
    void publishDateStandsInForAMissingDate() {
        PostMeta meta = read(good("publish-date-only.md")).meta();

        assertEquals(OffsetDateTime.of(2025, 5, 1, 8, 0, 0, 0, PLUS_8), meta.date());
        assertEquals(meta.date(), meta.publishAt());
    }

    @Test
    void dateInTheFileNameIsUsedWithAWarningWhenFrontMatterHasNone() {
        Path file = good("2024-03-01-dated-name.md");
        List<Problem> warnings = new ArrayList<>();

        Post post = read(file, warnings);

        assertEquals(OffsetDateTime.of(2024, 3, 1, 0, 0, 0, 0, PLUS_8), post.meta().date());
        assertEquals(1, warnings.size(), warnings::toString);
        Problem warning = warnings.get(0);
        assertFalse(warning.isError());
        assertEquals(file, warning.file());
        assertTrue(warning.message().contains("no date"), warning.message());
    }

    @Test
    void sourceUrlThatIsNotAWebAddressIsDroppedWithAWarningOnItsLine() {
        Path file = write(dir, "src.md", "---\ntitle: 來源\ndate: 2024-01-05\nsource_url: javascript:alert(1)\n"
                + "source_name: 壞連結\n---\n\n正文。");
        List<Problem> warnings = new ArrayList<>();

        PostMeta meta = read(file, warnings).meta();

        assertEquals("", meta.sourceUrl());
        assertEquals("壞連結", meta.sourceName());
        assertEquals(1, warnings.size(), warnings::toString);
        assertEquals(4, warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("source_url"), warnings.get(0).message());
    }

    @Test
    void plainHttpSourceUrlIsKept() {
        Path file = write(dir, "http.md", post("t", "source_url: http://example.com/a\n", "正文。"));

        assertEquals("http://example.com/a", read(file).meta().sourceUrl());
    }

    @Test
    void numericAndBooleanLookingTitlesAreText() {
        Path file = write(dir, "n.md", "---\ntitle: 2024\ndate: 2024-01-05\n---\n");

        assertEquals("2024", read(file).title());
    }
}
