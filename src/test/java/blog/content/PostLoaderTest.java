package blog.content;

import static blog.content.Fixtures.broken;
import static blog.content.Fixtures.copy;
import static blog.content.Fixtures.good;
import static blog.content.Fixtures.post;
import static blog.content.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a whole posts folder. */
class PostLoaderTest {

    @TempDir
    Path dir;

    private static LoadResult load(Path folder) {
        return new PostLoader(Fixtures.reader()).load(folder);
    }

    private static Set<String> slugs(LoadResult result) {
        return result.posts().stream().map(Post::slug).collect(Collectors.toSet());
    }

    private static List<Problem> errors(LoadResult result) {
        return result.problems().stream().filter(Problem::isError).toList();
    }

    @Test
    void goodFixtureFolderLoadsEveryPostWithoutErrors() {
        Path folder = good("full-front-matter.md").getParent();

        LoadResult result = load(folder);

        assertEquals(List.of(), errors(result), () -> result.problems().toString());
        assertFalse(result.hasErrors());
        assertEquals(Set.of("2024-03-01-dated-name", "body-with-dashes", "bom-and-crlf", "bom", "crlf", "date-only",
                "description-only", "deepseek-chip-controls", "hexo-style", "hostile-html", "lead-image",
                "local-time", "markdown-features", "more-divider-spaced", "more-divider", "more-in-code",
                "papermod-cover", "publish-date-only", "taipei-trip"), slugs(result));
        assertEquals(1, result.problems().size(), "only the dated file name's missing-date warning");
    }

