package blog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blog.content.ContentException;
import blog.content.Markdown;
import blog.content.Post;
import blog.content.PostLoader;
import blog.content.PostReader;
import blog.content.Slugs;
import blog.site.LiveSite;
import blog.site.Site;
import blog.site.Taxonomy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random input, fixed seeds: the post reader only ever fails with {@link ContentException}, and the
 * slug and URL functions never throw (except {@link UrlPaths#decode}'s documented
 * {@link IllegalArgumentException} for a path that is not percent-encoded UTF-8).
 */
class FuzzTest {

    private static final String[] YAML_BITS = {
        "title: ", "date: ", "tags: ", "categories: ", "slug: ", "draft: ", "cover: ", "images: ", "lastmod: ",
        "publishDate: ", "description: ", "summary: ", "source_url: ", "\"", "'", "[", "]", "{", "}", ",", ":", "- ",
        "&a ", "*a", "!!str ", "!!binary ", "!!python/object ", "<<: *a", "? ", "|", ">", "#", "%YAML 1.2", "---",
        "...", "\n", "\r\n", "\t", "  ", "2025-04-21", "2025-13-45T99:99:99+25:00", "12:30", "true", "null", "~",
        "1e999", "-0", "0x1F", "地緣政治", "AI 技術前沿", "C#", "C++", "<script>alert(1)</script>", "javascript:x",
        "\u0000", "\uFEFF", "\uD800", "😀", "\u202E", "%E5", "../../etc/passwd", "/images/a.png", "https://x.example/",
    };
    private static final String[] BODY_BITS = {
        "# ", "## ", "```", "~~~", "<!--more-->", "<details>", "<script>", "</", "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))", "![a](", ")", "[^1]", "[^1]: note", "| a | b |\n|---|---|", "- [ ] ", "---", "\n",
        "\n\n", "中文", "。", "*", "_", "`", "\\", "&amp;", "&#0;", "\u0000", "\uD83D", "http://x", "<", ">", "{#id}",
    };

    @TempDir
    static Path temp;

    private static Site site;

    @BeforeAll
    static void loadSite() {
        PostReader reader = new PostReader(new Markdown(), ZoneId.of("Asia/Taipei"));
        var posts = new PostLoader(reader).load(TestBlog.fixture("posts")).posts();
        site = new LiveSite(posts, new MutableClock(TestBlog.NOW), new Site.Preview(false, false)).current();
    }

    @Test
    void thePostReaderOnlyEverReportsContentErrors() throws IOException {
        PostReader reader = new PostReader(new Markdown(), ZoneId.of("Asia/Taipei"));
        Random random = new Random(20250421);
        int read = 0;
        int rejected = 0;
        for (int i = 0; i < 2_500; i++) {
            byte[] bytes;
            switch (i % 4) {
                case 0 -> bytes = randomBytes(random, random.nextInt(600));
                case 1 -> bytes = ("---\n" + pick(random, YAML_BITS, 40) + "\n---\n" + pick(random, BODY_BITS, 60))
                        .getBytes(StandardCharsets.UTF_8);
                case 2 -> bytes = ("---\ntitle: \"t\"\ndate: 2025-04-21\n" + pick(random, YAML_BITS, 30)
                        + "\n---\n" + pick(random, BODY_BITS, 80)).getBytes(StandardCharsets.UTF_8);
                default -> bytes = ("---\ntitle: " + quoted(random) + "\ndate: 2025-04-21T10:00:00+08:00\ndescription: "
                        + quoted(random) + "\ntags: [" + quoted(random) + ", " + quoted(random) + "]\ncategories: "
                        + quoted(random) + "\nslug: " + quoted(random) + "\ncover: " + quoted(random) + "\n---\n"
                        + pick(random, BODY_BITS, 120)).getBytes(StandardCharsets.UTF_8);
            }
            Path file = temp.resolve("post-" + i + ".md");
            Files.write(file, bytes);
            try {
                Post post = reader.read(file, problem -> { });
                // What the body adds is worked out when first asked for; ask while the file is there.
                assertNotNull(post.summary());
                assertTrue(post.readingMinutes() >= 1);
                read++;
            } catch (ContentException e) {
                assertNotNull(e.problem());
                rejected++;
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("case " + i + " escaped with " + e + "; input:\n"
                        + new String(bytes, StandardCharsets.UTF_8), e);
            }
            Files.delete(file);
        }
        assertTrue(read > 300 && rejected > 300, "both outcomes exercised: read " + read + ", rejected " + rejected);
    }

    @Test
    void slugAndUrlFunctionsNeverThrow() {
        Random random = new Random(7);
        PageResolver resolver = new PageResolver(TestBlog.PAGE_SIZE);
        for (int i = 0; i < 20_000; i++) {
            String s = randomString(random, random.nextInt(40));
            String urlized = Slugs.urlize(s);
            assertNotNull(urlized);
            assertNotNull(Slugs.postSlug(s));
            assertNotNull(Taxonomy.slugOf(s));
            String encoded = UrlPaths.encode(s);
            assertTrue(encoded.chars().allMatch(c -> c > 0x20 && c < 0x7F), encoded);
            assertNotNull(UrlPaths.encodeUrl(s));
            if (isWellFormed(s)) {
                assertEquals(Normalizer.normalize(s, Normalizer.Form.NFC), UrlPaths.decode(encoded), "round trip of " + s);
            }
            String decoded;
            try {
                decoded = UrlPaths.decode(s);
            } catch (IllegalArgumentException e) {
                decoded = s;
            }
            assertNotNull(resolver.resolve(site, decoded));
            assertNotNull(resolver.resolve(site, "/" + pickPrefix(random) + decoded));
        }
    }

    /** A YAML double-quoted scalar holding a random string, escaped so that it always parses. */
    private static String quoted(Random random) {
        StringBuilder out = new StringBuilder("\"");
        randomString(random, 1 + random.nextInt(20)).chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || Character.isSurrogate((char) c) || c == 0xFEFF
                    || c >= 0xFFFE) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.append((char) c);
            }
        });
        return out.append('"').toString();
    }

    private static String pickPrefix(Random random) {
        String[] prefixes = {"", "posts/", "tags/", "categories/", "page/", "tags/地緣政治/page/", "tags/c%23/", "archives/"};
        return prefixes[random.nextInt(prefixes.length)];
    }

    private static String pick(Random random, String[] bits, int max) {
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            out.append(random.nextInt(8) == 0 ? randomString(random, 5) : bits[random.nextInt(bits.length)]);
        }
        return out.toString();
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        if (random.nextBoolean() && length > 8) {
            System.arraycopy("---\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        }
        return bytes;
    }

    /** Mostly ASCII with URL punctuation, some CJK, combining marks, surrogates (paired or not) and controls. */
    private static String randomString(Random random, int length) {
        String ascii = "abcXYZ019 -_.~/%+#?&=;:@!$'()*,[]\\\"<>{}|^`";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                out.append(ascii.charAt(random.nextInt(ascii.length())));
            } else if (kind == 5) {
                out.append((char) (0x4E00 + random.nextInt(0x5000)));
            } else if (kind == 6) {
                out.append((char) (0x0300 + random.nextInt(0x70)));
            } else if (kind == 7) {
                out.appendCodePoint(0x1F600 + random.nextInt(0x50));
            } else if (kind == 8) {
                out.append((char) random.nextInt(0x20));
            } else {
                out.append((char) random.nextInt(0x10000));
            }
        }
        return out.toString();
    }

    private static boolean isWellFormed(String s) {
        return StandardCharsets.UTF_8.newEncoder().canEncode(s);
    }
}
