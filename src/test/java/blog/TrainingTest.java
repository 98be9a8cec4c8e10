package blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code train} run that the build records the class-data archive from. */
class TrainingTest {

    private static final Path SITE = Path.of("src/test/resources/site");

    @Test
    void visitsEveryKindOfPageAndASearchWithoutServerErrors() {
        Config config = Config.load(Map.of("PORT", "0",
                "BLOG_POSTS_DIR", SITE.resolve("posts").toString(),
                "BLOG_PUBLIC_DIR", SITE.resolve("public").toString(),
                "BLOG_PAGE_SIZE", "3"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        Training.Result result = new Training(config, new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

        List<String> pages = result.pages();
        assertEquals(0, result.serverErrors(), printed.toString(StandardCharsets.UTF_8));
        assertTrue(pages.contains("/"), pages.toString());
        assertTrue(pages.contains("/page/2/"), pages.toString());
        assertTrue(pages.stream().anyMatch(p -> p.matches("/posts/[^/]+/")), pages.toString());
        assertTrue(pages.stream().anyMatch(p -> p.matches("/tags/[^/]+/")), pages.toString());
        assertTrue(pages.stream().anyMatch(p -> p.matches("/categories/[^/]+/")), pages.toString());
        // The search index is built in the background; the run waits for it and gets results.
        assertTrue(pages.stream().anyMatch(p -> p.startsWith("/search?q=")), pages.toString());
        assertTrue(printed.toString(StandardCharsets.UTF_8)
                .contains("blog train: " + result.requests() + " requests, " + pages.size() + " pages, 0 server errors"));
    }
}