    @Test
    void brokenFixtureFolderLoadsNothingAndReportsEachFileOnce() throws IOException {
        Path folder = broken("no-title.md").getParent();
        Set<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".md")).collect(Collectors.toSet());
        }

        LoadResult result = load(folder);

        assertEquals(List.of(), result.posts());
        Map<Path, Long> perFile = errors(result).stream()
                .collect(Collectors.groupingBy(Problem::file, Collectors.counting()));
        assertEquals(files, perFile.keySet());
        assertTrue(perFile.values().stream().allMatch(n -> n == 1), perFile::toString);
    }

    @Test
    void postsInNestedFoldersAreFound() {
        write(dir, "top.md", post("上層", "", "a"));
        write(dir, "2024/middle.md", post("中層", "", "b"));
        write(dir, "2024/03/deep.md", post("深層", "", "c"));

        LoadResult result = load(dir);

        assertEquals(Set.of("top", "middle", "deep"), slugs(result));
        assertEquals(List.of(), result.problems());
    }

    @Test
    void pageBundleIndexTakesItsFolderNameAsSlug() {
        copy(good("taipei-trip/index.md"), dir, "台北 旅行/index.md");
        write(dir, "2024/夏天/index.md", post("夏天", "", "d"));

        LoadResult result = load(dir);

        assertEquals(Set.of("台北-旅行", "夏天"), slugs(result));
    }

    @Test
    void sectionIndexFilesAreSkipped() {
        write(dir, "_index.md", "not even front matter");
        write(dir, "news/_index.md", "---\ntitle: 新聞\n---\n");
        write(dir, "news/story.md", post("故事", "", "e"));

        LoadResult result = load(dir);

        assertEquals(Set.of("story"), slugs(result));
        assertEquals(List.of(), result.problems(), "an _index.md is not a post, so it is no problem either");
    }

    @Test
    void hiddenFilesAndFoldersAreSkipped() {
        write(dir, ".drafts/secret.md", post("秘密", "", "f"));
        write(dir, "2024/.git/readme.md", "not a post");
        write(dir, ".hidden.md", "not a post");
        write(dir, "visible.md", post("看得見", "", "g"));

        LoadResult result = load(dir);

        assertEquals(Set.of("visible"), slugs(result));
        assertEquals(List.of(), result.problems());
    }

    @Test
    void filesThatAreNotMarkdownAreIgnored() {
        write(dir, "notes.txt", "---\ntitle: x\n---\n");
        write(dir, "bundle/index.md", post("包", "", "h"));
        write(dir, "bundle/photo.jpg", "not an image");
        write(dir, "post.md.bak", "garbage");

        LoadResult result = load(dir);

        assertEquals(Set.of("bundle"), slugs(result));
        assertEquals(List.of(), result.problems());
    }

    @Test
    void twoPostsWithOneSlugKeepThePathThatSortsFirstAndNameBothFiles() {
        // Written in the opposite order to how they sort, so creation order cannot be what decides.
        Path later = write(dir, "zz-second.md", post("第二篇", "slug: same\n", "i"));
        Path earlier = write(dir, "aa-first.md", post("第一篇", "slug: same\n", "j"));

        LoadResult result = load(dir);

        assertEquals(1, result.posts().size());
        assertEquals(earlier, result.posts().get(0).file());
        List<Problem> errors = errors(result);
        assertEquals(1, errors.size(), errors::toString);
        Problem problem = errors.get(0);
        assertEquals(later, problem.file());
        assertTrue(problem.message().contains(earlier.toString()), problem::toString);
        assertTrue(problem.message().contains("'same'"), problem::toString);
        assertTrue(problem.toString().contains(later.toString()) && problem.toString().contains(earlier.toString()));
    }

    @Test
    void slugCollisionWinnerIsTheSameOnEveryLoad() {
        for (int i = 0; i < 12; i++) {
            write(dir, "p" + (char) ('z' - i) + ".md", post("p" + i, "slug: Shared\n", "k"));
        }

        for (int round = 0; round < 5; round++) {
            LoadResult result = load(dir);
            assertEquals(1, result.posts().size());
            assertEquals(dir.resolve("po.md"), result.posts().get(0).file(), "round " + round);
            assertEquals(11, errors(result).size());
        }
    }

    @Test
    void fileAndBundleWithOneNameCollideAndTheSortedFirstWins() {
        Path file = write(dir, "trip.md", post("檔案", "", "l"));
        Path bundle = write(dir, "trip/index.md", post("資料夾", "", "m"));

        LoadResult result = load(dir);

        assertEquals(List.of(file), result.posts().stream().map(Post::file).toList());
        assertEquals(bundle, errors(result).get(0).file());
    }

    @Test
    void slugsDifferingOnlyInCaseCollide() {
        write(dir, "AI.md", post("大寫", "", "n"));
        write(dir, "ai.md", post("小寫", "", "o"));

        LoadResult result = load(dir);

        assertEquals(1, result.posts().size());
        assertEquals(1, errors(result).size());
    }

    @Test
    void oneBrokenPostDoesNotStopTheOthers() {
        copy(good("full-front-matter.md"), dir, "a-good.md");
        copy(broken("broken-yaml.md"), dir, "b-broken-yaml.md");
        copy(broken("not-utf8-big5.md"), dir, "c-not-utf8.md");
        copy(broken("alias-bomb.md"), dir, "d-bomb.md");
        copy(good("lead-image.md"), dir, "e-good.md");

        LoadResult result = load(dir);

        assertEquals(Set.of("deepseek-chip-controls", "e-good"), slugs(result));
        assertEquals(List.of(dir.resolve("b-broken-yaml.md"), dir.resolve("c-not-utf8.md"), dir.resolve("d-bomb.md")),
                errors(result).stream().map(Problem::file).toList(), "errors come in file order");
        assertTrue(result.hasErrors());
    }

    @Test
    void postsComeInPathOrder() {
        write(dir, "c.md", post("c", "", "p"));
        write(dir, "a/z.md", post("az", "", "q"));
        write(dir, "b.md", post("b", "", "r"));

        List<String> order = load(dir).posts().stream().map(p -> dir.relativize(p.file()).toString()).toList();

        assertEquals(List.of("a/z.md", "b.md", "c.md"), order);
    }

    @Test
    void emptyFolderLoadsNothingQuietly() {
        LoadResult result = load(dir);

        assertEquals(List.of(), result.posts());
        assertEquals(List.of(), result.problems());
    }

    @Test
    void missingFolderIsReportedNotThrown() {
        Path missing = dir.resolve("no-such-folder");

        LoadResult result = load(missing);

        assertEquals(List.of(), result.posts());
        assertTrue(result.hasErrors());
        assertEquals(missing, result.problems().get(0).file());
        assertTrue(result.problems().get(0).message().contains("the posts folder does not exist"),
                result.problems().get(0).message());
    }

    @Test
    void aFileInsteadOfTheFolderIsReported() throws IOException {
        Path file = write(dir, "posts.md", post("一篇", "", "p"));

        LoadResult result = load(file);

        assertEquals(List.of(), result.posts());
        assertTrue(result.hasErrors());
        assertEquals(file, result.problems().get(0).file());
        assertTrue(result.problems().get(0).message().contains("is a file, not a folder"),
                result.problems().get(0).message());
    }

    @Test
    void linkToAFileOutsideTheFolderIsSkippedWithAWarning() throws IOException {
        Path posts = Files.createDirectories(dir.resolve("posts"));
        Path outside = write(dir, "outside/secret.md", post("外面", "", "s"));
        Path link = posts.resolve("linked.md");
        try {
            Files.createSymbolicLink(link, outside);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links are not available here: " + e);
        }
        write(posts, "inside.md", post("裡面", "", "t"));

        LoadResult result = load(posts);

        assertEquals(Set.of("inside"), slugs(result));
        assertEquals(1, result.problems().size());
        assertFalse(result.problems().get(0).isError());
        assertEquals(link, result.problems().get(0).file());
    }
}
