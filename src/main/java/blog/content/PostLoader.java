package blog.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/** Loads every {@code *.md} under a posts folder; a broken post is reported and skipped, never fatal. */
public final class PostLoader {

    private final PostReader reader;

    /** Creates a loader that reads each file with {@code reader}. */
    public PostLoader(PostReader reader) {
        this.reader = reader;
    }

    /** Loads a folder. Posts that share a slug are errors; the one whose path sorts first wins. */
    public LoadResult load(Path dir) {
        List<Problem> problems = new ArrayList<>();
        List<Path> files;
        try {
            files = markdownFiles(dir, problems);
        } catch (IOException | UncheckedIOException e) {
            problems.add(Problem.error(dir, 1, "cannot read the posts folder: " + e.getMessage()));
            return new LoadResult(List.of(), problems);
        }
        List<Outcome> outcomes = readAll(files);
        List<Post> posts = new ArrayList<>();
        Map<String, Post> bySlug = new HashMap<>();
        for (Outcome outcome : outcomes) {
            problems.addAll(outcome.problems());
            Post post = outcome.post();
            if (post == null) {
                continue;
            }
            Post winner = bySlug.putIfAbsent(post.slug(), post);
            if (winner != null) {
                problems.add(Problem.error(post.file(), 1, "slug '" + post.slug() + "' is already used by "
                        + winner.file() + ", which is kept; give this post its own 'slug:'"));
                continue;
            }
            posts.add(post);
        }
        return new LoadResult(posts, problems);
    }

    /**
     * Reads files on more threads than there are cores: at start-up much of the time is spent
     * waiting for the disk (the page cache is cold after a deploy), and waits overlap.
     */
    private List<Outcome> readAll(List<Path> files) {
        int threads = Math.max(4, 4 * Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "post-loader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                futures.add(pool.submit(() -> readOne(file)));
            }
            List<Outcome> outcomes = new ArrayList<>(files.size());
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(outcome(futures.get(i), files.get(i)));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome outcome(Future<Outcome> future, Path file) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, List.of(Problem.error(file, 1, "loading was interrupted")));
        } catch (ExecutionException e) {
            return new Outcome(null, List.of(Problem.error(file, 1, "could not be read (" + e.getCause() + ")")));
        }
    }

    private Outcome readOne(Path file) {
        List<Problem> problems = new ArrayList<>();
        try {
            Post post = reader.read(file, problems::add);
            return new Outcome(post, problems);
        } catch (ContentException e) {
            problems.add(e.problem());
            return new Outcome(null, problems);
        } catch (RuntimeException e) {
            // A parser bug must not take the blog down: report it against the file and go on.
            problems.add(Problem.error(file, 1, "could not be read (" + e + "); please report this post"));
            return new Outcome(null, problems);
        }
    }

    /** Lists Markdown files in path order, skipping hidden ones and links that leave the folder. */
    private static List<Path> markdownFiles(Path dir, List<Problem> problems) throws IOException {
        Path root = dir.toRealPath();
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> candidates = walk
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .sorted(Comparator.comparing(p -> dir.relativize(p).toString()))
                    .toList();
            List<Path> files = new ArrayList<>();
            for (Path p : candidates) {
                if (p.getFileName().toString().startsWith("_")) {
                    continue; // Hugo's _index.md describes a section, not a post
                }
                if (Files.isSymbolicLink(p) && !p.toRealPath().startsWith(root)) {
                    problems.add(Problem.warning(p, 1, "is a link to a file outside the posts folder; skipped"));
                    continue;
                }
                if (Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
            return files;
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private record Outcome(Post post, List<Problem> problems) {
    }
}
