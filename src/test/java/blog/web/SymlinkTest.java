package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links in {@code public/} or {@code posts/} that point outside them are never followed. */
class SymlinkTest {

    @TempDir
    static Path temp;

    private static TestBlog site;

    @BeforeAll
    static void start() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "[core]\n\trepositoryformatversion = 0\n");
        Files.writeString(outside.resolve("outside-post.md"), "---\ntitle: \"外部文章 SECRET-POST\"\n"
                + "date: 2025-05-02T10:00:00+08:00\nslug: outside-post\n---\n\nSECRET-BODY 不該出現。\n");
        Path posts = TestBlog.copy(TestBlog.fixture("posts"), temp.resolve("site/posts"));
        Path pub = TestBlog.copy(TestBlog.fixture("public"), temp.resolve("site/public"));
        Files.createSymbolicLink(pub.resolve("images/leak.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(pub.resolve("linked"), outside);
        Files.createSymbolicLink(posts.resolve("outside-post.md"), outside.resolve("outside-post.md"));
        Files.createSymbolicLink(posts.resolve("linked-folder"), outside);
        // A link that stays inside public/ is harmless either way; it must not break the site.
        Files.createSymbolicLink(pub.resolve("images/alias.png"), pub.resolve("images/pixel.png"));
        site = TestBlog.start(Map.of("BLOG_POSTS_DIR", posts.toString(), "BLOG_PUBLIC_DIR", pub.toString()));
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void aLinkedFileOrFolderInPublicIsNotServed() {
        for (String path : new String[] {"/images/leak.txt", "/linked/secret.txt", "/linked/outside-post.md", "/linked/"}) {
            HttpResponse<String> response = site.get(path);
            assertEquals(404, response.statusCode(), path);
            assertFalse(response.body().contains("[core]"), path);
            assertFalse(response.body().contains("SECRET"), path);
        }
        assertEquals(200, site.get("/images/pixel.png").statusCode(), "ordinary files are still served");
    }

    @Test
    void aLinkedPostOutsidePostsIsSkipped() {
        assertEquals(404, site.get("/posts/outside-post/").statusCode());
        for (String path : new String[] {"/", "/archives/", "/index.xml", "/sitemap.xml"}) {
            String body = site.get(path).body();
            assertFalse(body.contains("SECRET"), path);
        }
        assertTrue(site.blog.loaded().posts().stream().noneMatch(p -> p.slug().equals("outside-post")));
        assertEquals(200, site.get("/posts/ai-cold-war/").statusCode(), "the other posts are served");
    }

    @Test
    void theLinkTargetsReallyHoldTheSecrets() throws IOException {
        // Guards the test itself: the links resolve, so a 404 above means "not followed", not "broken link".
        assertTrue(Files.readString(temp.resolve("site/public/images/leak.txt"), StandardCharsets.UTF_8).contains("[core]"));
        assertTrue(Files.readString(temp.resolve("site/posts/outside-post.md")).contains("SECRET-BODY"));
    }
}
