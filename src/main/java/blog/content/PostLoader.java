package blog.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Loads every {@code *.md} (or {@code *.markdown}) under a posts folder; a broken post is reported and
 * skipped, never fatal. As in Hugo, other Markdown files inside a page bundle are files of that
 * bundle, not posts.
 */
public final class PostLoader {

    private final PostReader reader;

    /** Creates a loader that reads each file with {@code reader}. */
    public PostLoader(PostReader reader) {
        this.reader = reader;
    }

    /** Loads a folder. Posts that share a URL are errors; the one whose file path sorts first wins. */
    public LoadResult load(Path dir) {
        List<Problem> problems = new ArrayList<>();
        List<Path> files;
        try {
            files = markdownFiles(dir, problems);
        } catch (IOException | UncheckedIOException e) {
            problems.add(Problem.error(dir, 1, "cannot read the posts folder: " + e.getMessage()));
            return new LoadResult(List.of(), problems);
        }
        List<Outcome> outcomes = readAll(dir, files);
        List<Post> posts = new ArrayList<>();
        Map<String, Post> byPath = new HashMap<>();
        for (Outcome outcome : outcomes) {
            problems.addAll(outcome.problems());
            Post post = outcome.post();
            if (post == null) {
                continue;
            }
            Post winner = byPath.putIfAbsent(post.path(), post);
            if (winner != null) {
                problems.add(Problem.error(post.file(), 1, "slug '" + post.slug() + "' gives the URL " + post.path()
                        + ", which is already used by " + winner.file() + ", which is kept; give this post its own 'slug:'"));
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
    private List<Outcome> readAll(Path dir, List<Path> files) {
        int threads = Math.max(4, 4 * Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "post-loader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                futures.add(pool.submit(() -> readOne(file, dir.relativize(file))));
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

    private Outcome readOne(Path file, Path relative) {
        List<Problem> problems = new ArrayList<>();
        try {
            Post post = reader.read(file, relative, problems::add);
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
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> dir.relativize(p).toString()))
                    .toList();
            Set<Path> bundles = new HashSet<>();
            for (Path p : candidates) {
                if (isMarkdown(p.getFileName().toString()) && PostReader.isBundle(dir.relativize(p))) {
                    bundles.add(p.getParent());
                }
            }
            List<Path> files = new ArrayList<>();
            for (Path p : candidates) {
                String name = p.getFileName().toString();
                if (!isMarkdown(name)) {
                    warnIfPost(p, problems);
                    continue;
                }
                if (name.startsWith("_")) {
                    continue; // Hugo's _index.md describes a section, not a post
                }
                if (insideBundle(p, bundles)) {
                    problems.add(Problem.warning(p, 1, "sits in the page bundle " + bundleOf(p, bundles)
                            + ", so it is a file of that post, not a post (as in Hugo); move it out to publish it"));
                    continue;
                }
                if (Files.isSymbolicLink(p) && !p.toRealPath().startsWith(root)) {
                    problems.add(Problem.warning(p, 1, "is a link to a file outside the posts folder; skipped"));
                    continue;
                }
                files.add(p);
            }
            return files;
        }
    }

    private static boolean isMarkdown(String name) {
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    private static boolean insideBundle(Path file, Set<Path> bundles) {
        return bundleOf(file, bundles) != null;
    }

    /** Returns the bundle folder a file is in, other than as its own {@code index.md}; null if none. */
    private static Path bundleOf(Path file, Set<Path> bundles) {
        String name = file.getFileName().toString();
        boolean index = name.startsWith("index.") && isMarkdown(name);
        for (Path folder = index ? file.getParent().getParent() : file.getParent(); folder != null;
                folder = folder.getParent()) {
            if (bundles.contains(folder)) {
                return folder;
            }
        }
        return null;
    }

    /**
     * Warns about a file without extension, or a bundle page named {@code index.} something else,
     * that starts like a post: it is not published (Hugo skips it too), which is rarely what its
     * author meant. Other files (notes, images) are left alone.
     */
    private static void warnIfPost(Path file, List<Problem> problems) {
        String name = file.getFileName().toString();
        if (name.contains(".") && !name.startsWith("index.")) {
            return;
        }
        byte[] head = new byte[4];
        try (java.io.InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, 4);
            String start = new String(head, 0, n, java.nio.charset.StandardCharsets.US_ASCII);
            if (start.startsWith("---\n") || start.startsWith("+++\n") || start.startsWith("---\r")
                    || start.startsWith("+++\r")) {
                problems.add(Problem.warning(file, 1, "looks like a post but is not named *.md, so it is not "
                        + "published (nor by Hugo); rename it to end in .md"));
            }
        } catch (IOException e) {
            // unreadable: not a post we could have published anyway
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
