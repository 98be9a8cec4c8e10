package blog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Slugs.urlize follows Hugo's urlize (helpers.PathSpec.UnicodeSanitize, then lower case). */
class SlugsTest {

    static Stream<Arguments> hugoUrlize() {
        return Stream.of(
                Arguments.of("地緣政治", "地緣政治"),
                Arguments.of("AI 技術前沿", "ai-技術前沿"),
                Arguments.of("C#", "c#"),
                Arguments.of("C++", "c++"),
                Arguments.of("AI/ML", "ai/ml"),
                Arguments.of("問答?", "問答"),
                Arguments.of("50%", "50"),
                Arguments.of("Hello World", "hello-world"),
                Arguments.of("a   b", "a-b"),
                Arguments.of("a \t\n b", "a-b"),
                Arguments.of("  foo bar  ", "foo-bar"),
                Arguments.of("a - b", "a-b"),
                Arguments.of("a--b", "a--b"),
                // From Hugo's own TestURLize / TestMakePath tables.
                Arguments.of("foo,bar:foobar", "foobarfoobar"),
                Arguments.of("foo/bar.html", "foo/bar.html"),
                Arguments.of("100%-google", "100-google"),
                Arguments.of("50%20off", "50%20off"),
                Arguments.of("a%2", "a2"),
                Arguments.of("user@host_name~x", "user@host_name~x"),
                Arguments.of("中文，標點。「引號」", "中文標點引號"),
                Arguments.of("台灣\u3000旅遊", "台灣-旅遊"),
                Arguments.of("日本語のテキスト", "日本語のテキスト"),
                Arguments.of("한국어 제목", "한국어-제목"),
                Arguments.of("Emoji 😀 here", "emoji-here"),
                Arguments.of("ÄÖÜ Straße", "äöü-straße"),
                Arguments.of("", ""),
                Arguments.of("???", ""));
    }

    @ParameterizedTest(name = "urlize({0}) = {1}")
    @MethodSource("hugoUrlize")
    void urlizeMatchesHugo(String text, String expected) {
        assertEquals(expected, Slugs.urlize(text));
    }

    @Test
    void multipleSpacesBecomeOneHyphen() {
        assertEquals("ai-技術-前沿", Slugs.urlize("AI    技術  前沿"));
    }

    @Test
    void nonBreakingSpacesSeparateWordsLikeSpaces() {
        // Go's unicode.IsSpace (which Hugo uses) counts U+00A0 and U+202F; pasted titles often hold them.
        assertEquals("ai-技術前沿", Slugs.urlize("AI\u00A0技術前沿"));
        assertEquals("a-b", Slugs.urlize("a\u202Fb"));
        assertEquals("a-b", Slugs.urlize("a\u0085b"));
    }

    @Test
    void decomposedTextIsNormalisedToNfc() {
        String nfd = Normalizer.normalize("Café", Normalizer.Form.NFD);

        assertEquals("caf\u00E9", Slugs.urlize(nfd));
        assertEquals(Slugs.urlize("Café"), Slugs.urlize(nfd));
    }

    @Test
    void decomposedKanaIsComposed() {
        // か + combining dakuten (as macOS file names store it) is the single character が.
        assertEquals("が", Slugs.urlize("か\u3099"));
    }

    @Test
    void postSlugTurnsSlashesIntoHyphens() {
        assertEquals("ai-ml", Slugs.postSlug("AI/ML"));
        assertEquals("a-b", Slugs.postSlug("a\\b"));
        assertEquals("c#", Slugs.postSlug("C#"));
    }

    @Test
    void postSlugRefusesDotSegments() {
        assertEquals("", Slugs.postSlug("."));
        assertEquals("", Slugs.postSlug(".."));
        assertEquals("", Slugs.postSlug("？！"));
    }
}
