package blog.content;

import static blog.content.Fixtures.wellFormed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The automatic teaser: cut by code points, preferring a sentence end, never inside a surrogate pair. */
class SummariesTest {

    private static final String ROCK = "𠮷"; // U+20BB7, a Han character outside the BMP
    private static final String FACE = "😀"; // U+1F600

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    @Test
    void textThatFitsIsReturnedWhole() {
        String text = "短短一句話。";

        assertEquals(text, Summaries.teaser(text, 140));
    }

    @Test
    void lengthIsCountedInCodePointsNotJavaChars() {
        // 140 emoji are 280 chars but exactly 140 code points: that fits.
        String text = FACE.repeat(140);

        assertEquals(text, Summaries.teaser(text, 140));
    }

    @Test
    void longTextWithoutSentenceEndIsCutAtTheLimitWithAnEllipsis() {
        String text = "字".repeat(300);

        String teaser = Summaries.teaser(text, 140);

        assertEquals("字".repeat(140) + "…", teaser);
    }

    @Test
    void cutFallsAfterTheLastSentenceEndInTheSecondHalf() {
        String text = "甲".repeat(80) + "。" + "乙".repeat(30) + "！" + "丙".repeat(100);

        String teaser = Summaries.teaser(text, 140);

        assertEquals("甲".repeat(80) + "。" + "乙".repeat(30) + "！", teaser);
    }

    @Test
    void fullwidthQuestionMarkEndsASentence() {
        String text = "問".repeat(100) + "？" + "答".repeat(100);

        assertEquals("問".repeat(100) + "？", Summaries.teaser(text, 140));
    }

    @Test
    void sentenceEndInTheFirstHalfIsTooEarlyToCutAt() {
        String text = "早".repeat(30) + "。" + "晚".repeat(300);

        String teaser = Summaries.teaser(text, 140);

        assertEquals(141, codePoints(teaser));
        assertTrue(teaser.endsWith("晚…"), teaser);
    }

    @Test
    void supplementaryCharacterAtTheCutIsKeptWhole() {
        // Code point 140 is 𠮷: a char-based cut at 140 would split its surrogate pair.
        String text = "一".repeat(139) + ROCK + "二".repeat(50);

        String teaser = Summaries.teaser(text, 140);

        assertEquals("一".repeat(139) + ROCK + "…", teaser);
        assertTrue(wellFormed(teaser));
    }

    @Test
    void supplementaryCharactersThroughoutAreNeverSplit() {
        for (String filler : new String[] {ROCK, FACE}) {
            for (int shift = 0; shift < 3; shift++) {
                String text = "a".repeat(shift) + filler.repeat(200);

                String teaser = Summaries.teaser(text, 140);

                assertTrue(wellFormed(teaser), () -> "lone surrogate in " + teaser);
                assertEquals(141, codePoints(teaser), "140 code points and the ellipsis");
            }
        }
    }

    @Test
    void sentenceEndAfterEmojiIsFoundByCodePoint() {
        String text = FACE.repeat(100) + "。" + FACE.repeat(100);

        String teaser = Summaries.teaser(text, 140);

        assertEquals(FACE.repeat(100) + "。", teaser);
        assertTrue(wellFormed(teaser));
    }

    @Test
    void trailingSpaceBeforeTheEllipsisIsDropped() {
        String text = "word ".repeat(60);

        String teaser = Summaries.teaser(text, 140);

        assertTrue(teaser.endsWith("word…"), teaser);
    }
}
