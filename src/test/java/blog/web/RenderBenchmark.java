package blog.web;

import blog.Config;
import blog.content.ImageSizes;
import blog.content.LoadResult;
import blog.content.Markdown;
import blog.content.Post;
import blog.content.PostLoader;
import blog.content.PostReader;
import blog.site.LiveSite;
import blog.site.Site;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of rendering the bundled 16 KB post without any cache: Markdown to safe HTML alone,
 * the whole page (body, views, layout), and making the cached response (gzip and ETag) from it.
 * Run with {@code bench/render.sh}; not a unit test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {

    private Markdown markdown;
    private String body;
    private Site site;
    private Post post;
    private Config config;
    private Templates templates;
    private ViewFactory views;
    private String page;

    @Setup
    public void setUp() {
        config = Config.load(Map.of("BLOG_POSTS_DIR", "posts", "BLOG_PUBLIC_DIR", "public"));
        markdown = new Markdown();
        LoadResult loaded = new PostLoader(new PostReader(markdown, config.timezone())).load(Path.of("posts"));
        site = new LiveSite(loaded.posts(), Clock.systemUTC(), new Site.Preview(false, false)).current();
        post = site.posts().stream().filter(p -> p.slug().equals("2025-04-21-ai-cold-war")).findFirst().orElseThrow();
        body = post.markdown();
        templates = new Templates();
        PublicImageSizes sizes = new PublicImageSizes(config.publicDir());
        views = new ViewFactory(config, "/assets/blog.css", "/assets/favicon.svg", sizes);
        page = renderPage();
    }

    @Benchmark
    public String markdownToSafeHtml() {
        return markdown.render(body, ImageSizes.NONE).html();
    }

    @Benchmark
    public String renderPage() {
        // A new renderer each time, so its body cache is empty: this is a cold render.
        return new PageRenderer(config, templates, markdown, new PublicImageSizes(config.publicDir()), views)
                .render(site, new PageRef.Article(post));
    }

    @Benchmark
    public CachedResponse cachedResponseFromPage() {
        return CachedResponse.of(page, PageRef.HTML, java.util.Optional.empty());
    }
}
