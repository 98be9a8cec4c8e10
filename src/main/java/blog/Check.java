package blog;

import blog.content.BodyFacts;
import blog.content.LoadResult;
import blog.content.Markdown;
import blog.content.Post;
import blog.content.PostLoader;
import blog.content.PostReader;
import blog.content.Problem;
import blog.content.Shortcodes;
import blog.site.LiveSite;
import blog.site.Site;
import blog.web.PageResolver;
import blog.web.UrlPaths;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code check} command: loads every post without serving, prints each problem as
 * {@code file:line: message} and fails if any is an error. Also warns about links and
 * images inside posts that lead nowhere on this site.
 */
final class Check {

    private final Config config;
    private final Path dir;
    private final PrintStream out;

    Check(Config config, Path dir, PrintStream out) {
        this.config = config;
        this.dir = dir;
        this.out = out;
    }

    /** Runs the check and returns the exit status: 0 when there is no error, 1 otherwise. */
    int run() {
        if (!Files.isDirectory(dir)) {
            out.println(dir + ":1: the posts folder does not exist");
            return 1;
        }
        LoadResult loaded = new PostLoader(new PostReader(
                new Markdown(Shortcodes.withTemplates(config.shortcodesDirFor(dir))), config.timezone(), true,
                config.permalinks())).load(dir);
        List<Problem> problems = new ArrayList<>(loaded.problems());
        problems.addAll(brokenLinks(loaded.posts()));
        problems.sort(Comparator.comparing((Problem p) -> p.file().toString()).thenComparingInt(Problem::line));
        problems.forEach(out::println);
        long errors = problems.stream().filter(Problem::isError).count();
        out.printf("%d posts, %d errors, %d warnings%n", loaded.posts().size(), errors, problems.size() - errors);
        return errors == 0 ? 0 : 1;
    }

    private List<Problem> brokenLinks(List<Post> posts) {
        Site site = new LiveSite(posts, Clock.systemUTC(), new Site.Preview(true, true)).current();
        PageResolver pages = new PageResolver(config.pageSize(), config.permalinks());
        List<Problem> problems = new ArrayList<>();
        for (Post post : posts) {
            for (BodyFacts.LocalLink link : post.localLinks()) {
                String target = link.target().replaceAll("[?#].*$", "");
                if (!target.isEmpty() && !leadsSomewhere(site, pages, target)) {
                    String what = link.image() ? "image" : "link";
                    problems.add(Problem.warning(post.file(), link.line(), what + " " + link.target()
                            + " leads nowhere: no post, list or file in " + config.publicDir() + " has that path"));
                }
            }
        }
        return problems;
    }

    private boolean leadsSomewhere(Site site, PageResolver pages, String target) {
        String path;
        try {
            path = UrlPaths.decode(target);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (pages.exists(site, path)) {
            return true;
        }
        Path publicDir = config.publicDir().toAbsolutePath().normalize();
        Path file = publicDir.resolve(path.substring(1)).normalize();
        return file.startsWith(publicDir) && Files.isRegularFile(file);
    }
}
