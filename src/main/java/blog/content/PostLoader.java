package blog.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
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
        return load(dir, Map.of());
    }

    /**
     * As {@link #load(Path)}, but a file found in {@code unchanged} gives that post without being
     * read again: watch mode reloads after each save, and most files have not changed.
     */
    public LoadResult load(Path dir, Map<Path, Post> unchanged) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            String what = Files.exists(dir) ? "is a file, not a folder" : "does not exist";
            problems.add(Problem.error(dir, 1, "the posts folder " + what
                    + ", so there are no posts: point the blog at the folder that holds them"));
            return new LoadResult(List.of(), problems, List.of(), false);
        }
        ExecutorService pool = readers();
        List<Outcome> outcomes = new ArrayList<>();
        List<Path> unreadable = new ArrayList<>();
        try {
            for (Reading reading : markdownFiles(dir, problems, unreadable, pool, unchanged)) {
                outcomes.add(outcome(reading.outcome(), reading.file()));
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(Problem.error(dir, 1, "cannot read the posts folder: " + reason(e)));
            return new LoadResult(List.of(), problems, List.of(), false);
        } finally {
            pool.shutdownNow();
        }
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
        return new LoadResult(posts, problems, unreadable, true);
    }

    /** Says why a file or folder could not be read, without Java's exception names where it can. */
    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "it no longer exists";
        }
        return e.getCause() instanceof IOException cause ? reason(cause) : String.valueOf(e.getMessage());
    }

    /**
     * Threads that read files: one per core, at least two. Reading is mostly CPU (checking the
     * bytes, parsing front matter); more threads, meant to overlap waits for the disk, used more CPU
     * and were slower at 10,000 posts, with a warm page cache and with a dropped one alike
     * (BENCHMARKS.md, start-up, third round).
     */
    private static ExecutorService readers() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        return Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "post-loader");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A post file and its reading, under way on the pool. */
    private record Reading(Path file, Future<Outcome> outcome) {
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

    private Outcome readOne(Path file, Path relative, Map<Path, Post> unchanged) {
        Post known = unchanged.get(file);
        if (known != null) {
            return new Outcome(known, List.of());
        }
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

    /**
     * Lists the post files in path order, skipping hidden ones, section pages, the extra pages of
     * page bundles and links that leave the folder, and has {@code pool} read them. Plain Markdown
     * files are handed to the pool as soon as the walk finds them, so reading overlaps the walk; a
     * file that then turns out not to be a post (inside a page bundle) is dropped.
     */
    private List<Reading> markdownFiles(Path dir, List<Problem> problems, List<Path> unreadable,
            ExecutorService pool, Map<Path, Post> unchanged) throws IOException {
        Path root = dir.toRealPath();
        List<Found> candidates = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
                boolean hidden = !folder.equals(dir) && folder.getFileName().toString().startsWith(".");
                return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                // Images and other files with an extension can be neither posts nor look-alikes of posts.
                boolean matters = isMarkdown(name) || !name.contains(".") || name.startsWith("index.");
                if (name.startsWith(".") || !matters) {
                    return FileVisitResult.CONTINUE;
                }
                // The walk's attributes do not follow links; only a link costs another system call.
                boolean link = attrs.isSymbolicLink();
                FileKind kind = FileKind.of(file, attrs);
                if (kind.isSpecial() && isMarkdown(name)) {
                    problems.add(Problem.warning(file, 1, PostReader.notRegular(kind)));
                }
                if (kind == FileKind.REGULAR) {
                    Path relative = dir.relativize(file);
                    boolean early = !link && isMarkdown(name) && !name.startsWith("_");
                    candidates.add(new Found(relative.toString(), file,
                            early ? pool.submit(() -> readOne(file, relative, unchanged)) : null));
                }
                return FileVisitResult.CONTINUE;
            }

            /** A folder that cannot be listed is skipped, not fatal: its posts are missing, the rest load. */
            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(dir)) {
                    throw e;
                }
                if (Files.isDirectory(file)) {
                    unreadable.add(file);
                    problems.add(Problem.warning(file, 1, "cannot read this folder (" + reason(e)
                            + "); the posts in it are skipped"));
                } else if (isMarkdown(file.getFileName().toString())) {
                    problems.add(Problem.warning(file, 1, "cannot read this file (" + reason(e) + "); skipped"));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                if (e != null) {
                    return visitFileFailed(folder, e);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        candidates.sort(Comparator.comparing(Found::key));
        Set<Path> bundles = new HashSet<>();
        for (Found found : candidates) {
            Path p = found.file();
            if (isMarkdown(p.getFileName().toString()) && PostReader.isBundle(dir.relativize(p))) {
                bundles.add(p.getParent());
            }
        }
        List<Reading> files = new ArrayList<>();
        for (Found found : candidates) {
            Path p = found.file();
            String name = p.getFileName().toString();
            if (!isMarkdown(name)) {
                warnIfPost(p, problems);
            } else if (name.startsWith("_")) {
                continue; // Hugo's _index.md describes a section, not a post
            } else if (insideBundle(p, bundles)) {
                problems.add(Problem.warning(p, 1, "sits in the page bundle " + bundleOf(p, bundles)
                        + ", so it is a file of that post, not a post (as in Hugo); move it out to publish it"));
            } else if (Files.isSymbolicLink(p) && !p.toRealPath().startsWith(root)) {
                problems.add(Problem.warning(p, 1, "is a link to a file outside the posts folder; skipped"));
            } else {
                files.add(new Reading(p, found.early() != null ? found.early()
                        : pool.submit(() -> readOne(p, dir.relativize(p), unchanged))));
                continue;
            }
            if (found.early() != null) {
                found.early().cancel(true);
            }
        }
        return files;
    }

    /** A file the walk found, under its sort key, with its reading if it was started at once. */
    private record Found(String key, Path file, Future<Outcome> early) {
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

    private record Outcome(Post post, List<Problem> problems) {
    }
}
