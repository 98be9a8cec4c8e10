package blog.content;

import static blog.content.Fixtures.post;
import static blog.content.Fixtures.read;
import static blog.content.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 400 CJK characters or 200 other words a minute, rounded up, at least one minute. */
class ReadingTimeTest {

    @TempDir
    Path dir;

    private final Markdown markdown = new Markdown();

    @ParameterizedTest(name = "{0} CJK chars + {1} words = {2} min")
    @CsvSource({
            "0, 0, 1",
            "1, 0, 1",
            "400, 0, 1",
            "401, 0, 2",
            "800, 0, 2",
            "4000, 0, 10",
            "0, 200, 1",
            "0, 201, 2",
            "0, 1000, 5",
            "200, 100, 1",
            "200, 101, 2",
            "400, 200, 2",
            "401, 200, 3"})
    void minutesAreRoundedUpWithAFloorOfOne(int cjkChars, int words, int minutes) {
        assertEquals(minutes, ReadingTime.minutes(cjkChars, words));
    }

    @Test
    void cjkIsCountedByCharacterAndOtherTextByWord() {
        BodyFacts facts = markdown.analyze("中文字 and some English words, 日本語のかな 한국어\n", 1, true);

        assertEquals(3 + 6 + 3, facts.countedChars());
        assertEquals(4, facts.countedWords());
    }

    @Test
    void punctuationAndSpacesAreNotCounted() {
        BodyFacts facts = markdown.analyze("「你好」，世界！ — ... 123\n", 1, true);

        assertEquals(4, facts.countedChars());
        assertEquals(1, facts.countedWords(), "123 is one word");
    }

    @Test
    void supplementaryHanIsOneCharacter() {
        assertEquals(2, markdown.analyze("𠮷野\n", 1, true).countedChars());
    }

    @Test
    void longChinesePostTakesMinutesByCharacterCount() {
        Path file = write(dir, "zh.md", post("長文", "", "字".repeat(801) + "\n"));

        assertEquals(3, read(file).readingMinutes());
    }

    @Test
    void longEnglishPostTakesMinutesByWordCount() {
        Path file = write(dir, "en.md", post("long", "", "word ".repeat(401) + "\n"));

        assertEquals(3, read(file).readingMinutes());
    }

    @Test
    void mixedPostAddsBothRates() {
        // 600 characters (1.5 min) and 100 words (0.5 min): exactly 2 minutes.
        Path file = write(dir, "mix.md", post("混合", "", "中".repeat(600) + "\n\n" + "word ".repeat(100) + "\n"));

        assertEquals(2, read(file).readingMinutes());
    }

    @Test
    void emptyPostStillTakesOneMinute() {
        Path file = write(dir, "empty.md", "---\ntitle: 空\ndate: 2024-01-05\n---\n");

        assertEquals(1, read(file).readingMinutes());
    }
}
