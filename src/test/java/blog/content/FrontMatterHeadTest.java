package blog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Start-up decodes a post only through its front matter, and must split it as the whole file splits. */
class FrontMatterHeadTest {

    @Test
    void theHeadSplitsLikeTheWholeFileForEveryFixture() throws IOException {
        int compared = 0;
        try (Stream<Path> files = Files.walk(Fixtures.resource("."))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (PostBytes.scan(bytes).utf8()) {
                    assertSplitsAlike(bytes, file.toString());
                    compared++;
                }
            }
        }
        assertTrue(compared >= 20, "compared " + compared);
    }

    @Test
    void awkwardFencesSplitAlike() {
        for (String text : List.of(
                "---\ntitle: a\n---\nbody\n---\nmore", "\uFEFF---\r\ntitle: a\r\n---\r\nbody", "---  \ntitle: a\n---\t\nbody",
                "---\rtitle: a\r---\rbody", "---\ntitle: a\n----\nbody\n---\n", "---\ntitle: a\n---\u3000\nbody\n---\n",
                "---\ntitle: a\n", "---", "title: a\n---\n", "", "---\n---", " ---\ntitle: a\n---\n",
                "+++\ntitle = \"a\"\n+++\nbody\n+++\n", "+++\ntitle = \"a\"\n---\nbody\n+++\n", "---\ntitle: a\n+++\nb\n---\n",
                "{\"title\": \"a\"}\nbody", "{\n\"title\": \"a\"\n}\nbody\n---\n")) {
            assertSplitsAlike(text.getBytes(StandardCharsets.UTF_8), text);
        }
    }

    @Test
    void theHeadEndsAtTheClosingFence() {
        byte[] bytes = "---\ntitle: 標題\n---\n正文\n".getBytes(StandardCharsets.UTF_8);

        assertEquals("---\ntitle: 標題\n---", new String(bytes, 0, PostBytes.headLength(bytes), StandardCharsets.UTF_8));
    }

    private static void assertSplitsAlike(byte[] bytes, String what) {
        String whole = new String(bytes, StandardCharsets.UTF_8);
        String head = new String(bytes, 0, PostBytes.headLength(bytes), StandardCharsets.UTF_8);
        assertEquals(describe(whole), describe(head), what);
    }

    /** The front matter and the body's first line, or why the text has no front matter. */
    private static String describe(String text) {
        try {
            SourceText source = SourceText.split(text);
            return source.format() + "|" + source.frontMatter() + "|" + source.frontMatterLine() + "|" + source.bodyLine();
        } catch (SourceText.FrontMatterMissing e) {
            return "missing";
        } catch (SourceText.FrontMatterUnclosed e) {
            return "unclosed";
        }
    }
}
