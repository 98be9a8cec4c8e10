package blog;

import blog.content.Post;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says which posts a watch-mode reload dropped, so that no post vanishes from the site unremarked. */
final class Removals {

    private static final Logger LOG = LoggerFactory.getLogger(Removals.class);

    /** At most this many posts are named one by one; a deleted folder of hundreds gets a count for the rest. */
    static final int NAMED = 20;

    private Removals() {
    }

    /** Logs each post in {@code before} whose file and URL {@code after} no longer has. */
    static void log(Map<Path, Post> before, Map<Path, Post> after) {
        Set<String> served = after.values().stream().map(Post::path).collect(Collectors.toSet());
        // A renamed file that keeps its URL has not gone anywhere a reader could tell.
        List<Post> gone = before.values().stream()
                .filter(post -> !after.containsKey(post.file()) && !served.contains(post.path())).toList();
        for (Post post : gone.subList(0, Math.min(NAMED, gone.size()))) {
            LOG.info("{}: no longer a post, so {} is no longer served", post.file(), post.path());
        }
        if (gone.size() > NAMED) {
            LOG.info("and {} more posts are no longer served", gone.size() - NAMED);
        }
    }
}
