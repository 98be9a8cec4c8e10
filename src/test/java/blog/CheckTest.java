package blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
