package blog;

import blog.content.Slugs;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The {@code new TITLE} command: writes a draft post with today's date in the site's time zone and
 * a front matter skeleton, named after the title as Hexo's {@code hexo new} does (Chinese kept:
 * {@code new "標題"} writes {@code 標題.md}, whose page is {@code /posts/標題/}). Never overwrites.
 */
final class NewPost {

    /** File names longer than this many characters are cut, at a hyphen when there is one. */
    static final int MAX_NAME_LENGTH = 60;

    private final Config config;
    private final Clock clock;
    private final PrintStream out;

    NewPost(Config config, Clock clock, PrintStream out) {
        this.config = config;
        this.clock = clock;
        this.out = out;
    }

    /** Creates the post and prints its path; returns 0, or 1 when the file exists or cannot be written. */
    int create(String title) {
        if (title.isBlank()) {
            out.println("blog new: give the post a title, e.g. java -jar blog.jar new \"我的第一篇文章\"");
            return 2;
        }
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(config.timezone())).truncatedTo(ChronoUnit.SECONDS);
        Path file = config.postsDir().resolve(fileName(title, now) + ".md");
        try {
            Files.createDirectories(config.postsDir());
            // CREATE_NEW fails if the file exists, atomically: a post is never overwritten.
            Files.writeString(file, skeleton(title.strip(), now), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            out.println(file + ": already exists; edit it, or choose another title");
            return 1;
        } catch (IOException e) {
            out.println(file + ": cannot be written: " + e.getMessage());
            return 1;
        }
        out.println(file);
        return 0;
    }

    /** Returns the file name (without {@code .md}) for a title: its URL slug, or the date if the title has no letters. */
    static String fileName(String title, OffsetDateTime now) {
        String slug = Slugs.postSlug(title).replaceAll("^[.]+", "");
        if (slug.codePointCount(0, slug.length()) > MAX_NAME_LENGTH) {
            slug = slug.substring(0, slug.offsetByCodePoints(0, MAX_NAME_LENGTH));
            int hyphen = slug.lastIndexOf('-');
            if (hyphen > MAX_NAME_LENGTH / 2) {
                slug = slug.substring(0, hyphen);
            }
        }
        return slug.isEmpty() ? "post-" + now.toLocalDate() : slug;
    }

    private static String skeleton(String title, OffsetDateTime now) {
        return "---\n"
                + "title: " + yamlString(title) + "\n"
                + "date: " + now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\n"
                + "description: \"\"\n"
                + "tags: []\n"
                + "categories: []\n"
                + "draft: true\n"
                + "---\n\n";
    }

    /** Returns {@code text} as a double-quoted YAML string. */
    static String yamlString(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\x%02x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
