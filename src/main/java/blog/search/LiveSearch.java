package blog.search;

import blog.content.Markdown;
import blog.content.Post;
import blog.site.LiveSite;
import blog.site.Site;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search over the live site. An index is built in the background whenever {@link LiveSite} swaps
 * in a new site (the first time when the posts have been read, or when {@link #allowBuilds()} lets
 * it), so start-up does not wait for it; until the first one is ready, a search answers
 * {@link SearchAnswer.NotReady}. While a newer one is built, the previous index goes on answering,
 * and only posts the current site still shows are returned.
 */
public final class LiveSearch {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSearch.class);

    private final LiveSite live;
    private final Markdown markdown;
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;
    private final Snippets snippets;
    private final Executor builder;
    private final AtomicReference<Site> wanted = new AtomicReference<>();
    /** Completed when builds may begin; until then swaps are only noted. */
    private final CompletableFuture<Void> allowed = new CompletableFuture<>();
    private volatile SearchIndex index;

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
        this(live, markdown, builder, true);
    }

    /**
     * Follows the swaps of {@code live}, building each index on a background thread of its own, but
     * none before {@link #allowBuilds()}: building one takes the cores for seconds, which start-up
     * needs for reading posts and rendering the first pages. Search answers "not ready" meanwhile.
     */
    public static LiveSearch heldUntilAllowed(LiveSite live, Markdown markdown) {
        return heldUntilAllowed(live, markdown, builderThread());
    }

    /** As {@link #heldUntilAllowed(LiveSite, Markdown)}, building on {@code builder}. */
    static LiveSearch heldUntilAllowed(LiveSite live, Markdown markdown, Executor builder) {
        return new LiveSearch(live, markdown, builder, false);
    }

    private static Executor builderThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "search-index");
            thread.setDaemon(true);
            return thread;
        });
    }

    private LiveSearch(LiveSite live, Markdown markdown, Executor builder, boolean allowedNow) {
        this.markdown = markdown;
        this.builder = builder;
        HanVariants variants = HanVariants.load();
        this.indexAnalyzer = SearchAnalyzer.forIndex(variants);
        this.queryAnalyzer = SearchAnalyzer.forQuery(variants);
        this.snippets = new Snippets(indexAnalyzer);
        this.live = live;
        if (allowedNow) {
            allowed.complete(null);
        }
        live.onSwap(this::rebuild);
    }

    /** Lets index builds begin, starting with one of the current site if it has been asked for. */
    public void allowBuilds() {
        allowed.complete(null);
    }

    /** Builds the index of the current site now, for a site that already had its posts when this was created. */
    public void start() {
        rebuild(live.current());
    }

    /** Asks for an index of {@code site}; swaps that come quickly one after another are built once. */
    private void rebuild(Site site) {
        // Swaps may be announced out of order by the threads that made them: keep the newest.
        wanted.accumulateAndGet(site, (a, b) -> a == null || b.version() > a.version() ? b : a);
        allowed.thenRun(() -> builder.execute(() -> {
            Site target = wanted.get();
            SearchIndex current = index;
            if (current != null && current.site().version() >= target.version()) {
                return;
            }
            long started = System.nanoTime();
            try {
                SearchIndex built = SearchIndex.build(target, markdown, indexAnalyzer);
                index = built;
                LOG.info("search index of {} posts built in {} ms ({} KB)", target.posts().size(),
                        (System.nanoTime() - started) / 1_000_000, built.bytes() / 1024);
            } catch (RuntimeException e) {
                LOG.error("the search index could not be built; search keeps the previous one", e);
            }
        }));
    }

    /** Runs {@code rawQuery} against the index for {@code site} and returns page {@code page} of {@code pageSize} results. */
    public SearchAnswer search(Site site, String rawQuery, int page, int pageSize) {
        SearchQuery.Parsed parsed = SearchQuery.parse(rawQuery, queryAnalyzer);
        if (parsed instanceof SearchQuery.Refused refused) {
            return new SearchAnswer.Refused(refused.text(), refused.problem());
        }
        SearchQuery.Ready ready = (SearchQuery.Ready) parsed;
        SearchIndex current = index;
        if (current == null) {
            return new SearchAnswer.NotReady();
        }
        SearchIndex.Matches matches = current.search(ready.query(), (page - 1) * pageSize, pageSize);
        List<SearchAnswer.Hit> hits = new ArrayList<>();
        for (Post indexed : matches.posts()) {
            // An index of an older site may name posts since changed, unpublished or removed.
            site.post(indexed.path()).ifPresent(post -> hits.add(new SearchAnswer.Hit(post,
                    snippets.title(ready.query(), post.title()),
                    snippets.body(ready.query(), plainTexts.get(post, p -> markdown.plainText(p.markdown())), post.summary()))));
        }
        return new SearchAnswer.Found(ready.text(), matches.total(), page, hits);
    }
}
