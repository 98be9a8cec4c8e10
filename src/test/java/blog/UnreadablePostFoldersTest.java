package blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folders in posts/ that the blog cannot read (a root-owned {@code lost+found}, a folder made mode
 * 000 while watch mode runs) and a posts folder that goes away: the real command in a child JVM,
 * which as root runs without the capabilities that let root read any file.
 */
class UnreadablePostFoldersTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private Path posts;

    private List<String> unprivileged() throws Exception {
        List<String> prefix = ChildRun.unprivilegedPrefix(temp);
        Assumptions.assumeTrue(prefix != null, "skipped: running as root and setpriv cannot drop the capabilities"
                + " that let root read a folder of mode 000, so no folder can be made unreadable here");
        return prefix;
    }

    private void write(String name, String title) throws IOException {
        Path file = posts.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: \"" + title + "\"\ndate: 2025-05-01T10:00:00+08:00\n---\n\n" + title
                + "的內文。\n");
    }

    private static void unreadable(Path folder, boolean unreadable) throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(unreadable ? "---------" : "rwxr-xr-x"));
    }

    private Map<String, String> settings(boolean watch) {
        return Map.of("BLOG_POSTS_DIR", posts.toString(), "BLOG_PUBLIC_DIR", temp.resolve("public").toString(),
                "BLOG_WATCH", String.valueOf(watch));
    }

    private void givenPosts() throws IOException {
        posts = Files.createDirectories(temp.resolve("posts"));
        write("a.md", "第一篇");
        write("2024/b.md", "第二篇");
        write("lost+found/c.md", "救回來的");
        unreadable(posts.resolve("lost+found"), true);
    }

    @Test
    void anUnreadableSubFolderIsSkippedWithOneLineAndEverythingElseIsServed() throws Exception {
        List<String> prefix = unprivileged();
        givenPosts();
        try (ChildRun blog = ChildRun.start(prefix, List.of(), settings(false), temp.resolve("serve.log"))) {
            blog.awaitHealthy(WAIT);
            assertEquals(200, blog.get("/posts/a/").statusCode(), blog.log());
            assertEquals(200, blog.get("/posts/b/").statusCode(), blog.log());
            assertEquals(404, blog.get("/posts/c/").statusCode());
            List<String> lines = blog.log().lines().filter(line -> line.contains("lost+found")).toList();
            assertEquals(1, lines.size(), blog.log());
            assertTrue(lines.get(0).contains(posts.resolve("lost+found") + ":1: warning: cannot read this folder"
                    + " (permission denied)"), lines.get(0));
        } finally {
            unreadable(posts.resolve("lost+found"), false);
        }
    }

    @Test
    void checkReportsAnUnreadableSubFolderAndChecksTheRest() throws Exception {
        List<String> prefix = unprivileged();
        givenPosts();
        try (ChildRun check = ChildRun.start(prefix, List.of(), Map.of(), temp.resolve("check.log"), "check",
                posts.toString())) {
            assertEquals(0, check.exitStatus(WAIT), check.log());
            assertTrue(check.log().contains(posts.resolve("lost+found") + ":1: warning: cannot read this folder"),
                    check.log());
            assertTrue(check.log().contains("2 posts, 0 errors, 1 warnings"), check.log());
        } finally {
            unreadable(posts.resolve("lost+found"), false);
        }
    }

    @Test
    void inWatchModeAFolderThatBecomesUnreadableKeepsItsPostsAndSaysSo() throws Exception {
        List<String> prefix = unprivileged();
        posts = Files.createDirectories(temp.resolve("posts"));
        write("a.md", "第一篇");
        write("sub/b.md", "第二篇");
        Path sub = posts.resolve("sub");
        try (ChildRun blog = ChildRun.start(prefix, List.of(), settings(true), temp.resolve("watch.log"))) {
            blog.awaitHealthy(WAIT);
            assertEquals(200, blog.get("/posts/b/").statusCode());

            unreadable(sub, true);
            blog.awaitLog(sub + ": cannot read this folder; keeping its 1 posts", WAIT);
            write("c.md", "第三篇"); // the next reload, after the one that found the folder unreadable
            blog.awaitFor("the new post", WAIT, () -> status(blog, "/posts/c/") == 200);
            assertEquals(200, blog.get("/posts/b/").statusCode(), blog.log());
            assertTrue(blog.get("/").body().contains("第二篇"));

            unreadable(sub, false);
            blog.awaitLog(sub + ": the folder can be read again", WAIT);
            Files.delete(sub.resolve("b.md"));
            blog.awaitLog(sub.resolve("b.md") + ": no longer a post, so /posts/b/ is no longer served", WAIT);
            blog.awaitFor("the deleted post to be gone", WAIT, () -> status(blog, "/posts/b/") == 404);
        } finally {
            unreadable(sub, false);
        }
    }

    @Test
    void inWatchModeAPostsFolderThatGoesAwayLeavesTheSiteAsItWasUntilItComesBack() throws Exception {
        posts = Files.createDirectories(temp.resolve("posts"));
        write("a.md", "第一篇");
        write("b.md", "第二篇");
        try (ChildRun blog = ChildRun.start(List.of(), List.of(), settings(true), temp.resolve("watch.log"))) {
            blog.awaitHealthy(WAIT);
            Path away = Files.move(posts, temp.resolve("posts-moved"));
            blog.awaitLog(posts + ":1: the posts folder does not exist", WAIT);
            assertTrue(blog.log().contains("still serving the last good site, 2 posts"), blog.log());
            assertEquals(200, blog.get("/posts/a/").statusCode(), blog.log());
            assertTrue(blog.get("/").body().contains("第二篇"));
            assertFalse(blog.log().contains("no longer served"), blog.log());

            Files.writeString(away.resolve("c.md"), "---\ntitle: 第三篇\ndate: 2025-05-02T10:00:00+08:00\n---\n\n內文。\n");
            Files.move(away, posts);
            blog.awaitLog(posts + ": the posts folder is back", WAIT);
            blog.awaitFor("the post added meanwhile", WAIT, () -> status(blog, "/posts/c/") == 200);
            assertEquals(200, blog.get("/posts/a/").statusCode());
        }
    }

    private static int status(ChildRun blog, String path) {
        try {
            return blog.get(path).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
