package blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void defaultsComeFromTheResourceFile() {
        Config config = Config.load(Map.of());

        assertEquals(7070, config.port());
        assertEquals(Path.of("posts"), config.postsDir());
        assertEquals(Path.of("public"), config.publicDir());
        assertEquals("http://localhost:7070", config.baseUrl());
        assertEquals(ZoneId.of("Asia/Taipei"), config.timezone());
        assertEquals(10, config.pageSize());
        assertFalse(config.drafts());
        assertFalse(config.future());
        assertFalse(config.title().isBlank());
    }

    @Test
    void shortcodeTemplatesLiveBesideThePostsFolderUnlessSet() {
        Config config = Config.load(Map.of("BLOG_POSTS_DIR", "blog/content/posts"));
        Path beside = Path.of("blog/content/shortcodes").toAbsolutePath();
        assertEquals(beside, config.shortcodesDir());
        assertEquals(Path.of("other/shortcodes").toAbsolutePath(), config.shortcodesDirFor(Path.of("other/posts")),
                "check DIR looks beside DIR");

        Config set = Config.load(Map.of("BLOG_SHORTCODES_DIR", "theme/shortcodes"));
        assertEquals(Path.of("theme/shortcodes"), set.shortcodesDir());
        assertEquals(Path.of("theme/shortcodes"), set.shortcodesDirFor(Path.of("other/posts")));
    }

    @Test
    void watchModeIsOffUnlessAskedForAndRejectsOtherWords() {
        assertFalse(Config.load(Map.of()).watch());
        assertTrue(Config.load(Map.of("BLOG_WATCH", "true")).watch());
        Config.Invalid e = assertThrows(Config.Invalid.class, () -> Config.load(Map.of("BLOG_WATCH", "sometimes")));
        assertTrue(e.getMessage().startsWith("BLOG_WATCH=\"sometimes\" is not valid"), e.getMessage());
    }

    @Test
    void environmentOverridesDefaults() {
        Config config = Config.load(Map.of("PORT", "8080", "BLOG_BASE_URL", "https://blog.example.com/",
                "BLOG_TITLE", "我的部落格", "BLOG_TIMEZONE", "UTC", "BLOG_PAGE_SIZE", "5", "BLOG_DRAFTS", "true",
                "BLOG_FUTURE", "1", "BLOG_POSTS_DIR", "content/posts"));

        assertEquals(8080, config.port());
        assertEquals("https://blog.example.com", config.baseUrl());
        assertEquals("我的部落格", config.title());
        assertEquals(ZoneId.of("UTC"), config.timezone());
        assertEquals(5, config.pageSize());
        assertTrue(config.drafts());
        assertTrue(config.future());
        assertEquals(Path.of("content/posts"), config.postsDir());
    }

    @Test
    void baseUrlFollowsThePortWhenNotSet() {
        assertEquals("http://localhost:9000", Config.load(Map.of("PORT", "9000")).baseUrl());
    }

    @Test
    void badValuesNameTheVariable() {
        assertMessage("PORT=\"eighty\"", Map.of("PORT", "eighty"));
        assertMessage("PORT=\"70000\"", Map.of("PORT", "70000"));
        assertMessage("BLOG_PAGE_SIZE=\"0\"", Map.of("BLOG_PAGE_SIZE", "0"));
        assertMessage("BLOG_TIMEZONE=\"Taipei\"", Map.of("BLOG_TIMEZONE", "Taipei"));
        assertMessage("BLOG_DRAFTS=\"maybe\"", Map.of("BLOG_DRAFTS", "maybe"));
        assertMessage("BLOG_BASE_URL=\"blog.example.com\"", Map.of("BLOG_BASE_URL", "blog.example.com"));
        assertMessage("BLOG_TITLE=\"\"", Map.of("BLOG_TITLE", " "));
        // A comma, a header break or a stray quote would corrupt the header or widen it by accident.
        assertMessage("BLOG_CSP_EXTRA=\"img-src https://a.example, https://b.example\"",
                Map.of("BLOG_CSP_EXTRA", "img-src https://a.example, https://b.example"));
        assertMessage("BLOG_CSP_EXTRA=\"img-src https://a.example\r\nSet-Cookie: x=1\"",
                Map.of("BLOG_CSP_EXTRA", "img-src https://a.example\r\nSet-Cookie: x=1"));
        assertMessage("BLOG_CSP_EXTRA=\"script-src 'unsafe-inline\"", Map.of("BLOG_CSP_EXTRA", "script-src 'unsafe-inline"));
        assertMessage("BLOG_CSP_EXTRA=\"https://cdn.example\"", Map.of("BLOG_CSP_EXTRA", "https://cdn.example"));
    }

    @Test
    void cspExtraTakesDirectivesSeparatedBySemicolons() {
        String extra = "img-src https://cdn.example.com;  frame-src https://www.youtube-nocookie.com ;";
        assertEquals(extra.strip(), Config.load(Map.of("BLOG_CSP_EXTRA", extra)).cspExtra());
        assertEquals("", Config.load(Map.of()).cspExtra());
    }

    private static void assertMessage(String expected, Map<String, String> env) {
        Config.Invalid e = assertThrows(Config.Invalid.class, () -> Config.load(env));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }
}
