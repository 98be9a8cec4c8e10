package blog.content;

import static blog.content.Fixtures.broken;
import static blog.content.Fixtures.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Posts copied over from Hugo (TOML, JSON, bundles) and Hexo (offset-less dates, CRLF, `updated`) read as written. */
class MigratedFrontMatterTest {

    private static final ZoneOffset PLUS_8 = ZoneOffset.ofHours(8);

    private static Path migrated(String name) {
        try {
            return Path.of(MigratedFrontMatterTest.class.getResource("/migrate/posts/").toURI()).resolve(name);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Post read(String name) {
        return Fixtures.read(migrated(name));
    }

    @Test
    void tomlWithAQuotedDateKeepsItsOffsetAndAliases() {
        Post post = read("CF512C-Fox-And-Dinner（二分图，最大流）.md");

        assertEquals("CF512C Fox And Dinner（二分图，最大流）", post.title());
        assertEquals(OffsetDateTime.of(2019, 10, 15, 19, 50, 54, 0, PLUS_8), post.meta().date());
        assertEquals(List.of("网络流", "二分图"), post.meta().tags());
        assertEquals(List.of("题解"), post.meta().categories());
        assertEquals(List.of("/post/CF512C-Fox-And-Dinner（二分图，最大流）/", "/CF512C-Fox-And-Dinner（二分图，最大流）/"),
                post.aliasPaths());
        assertEquals("/posts/cf512c-fox-and-dinner二分图最大流/", post.path(), "Hugo's urlize of the file name");
    }

    @Test
    void emptyDescriptionLeavesTheSummaryToTheMoreDivider() {
        assertEquals("把狐狸分成奇偶两类，建二分图跑最大流。", read("CF512C-Fox-And-Dinner（二分图，最大流）.md").summary());
    }

    @Test
    void tomlNativeDatetimeLiteralStringAndTablesAreRead() {
        Post post = read("after-oi.md");

        assertEquals("～AFTER OI～", post.title());
        assertEquals(OffsetDateTime.of(2020, 7, 9, 13, 0, 46, 0, PLUS_8), post.meta().date());
        assertEquals(OffsetDateTime.of(2020, 8, 1, 10, 0, 0, 0, PLUS_8), post.meta().lastmod());
        assertEquals(5, post.meta().weight());
        assertEquals(List.of(), post.meta().tags());
        assertEquals("/images/cover.png", post.cover(), "the first of 'images'");
    }

    @Test
    void jsonFrontMatterIsRead() {
        Post post = read("json-front-matter.md");

        assertEquals("用 JSON 寫的前言", post.title());
        assertEquals(List.of("JSON"), post.meta().tags());
        assertEquals("/posts/json-post/", post.path());
        assertEquals("JSON 前言的文章內文。", post.summary());
    }

    @Test
    void hexoPostWithCrlfUnpaddedDatesUpdatedAndNestedCategories() {
        Post post = read("hexo-post.md");

        assertEquals(OffsetDateTime.of(2024, 9, 18, 8, 5, 0, 0, PLUS_8), post.meta().date(), "site time zone");
        assertEquals(OffsetDateTime.of(2024, 9, 20, 18, 0, 0, 0, PLUS_8), post.meta().lastmod(), "Hexo's updated");
        assertEquals(List.of("Hexo", "2021"), post.meta().tags());
        assertEquals(List.of("生活", "旅行", "隨筆"), post.meta().categories());
        assertEquals("第一段在摘要裡。", post.summary(), "an inline <!-- more --> ends the summary");
    }

    @Test
    void expiryDateAndHexoPublishedFalseAreRead() {
        assertEquals(Optional.of(OffsetDateTime.of(2025, 5, 1, 0, 0, 0, 0, PLUS_8)), read("expired.md").meta().expiresAt());
        assertTrue(read("published-false.md").meta().draft());
        assertFalse(read("about.md").meta().draft());
    }

    @Test
    void urlInFrontMatterIsThePostsPath() {
        assertEquals("/about/", read("about.md").path());
    }

    @Test
    void pageBundleIsNamedByItsFolderAndKnowsIt() {
        Post post = read("bundle-post/index.md");

        assertEquals("/posts/bundle-post/", post.path());
        assertEquals(Optional.of(migrated("bundle-post")), post.bundle());
        assertEquals(List.of("SOFA Weekly"), post.meta().categories(), "one category as a string");
        assertEquals(List.of("/posts/2024-05-01-old-bundle/"), post.aliasPaths(), "one alias as a string");
    }

    @Test
    void loaderSkipsBundleFilesAndWarnsAboutPostsWithTheWrongExtension() {
        LoadResult loaded = new PostLoader(Fixtures.reader()).load(migrated(""));

        assertFalse(loaded.hasErrors(), loaded.problems()::toString);
        assertTrue(loaded.posts().stream().noneMatch(p -> p.title().equals("套件裡的附件")));
        assertTrue(loaded.problems().stream().anyMatch(p -> p.file().endsWith("notes.md")
                && p.message().contains("page bundle")), loaded.problems()::toString);
        assertTrue(loaded.problems().stream().anyMatch(p -> p.file().endsWith("wrong-extension")
                && p.message().contains("not named *.md")), loaded.problems()::toString);
    }

    @Test
    void brokenTomlIsReportedAtTheLineInTheFile() {
        Problem problem = failure(broken("toml-broken.md"));

        assertEquals(5, problem.line(), problem::toString);
        assertTrue(problem.message().startsWith("front matter is not valid TOML"), problem::toString);
    }

    @Test
    void badTomlValueIsReportedAtItsKeyLine() {
        Problem problem = failure(broken("toml-bad-date.md"));

        assertEquals(4, problem.line(), problem::toString);
        assertTrue(problem.message().contains("'date' must look like"), problem::toString);
    }

    @Test
    void unclosedTomlNamesItsFence() {
        Problem problem = failure(broken("toml-unclosed.md"));

        assertEquals(1, problem.line());
        assertTrue(problem.message().contains("'+++'"), problem::toString);
    }

    @Test
    void brokenJsonIsReportedAtTheLineInTheFile() {
        Problem problem = failure(broken("json-broken.md"));

        assertEquals(4, problem.line(), problem::toString);
        assertTrue(problem.message().startsWith("front matter is not valid JSON"), problem::toString);
    }

    @Test
    void weightThatIsNotANumberIsAnError() {
        Problem problem = failure(broken("bad-weight.md"));

        assertEquals(4, problem.line(), problem::toString);
        assertTrue(problem.message().contains("'weight' must be a whole number"), problem::toString);
    }

    @Test
    void hexoPermalinksUseTheFilesPathAndTheDateInItsZone() {
        PostReader hexo = new PostReader(new Markdown(), Fixtures.TAIPEI, false,
                new Permalinks("/:year/:month/:day/:title/", Permalinks.Style.HEXO));
        List<Problem> warnings = new ArrayList<>();
        Path file = migrated("hexo-post.md");

        Post post = assertDoesNotFail(() -> hexo.read(file, Path.of("life", "hexo-post.md"), warnings::add));

        assertEquals("/2024/09/18/life/hexo-post/", post.path());
    }

    @Test
    void hugoPermalinkTokensAreFilledIn() {
        Post post = read("CF512C-Fox-And-Dinner（二分图，最大流）.md");
        Permalinks byTitle = new Permalinks("/:year/:month/:slug/", Permalinks.Style.HUGO);
        Permalinks byFile = new Permalinks("/post/:filename/", Permalinks.Style.HUGO);

        assertEquals(Optional.of("/2019/10/cf512c-fox-and-dinner二分图最大流/"), byTitle.path(post.meta(),
                "CF512C-Fox-And-Dinner（二分图，最大流）"));
        assertEquals(Optional.of("/post/cf512c-fox-and-dinner二分图最大流/"), byFile.path(post.meta(),
                "CF512C-Fox-And-Dinner（二分图，最大流）"));
    }

    @Test
    void aColonNotFollowedByATokenIsText() {
        Post post = read("CF512C-Fox-And-Dinner（二分图，最大流）.md");
        Permalinks odd = new Permalinks("/a:1/:year-:month:day/x:/:filename/", Permalinks.Style.HUGO);

        assertEquals(Optional.of("/a:1/2019-1015/x:/cf512c-fox-and-dinner二分图最大流/"), odd.path(post.meta(),
                "CF512C-Fox-And-Dinner（二分图，最大流）"));
    }

    @Test
    void unknownPermalinkTokenIsRefused() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Permalinks("/:yaer/:slug/", Permalinks.Style.HUGO));
        assertTrue(e.getMessage().contains(":yaer"), e::getMessage);
    }

    private static Post assertDoesNotFail(ReadAction action) {
        try {
            return action.read();
        } catch (ContentException e) {
            throw new AssertionError(e.problem().toString(), e);
        }
    }

    private interface ReadAction {
        Post read() throws ContentException;
    }
}
