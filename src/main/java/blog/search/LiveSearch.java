package blog.search;

import blog.content.Markdown;
import blog.content.Post;
import blog.site.LiveSite;
import blog.site.Site;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.apache.lucene.analysis.Analyzer;

/**
 * Search over the live site. An index is built in the background whenever {@link LiveSite} swaps
 * in a new site (the first time when the posts have been read, or when {@link #allowBuilds()} lets
 * it), so start-up does not wait for it; until the first one is ready, a search answers
 * {@link SearchAnswer.NotReady}, or {@link SearchAnswer.Unavailable} while a failed build waits to be
 * tried again. While a newer one is built, the previous index goes on answering, and only posts the
 * current site still shows are returned. Searches are bounded in number ({@link SearchGate}) and in
 * time ({@link #TIME_LIMIT}), so costly queries cannot take the server's cores from its pages.
 */
public final class LiveSearch {

    /**
     * The most time one search may take: Lucene stops matching then, and results past it get their
     * summary rather than a passage read from their file.
     */
    static final Duration TIME_LIMIT = Duration.ofSeconds(2);

    private final LiveSite live;
    private final Markdown markdown;
    private final Analyzer queryAnalyzer;
    private final Snippets snippets;
    private final IndexBuilds builds;
    private final SearchGate gate;
    private final LongSupplier ticker;

    /** The most the plain texts of recently found posts may take (two bytes a char). */
    static final long PLAIN_TEXT_CACHE_BYTES = 8L * 1024 * 1024;

    /**
     * Plain texts of posts recently shown in results, for their passages: a popular query then
     * neither re-reads the files nor parses their Markdown again. A post replaced by a swap is a
     * new key, so an edited post is never shown with its old text.
     */
    private final Cache<Post, String> plainTexts = Caffeine.newBuilder()
            .weakKeys()
            .maximumWeight(PLAIN_TEXT_CACHE_BYTES)
            .weigher((Post post, String text) -> 2 * text.length() + 64)
            .build();

    /** Follows the swaps of {@code live}, building on {@code builder}, which must run one task at a time. */
    public LiveSearch(LiveSite live, Markdown markdown, Executor builder) {
        this(live, markdown, new Setup(builder, retriesOn(builder), null, SearchGate.forCores(), System::nanoTime),
                true);
    }

    /**
     * Follows the swaps of {@code live}, building each index on a background thread of its own, but
     * none before {@link #allowBuilds()}: building one takes the cores for seconds, which start-up
     * needs for reading posts and rendering the first pages. Search answers "not ready" meanwhile.
     */
    public static LiveSearch heldUntilAllowed(LiveSite live, Markdown markdown) {
        ScheduledExecutorService thread = builderThread();
        return new LiveSearch(live, markdown, new Setup(thread, (task, delay) -> thread.schedule(task,
                delay.toMillis(), TimeUnit.MILLISECONDS), null, SearchGate.forCores(), System::nanoTime), false);
    }

    /** As {@link #heldUntilAllowed(LiveSite, Markdown)}, building on {@code builder}. */
    static LiveSearch heldUntilAllowed(LiveSite live, Markdown markdown, Executor builder) {
        return new LiveSearch(live, markdown, new Setup(builder, retriesOn(builder), null, SearchGate.forCores(),
                System::nanoTime), false);
    }

    /**
     * What a test may replace: where builds run and when retries come, the indexer (null: the real
     * one), the bound on concurrent searches and the ticker that deadlines are measured on.
     */
    record Setup(Executor builder, IndexBuilds.Retries retries, Function<Site, SearchIndex> indexer, SearchGate gate,
            LongSupplier ticker) {
    }

    /** Retries on a timer thread of their own, each handed to {@code builder}, for builders that cannot wait. */
    private static IndexBuilds.Retries retriesOn(Executor builder) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "search-retry"));
        return (task, delay) -> timer.schedule(() -> builder.execute(task), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static ScheduledExecutorService builderThread() {
        return Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "search-index"));
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    LiveSearch(LiveSite live, Markdown markdown, Setup setup, boolean allowedNow) {
        this.markdown = markdown;
        HanVariants variants = HanVariants.load();
        Analyzer indexAnalyzer = SearchAnalyzer.forIndex(variants);
        this.queryAnalyzer = SearchAnalyzer.forQuery(variants);
        this.snippets = new Snippets(indexAnalyzer);
        this.live = live;
        this.gate = setup.gate();
        this.ticker = setup.ticker();
        this.builds = new IndexBuilds(setup.builder(), setup.retries(), setup.indexer() != null ? setup.indexer()
                : site -> SearchIndex.build(site, markdown, indexAnalyzer));
        if (allowedNow) {
            builds.allow();
        }
        live.onSwap(builds::want);
    }

    /** Lets index builds begin, starting with one of the current site if it has been asked for. */
    public void allowBuilds() {
        builds.allow();
    }

    /** Builds the index of the current site now, for a site that already had its posts when this was created. */
    public void start() {
        builds.want(live.current());
    }

    /**
     * Runs {@code rawQuery} against the index for {@code site} and returns page {@code page} of
     * {@code pageSize} results; {@link SearchAnswer.Busy} when too many searches run already.
     */
    public SearchAnswer search(Site site, String rawQuery, int page, int pageSize) {
        SearchQuery.Parsed parsed = SearchQuery.parse(rawQuery, queryAnalyzer);
        if (parsed instanceof SearchQuery.Refused refused) {
            return new SearchAnswer.Refused(refused.text(), refused.problem());
        }
        SearchQuery.Ready ready = (SearchQuery.Ready) parsed;
        Optional<SearchIndex> current = builds.current();
        if (current.isEmpty()) {
            return builds.failing() ? new SearchAnswer.Unavailable() : new SearchAnswer.NotReady();
        }
        if (!gate.enter()) {
            return new SearchAnswer.Busy();
        }
        try {
            return run(current.get(), site, ready, page, pageSize);
        } finally {
            gate.leave();
        }
    }

    private SearchAnswer run(SearchIndex index, Site site, SearchQuery.Ready ready, int page, int pageSize) {
        Deadline deadline = Deadline.after(TIME_LIMIT, ticker);
        SearchIndex.Matches matches = index.search(ready.query(), (page - 1) * pageSize, pageSize, deadline);
        if (matches.timedOut()) {
            return new SearchAnswer.TimedOut(ready.text());
        }
        List<SearchAnswer.Hit> hits = new ArrayList<>();
        for (Post indexed : matches.posts()) {
            // An index of an older site may name posts since changed, unpublished or removed.
            site.post(indexed.path()).ifPresent(post -> hits.add(hit(ready, post, deadline)));
        }
        return new SearchAnswer.Found(ready.text(), matches.total(), page, hits, ready.shortened());
    }

    /** A result with its marked title and passage; once the deadline has passed, its summary instead of a passage. */
    private SearchAnswer.Hit hit(SearchQuery.Ready ready, Post post, Deadline deadline) {
        if (deadline.passed()) {
            List<SearchAnswer.Fragment> summary = List.of(new SearchAnswer.Fragment(post.summary(), false));
            return new SearchAnswer.Hit(post, List.of(new SearchAnswer.Fragment(post.title(), false)), summary);
        }
        String text = plainTexts.get(post, p -> markdown.plainText(p.markdown()));
        return new SearchAnswer.Hit(post, snippets.title(ready.query(), post.title()),
                snippets.body(ready.query(), text, post.summary()));
    }
}
