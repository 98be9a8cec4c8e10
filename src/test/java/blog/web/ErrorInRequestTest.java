package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blogger's page template that includes itself (watch mode reads templates from disk) makes
 * rendering overflow the stack: an Error, not an Exception. The request still answers the site's
 * 500 page, with no trace of the cause, and other pages keep working.
 */
class ErrorInRequestTest {

    @TempDir
    Path temp;

    @Test
    void aStackOverflowInATemplateAnswersTheSites500Page() throws IOException {
        Path posts = Files.createDirectories(temp.resolve("posts"));
        Files.writeString(posts.resolve("a.md"), "---\ntitle: \"一篇\"\ndate: 2025-05-01T10:00:00+08:00\n---\n\n內文。\n");
        Path templates = Files.createDirectories(temp.resolve("templates"));
        for (String name : new String[] {"layout", "post", "list", "terms", "archives", "error", "fragments", "search"}) {
            try (InputStream in = ErrorInRequestTest.class.getResourceAsStream("/templates/" + name + ".html")) {
                Files.copy(in, templates.resolve(name + ".html"));
            }
        }
        Path terms = templates.resolve("terms.html");
        Files.writeString(terms, Files.readString(terms).replace("</th:block>", "<div th:insert=\"~{terms :: content}\"></div></th:block>"));
        try (TestBlog site = TestBlog.start(Map.of("BLOG_POSTS_DIR", posts.toString(),
                "BLOG_TEMPLATES_DIR", templates.toString(), "BLOG_WATCH", "true"))) {
            for (String path : new String[] {"/tags/", "/categories/"}) {
                HttpResponse<String> failed = site.get(path);
                assertEquals(500, failed.statusCode(), path);
                TestBlog.assertHtml(failed);
                assertTrue(failed.body().contains("伺服器發生錯誤"), failed.body());
                assertTrue(failed.body().contains("site-header"), "in the site's layout: " + failed.body());
                assertFalse(failed.body().contains("StackOverflow"), failed.body());
                assertEquals("no-store", failed.headers().firstValue("Cache-Control").orElse(""));
            }
            assertEquals(200, site.get("/posts/a/").statusCode());
            assertEquals(200, site.get("/").statusCode());
        }
    }
}
