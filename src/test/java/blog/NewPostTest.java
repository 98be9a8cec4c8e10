package blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blog.content.ContentException;
import blog.content.Markdown;
import blog.content.Post;
import blog.content.PostReader;
import blog.content.Problem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewPostTest {

    /** 23:30 UTC on 31 December is already 1 January in Taipei. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-31T23:30:05.123Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private int create(String title) {
        Config config = Config.load(Map.of("BLOG_POSTS_DIR", temp.resolve("posts").toString(),
                "BLOG_TIMEZONE", "Asia/Taipei"));
        return new NewPost(config, CLOCK, new PrintStream(bytes, true, StandardCharsets.UTF_8)).create(title);
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void createsADraftNamedAfterTheTitleDatedTodayInTheSiteZone() throws Exception {
        assertEquals(0, create("我的第一篇：Hello World"), output());

        Path file = temp.resolve("posts/我的第一篇hello-world.md");
        assertEquals(file + "\n", output());
        assertEquals("""
                ---
                title: "我的第一篇：Hello World"
                date: 2026-01-01T07:30:05+08:00
                description: ""
                tags: []
                categories: []
                draft: true
                ---

                """, Files.readString(file));
        List<Problem> warnings = new ArrayList<>();
        Post post = new PostReader(new Markdown(), java.time.ZoneId.of("Asia/Taipei")).read(file, warnings::add);
        assertEquals("我的第一篇：Hello World", post.meta().title());
        assertEquals(OffsetDateTime.parse("2026-01-01T07:30:05+08:00"), post.meta().date());
        assertTrue(post.meta().draft());
        assertEquals("我的第一篇hello-world", post.slug());
        assertEquals(List.of(), warnings);
    }

    @Test
    void refusesToOverwriteAnExistingPost() throws Exception {
        assertEquals(0, create("標題"));
        Path file = temp.resolve("posts/標題.md");
        Files.writeString(file, "已經寫了的內容");

        assertEquals(1, create("標題"));
        assertEquals("已經寫了的內容", Files.readString(file));
        assertTrue(output().contains(file + ": already exists"), output());
    }

    @Test
    void titleWithQuotesAndBackslashesStaysValidYaml() throws ContentException {
        assertEquals(0, create("他說 \"C:\\路徑\" 不對"));
        Path file = Path.of(output().strip());
        assertEquals("他說-c-路徑-不對.md", file.getFileName().toString());
        Post post = new PostReader(new Markdown(), java.time.ZoneId.of("Asia/Taipei")).read(file, p -> { });
        assertEquals("他說 \"C:\\路徑\" 不對", post.meta().title());
    }

    @Test
    void titleWithoutLettersIsNamedByTheDate() {
        assertEquals(0, create("？！……"));
        assertTrue(Files.exists(temp.resolve("posts/post-2026-01-01.md")), output());
    }

    @Test
    void longTitleGivesAShorterFileNameCutAtAHyphen() {
        String name = NewPost.fileName("Why the quick brown fox jumps over the lazy dog again and again every day",
                OffsetDateTime.parse("2026-01-01T00:00:00+08:00"));
        assertEquals("why-the-quick-brown-fox-jumps-over-the-lazy-dog-again-and", name);
    }

    @Test
    void blankTitleIsAUsageError() {
        assertEquals(2, create("  "));
        assertTrue(output().contains("give the post a title"), output());
    }
}
