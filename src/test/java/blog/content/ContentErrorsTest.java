package blog.content;

import static blog.content.Fixtures.broken;
import static blog.content.Fixtures.failure;
import static blog.content.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Posts that cannot be published fail with a Problem naming the file, the line and what to do. */
class ContentErrorsTest {

    @TempDir
    Path dir;

    private static void assertProblem(Problem problem, Path file, int line, String... messageParts) {
        assertEquals(file, problem.file(), problem::toString);
        assertEquals(line, problem.line(), problem::toString);
        assertTrue(problem.isError(), problem::toString);
        for (String part : messageParts) {
            assertTrue(problem.message().contains(part), () -> "expected '" + part + "' in: " + problem);
        }
    }

    @Test
    void fileThatIsNotUtf8IsReportedAtTheLineOfTheBadByte() {
        Path file = broken("not-utf8-big5.md");

        assertProblem(failure(file), file, 6, "not valid UTF-8", "save it as UTF-8");
    }

    @Test
    void badByteInTheTitleLineIsReportedOnThatLine() {
        Path file = broken("not-utf8-latin1-title.md");

        assertProblem(failure(file), file, 2, "not valid UTF-8");
    }

    @Test
    void notUtf8AfterCrlfLinesCountsLinesToo() throws Exception {
        Path file = dir.resolve("crlf-latin1.md");
        byte[] head = "---\r\ntitle: a\r\ndate: 2024-01-05\r\n---\r\n\r\nok\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xE9; // Latin-1 é followed by a newline
        bytes[head.length + 1] = '\n';
        Files.write(file, bytes);

        assertProblem(failure(file), file, 7, "not valid UTF-8");
    }

    @Test
    void brokenFrontMatterIsReportedWithFileAndLine() {
        Path file = broken("broken-yaml.md");

        assertProblem(failure(file), file, 4, "not valid YAML", "mapping values are not allowed");
    }

    @Test
    void badIndentationIsReportedAtTheMisplacedLine() {
        Path file = broken("bad-indentation.md");

        assertProblem(failure(file), file, 6, "not valid YAML");
    }

    @Test
    void unclosedQuoteIsReportedWhereTheQuoteOpensNotAtTheClosingFence() {
        // SnakeYAML only notices at the end of the front matter; the writer must fix line 2.
        Path file = broken("unclosed-quote.md");

        assertProblem(failure(file), file, 2, "not valid YAML", "quoted scalar");
    }

    @Test
    void unclosedQuoteLineIsRightAfterSupplementaryCharacters() {
        Path file = write(dir, "rock.md", "---\ntitle: 𠮷野家 😀\ndate: 2024-01-05\ndescription: \"𠮷𠮷𠮷\nsummary: x\n---\n");

        assertProblem(failure(file), file, 4, "quoted scalar");
    }

    @Test
    void unclosedBracketIsReportedWhereTheBracketOpens() {
        Path file = broken("unclosed-bracket.md");

        assertProblem(failure(file), file, 4, "not valid YAML", "flow sequence");
    }

    @Test
    void brokenYamlLineIsRightInACrlfFileToo() {
        Path file = write(dir, "crlf-yaml.md",
                "---\r\ntitle: ok\r\ndate: 2024-01-05\r\ndescription: a: b\r\n---\r\n\r\nbody\r\n");

        assertProblem(failure(file), file, 4, "not valid YAML");
    }

    @Test
    void aliasBombFailsFastInsteadOfExpanding() {
        Path file = broken("alias-bomb.md");

        Problem problem = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> failure(file));

