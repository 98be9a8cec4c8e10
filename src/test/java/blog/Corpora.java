package blog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The three real blogs under {@code ../shared/corpus} (Hugo and Hexo), found from the working
 * directory upwards or through {@code BLOG_CORPUS_DIR}; tests that need them are skipped without.
 */
public final class Corpora {

    private Corpora() {
    }

    /** Returns the corpus folder {@code name} (such as {@code ouuan-blog}), or skips the test with a message. */
    public static Path require(String name) {
        Optional<Path> dir = root().map(r -> r.resolve(name)).filter(Files::isDirectory);
        Assumptions.assumeTrue(dir.isPresent(), () -> "corpus " + name + " not found: set BLOG_CORPUS_DIR or put "
                + "shared/corpus beside the repository; skipping");
        return dir.get();
    }

    private static Optional<Path> root() {
        String env = System.getenv("BLOG_CORPUS_DIR");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
