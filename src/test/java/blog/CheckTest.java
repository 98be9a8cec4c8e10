package blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckTest {

    private static final Path ROOT = Path.of("src/test/resources/check");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private int check(Path posts) {
        Config config = Config.load(Map.of("BLOG_PUBLIC_DIR", ROOT.resolve("public").toString()));
        return new Check(config, posts, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void brokenPostIsReportedWithFileAndLineAndFailsTheCheck() {
        int status = check(ROOT.resolve("posts"));

        assertEquals(1, status, output());
        assertTrue(output().contains(ROOT.resolve("posts/bad-date.md") + ":4: 'date' must look like"), output());
        assertTrue(output().contains("2 posts, 1 errors"), output());
    }

    @Test
    void linksAndImagesThatLeadNowhereAreWarnedWithTheirLine() {
        check(ROOT.resolve("posts"));
        String good = ROOT.resolve("posts/good.md").toString();

        assertTrue(output().contains(good + ":11: warning: image /images/missing.png leads nowhere"), output());
        assertTrue(output().contains(good + ":9: warning: link /posts/missing/ leads nowhere"), output());
        assertTrue(!output().contains("/images/ok.gif"), "an existing image is not reported: " + output());
        assertTrue(!output().contains("/posts/other/ leads"), "a link to a real post is fine: " + output());
        assertTrue(!output().contains("/tags/地緣政治/ leads"), "a link to a real tag is fine: " + output());
    }

    @Test
    void unknownShortcodesAreWarnedWithFileAndLineAndTemplatesBesideThePostsAreKnown() {
        Path posts = Path.of("src/test/resources/shortcodes/posts");
        int status = check(posts);
        String theme = posts.resolve("theme-shortcodes.md").toString();

        assertEquals(0, status, "unknown shortcodes are warnings, not errors: " + output());
        assertTrue(output().contains(theme + ":15: warning: unknown shortcode {{% warning %}}: it shows only its inner text"),
                output());
        assertTrue(output().contains(theme + ":31: warning: unknown shortcode {{% img %}}: it is left out"), output());
        assertTrue(!output().contains("{{% fold %}}"), "shortcodes/fold.html beside posts/ defines it: " + output());
        assertTrue(output().contains(posts.resolve("built-ins.md") + ":49: warning: youtube needs the video's id"),
                output());
    }

    @Test
    void aBodyNestedTooDeeplyIsAnErrorNamingTheFileTheLineAndTheDepth(@TempDir Path temp) throws IOException {
        Path posts = Files.createDirectories(temp.resolve("posts"));
        Files.writeString(posts.resolve("quotes.md"), "---\ntitle: 深\ndate: 2025-05-01\ndescription: 有描述\n---\n\n前言。\n\n"
                + ">".repeat(3000) + " 深處\n");
        Files.writeString(posts.resolve("emphasis.md"), "---\ntitle: 強調\ndate: 2025-05-02\n---\n"
                + "*".repeat(2000) + "x" + "*".repeat(2000) + "\n");
        Files.writeString(posts.resolve("fine.md"), "---\ntitle: 好\ndate: 2025-05-03\n---\n\n" + ">".repeat(20) + " 淺\n");

        int status = check(posts);

        assertEquals(1, status, output());
        assertTrue(output().contains(posts.resolve("quotes.md") + ":9: the Markdown is nested 3002 levels deep"),
                output());
        assertTrue(output().contains(posts.resolve("emphasis.md") + ":5: the Markdown is nested"), output());
        assertTrue(output().contains("3 posts, 2 errors"), output());
    }

    @Test
    void controlCharactersInFrontMatterAreWarnedWithFileLineAndField() {
        Path posts = Path.of("src/test/resources/controls/posts");
        int status = check(posts);

        assertEquals(0, status, "dropped, so a warning: " + output());
        String yaml = posts.resolve("yaml.md").toString();
        assertTrue(output().contains(yaml + ":2: warning: 'title' holds the control or invalid character U+0007"), output());
        assertTrue(output().contains(yaml + ":4: warning: 'description'"), output());
        assertTrue(output().contains(yaml + ":5: warning: 'tags'"), output());
        assertTrue(output().contains(yaml + ":6: warning: 'categories'"), output());
        assertTrue(output().contains(yaml + ":7: warning: 'source_name'"), output());
        assertTrue(output().contains(posts.resolve("json.md") + ":2: warning: 'title'"), output());
        assertTrue(output().contains(posts.resolve("toml.md") + ":2: warning: 'title'"), output());
        assertTrue(output().contains(posts.resolve("toml.md") + ":4: warning: 'summary'"), output());
    }

    @Test
    void missingFolderFailsTheCheck() {
        assertEquals(1, check(ROOT.resolve("no-such-folder")));
        assertTrue(output().contains("the posts folder does not exist"), output());
    }

    @Test
    void bundledPostsPassTheCheck() {
        Config config = Config.load(Map.of());
        int status = new Check(config, config.postsDir(), new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();

        assertEquals(0, status, output());
        assertTrue(output().contains("0 errors, 0 warnings"), output());
    }
}