        assertEquals(file, problem.file());
        assertTrue(problem.isError());
        assertTrue(problem.message().contains("alias"), problem::toString);
    }

    @Test
    void fewAliasesThatExpandToTooManyValuesFailFast() {
        // Only 20 aliases (under SnakeYAML's cap) but 10 x 10 x 100 values: the value budget must catch it.
        Path file = broken("alias-fanout.md");

        Problem problem = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> failure(file));

        assertProblem(problem, file, 6, "too many values");
    }

    @Test
    void selfReferencingAliasIsAnErrorNotAStackOverflow() {
        Path file = broken("self-alias.md");

        Problem problem = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> failure(file));

        assertProblem(problem, file, 4, "nested too deeply");
    }

    @Test
    void missingTitleIsAnError() {
        Path file = broken("no-title.md");

        assertProblem(failure(file), file, 1, "no title", "title:");
    }

    @Test
    void blankTitleIsAnError() {
        Path file = write(dir, "blank.md", "---\ntitle: \"   \"\ndate: 2024-01-05\n---\n");

        assertTrue(failure(file).message().contains("no title"));
    }

    @Test
    void titleThatIsAListIsReportedOnItsLine() {
        Path file = broken("title-is-a-list.md");

        assertProblem(failure(file), file, 3, "'title' must be text");
    }

    @Test
    void unparseableDateIsReportedAtTheDateLine() {
        Path file = broken("bad-date.md");

        assertProblem(failure(file), file, 4, "'date'", "2025/04/21", "2025-04-21T13:52:36+08:00");
    }

    @Test
    void impossibleLastmodIsReportedAtItsOwnLine() {
        Path file = broken("impossible-date.md");

        assertProblem(failure(file), file, 4, "'lastmod'", "2025-02-30");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025/04/21", "2025-13-01", "2025-02-30", "昨天", "2025-04-21T25:00:00+08:00", "[2025]"})
    void everyKindOfBadDateNamesTheDateLine(String value) {
        Path file = write(dir, "d.md", "---\ntitle: t\ntags: [a]\ndescription: d\ndate: " + value + "\n---\n");

        assertProblem(failure(file), file, 5, "'date'");
    }

    @Test
    void badPublishDateIsReportedAtItsLine() {
        Path file = write(dir, "p.md", "---\ntitle: t\ndate: 2024-01-05\npublishDate: soon\n---\n");

        assertProblem(failure(file), file, 4, "'publishDate'", "soon");
    }

    @Test
    void missingDateWithoutADatedFileNameIsAnError() {
        Path file = broken("no-date.md");

        assertProblem(failure(file), file, 1, "no date");
    }

    @Test
    void fileWithoutFrontMatterIsAnError() {
        Path file = broken("no-front-matter.md");

        assertProblem(failure(file), file, 1, "no front matter", "---");
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        Path file = broken("unclosed-front-matter.md");

        assertProblem(failure(file), file, 1, "never closed");
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondOneNamingTheFirst() {
        Path file = broken("duplicate-keys.md");

        assertProblem(failure(file), file, 5, "'title'", "twice", "line 2");
    }

    @Test
    void draftThatIsNotABooleanIsReportedOnItsLine() {
        Path file = broken("bad-draft.md");

        assertProblem(failure(file), file, 4, "'draft'", "maybe");
    }

    @Test
    void tagsThatAreAMappingAreReportedOnTheirLine() {
        Path file = broken("tags-mapping.md");

        assertProblem(failure(file), file, 5, "'tags'", "mapping");
    }

    @Test
    void frontMatterThatIsNotKeyValueLinesIsAnError() {
        Path file = broken("front-matter-is-a-list.md");

        assertProblem(failure(file), file, 2, "key: value");
    }

    @Test
    void slugWithNoLettersOrDigitsIsReportedOnItsLine() {
        Path file = broken("unusable-slug.md");

        assertProblem(failure(file), file, 4, "slug");
    }

    @Test
    void problemPrintsAsFileColonLineColonMessage() {
        Path file = broken("bad-date.md");

        ContentException e = assertThrows(ContentException.class, () -> Fixtures.reader().read(file, w -> { }));

        assertTrue(e.getMessage().startsWith(file + ":4: 'date'"), e.getMessage());
        assertEquals(e.problem().toString(), e.getMessage());
    }

    @Test
    void missingFileIsAProblemNotACrash() {
        Path file = dir.resolve("gone.md");

        assertProblem(failure(file), file, 1, "cannot read");
    }
}
