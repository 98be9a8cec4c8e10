package blog.content;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Shared helpers: the fixture files under {@code src/test/resources/content/} and a reader for them. */
final class Fixtures {

    /** The site zone every test reads in; +08:00 all year (no daylight saving). */
    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private Fixtures() {
    }

    static Path good(String name) {
        return resource("good/" + name);
    }

    static Path broken(String name) {
        return resource("broken/" + name);
    }

    static Path resource(String relative) {
        URL url = Fixtures.class.getResource("/content/" + relative);
        if (url == null) {
            throw new IllegalStateException("missing fixture src/test/resources/content/" + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static PostReader reader() {
        return new PostReader(new Markdown(), TAIPEI);
    }

    /** Reads a post that must load, failing the test (with the problem) if it does not. */
    static Post read(Path file) {
        return read(file, new ArrayList<>());
    }

    /** Reads a post that must load, collecting its warnings. */
    static Post read(Path file, List<Problem> warnings) {
        try {
            return reader().read(file, warnings::add);
        } catch (ContentException e) {
            throw new AssertionError("expected " + file + " to load, got " + e.problem(), e);
        }
    }

    /** Reads a post that must fail and returns its problem. */
    static Problem failure(Path file) {
        return assertThrows(ContentException.class, () -> reader().read(file, w -> { }),
                () -> file + " should not load").problem();
    }

    /** Writes a UTF-8 file under {@code dir}, creating folders on the way. */
    static Path write(Path dir, String relative, String text) {
        Path file = dir.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A minimal valid post with the given extra front matter lines and body. */
    static String post(String title, String extraFrontMatter, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: 2025-04-21T13:52:36+08:00\n" + extraFrontMatter + "---\n\n" + body;
    }

    /** Copies a fixture into {@code dir} under a new relative name. */
    static Path copy(Path fixture, Path dir, String relative) {
        Path target = dir.resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(fixture, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Tells whether a string has no lone surrogate (so it survives a UTF-8 round trip unchanged). */
    static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
