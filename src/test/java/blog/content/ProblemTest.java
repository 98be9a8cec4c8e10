package blog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems print the way editors and CI logs link to: file:line: message. */
class ProblemTest {

    private static final Path FILE = Path.of("posts", "a.md");

    @Test
    void errorPrintsAsFileLineMessage() {
        assertEquals(FILE + ":4: bad date", Problem.error(FILE, 4, "bad date").toString());
    }

    @Test
    void warningSaysSo() {
        Problem warning = Problem.warning(FILE, 2, "no date");

        assertEquals(FILE + ":2: warning: no date", warning.toString());
        assertFalse(warning.isError());
    }

    @Test
    void lineBelowOneBecomesOne() {
        assertEquals(1, Problem.error(FILE, 0, "x").line());
        assertEquals(1, Problem.error(FILE, -3, "x").line());
    }

    @Test
    void loadResultHasErrorsOnlyWhenAProblemIsAnError() {
        assertFalse(new LoadResult(List.of(), List.of(Problem.warning(FILE, 1, "w")), List.of(), true).hasErrors());
        assertTrue(new LoadResult(List.of(), List.of(Problem.warning(FILE, 1, "w"), Problem.error(FILE, 1, "e")), List.of(),
                true).hasErrors());
    }
}
