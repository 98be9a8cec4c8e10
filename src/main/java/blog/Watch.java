package blog;

import blog.content.LoadResult;
import blog.content.Post;
import blog.content.PostLoader;
import blog.content.Problem;
import blog.site.LiveSite;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watch mode, for writing locally: looks at the posts, templates, shortcodes and public files a
 * few times a second and, when any changed, reloads the posts and swaps the site at once. A post
 * whose new save is broken keeps its last good version, and the log says why with file and line.
 *
 * <p>It polls rather than using the JDK's WatchService, which needs every sub-folder registered,
 * misses editors that save by renaming on some systems, and polls anyway on macOS.
 */
final class Watch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Watch.class);

    /** How often the folders are looked at; a change shows within about this plus a reload. */
    static final long INTERVAL_MILLIS = 200;

    private record Stamp(FileTime modified, long size) {
    }

    private final Path postsDir;
    private final List<Path> folders;
    private final PostLoader loader;
    private final LiveSite live;
    private final Runnable swapped;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "watch");
        thread.setDaemon(true);
        return thread;
    });
    private Map<Path, Stamp> seen;
    private Map<Path, Post> good = new HashMap<>();
    /** Sub-folders that could not be read at the last load; their posts are kept from before. */
    private Set<Path> unreadable;
    /** Whether the last load found no posts folder at all (the site before it is still served). */
    private boolean folderGone;

    /**
     * Watches {@code postsDir} and the other {@code folders}; {@code loaded} is what start-up read,
     * and {@code swapped} runs after each swap (to drop caches and refresh browsers).
     */
    Watch(Path postsDir, List<Path> folders, PostLoader loader, LiveSite live, LoadResult loaded, Runnable swapped) {
        this.postsDir = postsDir;
        this.folders = List.copyOf(folders);
        this.loader = loader;
        this.live = live;
        this.swapped = swapped;
        this.unreadable = new HashSet<>(loaded.unreadableFolders());
        this.folderGone = !loaded.folderReadable();
        for (Post post : loaded.posts()) {
            post.body().pin();
            good.put(post.file(), post);
        }
        this.seen = stamps();
    }

    /** Starts looking for changes. */
    Watch start() {
        timer.scheduleWithFixedDelay(this::poll, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        LOG.info("watching {} and {} for changes", postsDir, folders);
        return this;
    }

    private void poll() {
        try {
            Map<Path, Stamp> now = stamps();
            if (now.equals(seen)) {
                return;
            }
            Set<Path> changed = new HashSet<>(now.keySet());
            changed.addAll(seen.keySet());
            changed.removeIf(p -> java.util.Objects.equals(now.get(p), seen.get(p)));
            seen = now;
            reload(changed);
        } catch (RuntimeException e) {
            // An exception would end the scheduled task: report it and keep watching.
            LOG.error("reloading after a change failed", e);
        }
    }

    /** Reloads every post, keeping the last good version of a post whose file is now broken. */
    private void reload(Set<Path> changed) {
        long started = System.nanoTime();
        Map<Path, Post> unchanged = new HashMap<>(good);
        unchanged.keySet().removeAll(changed);
        // Unchanged files keep their Post objects and are not read again; new ones are pinned.
        LoadResult loaded = loader.load(postsDir, unchanged);
        if (!loaded.folderReadable()) {
            keepServing(loaded);
            return;
        }
        if (folderGone) {
            folderGone = false;
            LOG.info("{}: the posts folder is back; loading it again", postsDir);
        }
        Map<Path, Post> next = new LinkedHashMap<>();
        Set<String> paths = new HashSet<>();
        for (Post post : loaded.posts()) {
            if (unchanged.get(post.file()) != post) {
                post.body().pin();
            }
            next.put(post.file(), post);
            paths.add(post.path());
        }
        keepUnreadable(loaded.unreadableFolders(), next, paths);
        for (Problem problem : loaded.problems()) {
            if (loaded.unreadableFolders().contains(problem.file())) {
                continue; // said by keepUnreadable
            }
            boolean fresh = changed.contains(problem.file());
            Post last = good.get(problem.file());
            if (!problem.isError()) {
                if (fresh) {
                    LOG.warn("{}", problem);
                }
            } else if (last != null && !next.containsKey(problem.file()) && Files.exists(problem.file())
                    && paths.add(last.path())) {
                next.put(problem.file(), last);
                if (fresh) {
                    LOG.error("{} (keeping the last good version of this post)", problem);
                }
            } else if (fresh) {
                LOG.error("{} (post skipped)", problem);
            }
        }
        Removals.log(good, next);
        good = next;
        live.replace(new ArrayList<>(next.values()));
        swapped.run();
        LOG.info("reloaded {} posts in {} ms after changes to {}", next.size(),
                (System.nanoTime() - started) / 1_000_000, changed.size() == 1 ? changed.iterator().next()
                        : changed.size() + " files");
    }

    /**
     * A posts folder that is gone (deleted, renamed away, unreadable) is a mistake or a moment in a
     * move, not a wish for an empty site: the last good site stays, and the next change reloads.
     */
    private void keepServing(LoadResult loaded) {
        if (!folderGone) {
            folderGone = true;
            loaded.problems().stream().filter(Problem::isError).findFirst().ifPresent(problem -> LOG.error(
                    "{} (still serving the last good site, {} posts, until the folder is back)", problem, good.size()));
        }
    }

    /**
     * Keeps the posts of sub-folders that cannot be read now as they were (a read failure is not a
     * deletion) and says so once for each such folder, with how many posts it keeps.
     */
    private void keepUnreadable(List<Path> folders, Map<Path, Post> next, Set<String> paths) {
        for (Path folder : folders) {
            int kept = 0;
            for (Post post : good.values()) {
                if (post.file().startsWith(folder) && !next.containsKey(post.file()) && paths.add(post.path())) {
                    next.put(post.file(), post);
                    kept++;
                }
            }
            if (!unreadable.contains(folder)) {
                LOG.warn("{}: cannot read this folder; keeping its {} posts from the last good load until it can be"
                        + " read again", folder, kept);
            }
        }
        for (Path folder : unreadable) {
            if (!folders.contains(folder)) {
                LOG.info("{}: the folder can be read again", folder);
            }
        }
        unreadable = new HashSet<>(folders);
    }

    /** Returns the modification time and size of every file under the watched folders. */
    private Map<Path, Stamp> stamps() {
        Map<Path, Stamp> stamps = new HashMap<>();
        List<Path> all = new ArrayList<>(folders);
        all.add(0, postsDir);
        for (Path folder : all) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try {
                Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isRegularFile()) {
                            stamps.put(file, new Stamp(attributes.lastModifiedTime(), attributes.size()));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    // Deleted while we looked, or unreadable: its files are simply not seen, the rest are.
                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                LOG.debug("cannot look into {}: {}", folder, e.getMessage());
            }
        }
        return stamps;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
