package blog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blog.content.Markdown;
import blog.content.PostLoader;
import blog.content.PostReader;
import blog.site.LiveSite;
import blog.site.Site;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * LiveSearch's limits with time and failures under the test's control: a ticker moved by hand, a
 * gate of one, and an indexer that fails as an index build at a small heap does. A failed build
 * over HTTP is {@code blog.SearchIndexFailureTest}; these check the retries and the deadline, which
 * would take minutes, or a machine of a given speed, to see for real.
 */
class SearchLimitsUnitTest {

    private static final Path POSTS = Path.of("src/test/resources/site/posts");

    private final Markdown markdown = new Markdown();
    private final LiveSite live = new LiveSite(List.of(), Clock.systemUTC(), new Site.Preview(false, false));

    private Function<Site, SearchIndex> realIndexer() {
        SearchAnalyzer analyzer = SearchAnalyzer.forIndex(HanVariants.load());
        return site -> SearchIndex.build(site, markdown, analyzer);
    }

    private LiveSearch search(IndexBuilds.Retries retries, Function<Site, SearchIndex> indexer, SearchGate gate,
            LongSupplier ticker) {
        LiveSearch search = new LiveSearch(live, markdown, new LiveSearch.Setup(Runnable::run, retries, indexer, gate,
                ticker), true);
        live.replace(new PostLoader(new PostReader(markdown, ZoneId.of("Asia/Taipei"))).load(POSTS).posts());
        return search;
    }

    private record Scheduled(Runnable task, Duration delay) {
    }

    @Test
    void aFailedBuildIsRetriedAfterGrowingPausesAndSearchSaysUnavailableMeanwhile() {
        List<Scheduled> scheduled = new ArrayList<>();
        AtomicInteger failuresLeft = new AtomicInteger(3);
        Function<Site, SearchIndex> real = realIndexer();
        LiveSearch search = search((task, delay) -> scheduled.add(new Scheduled(task, delay)), site -> {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new OutOfMemoryError("Java heap space");
            }
            return real.apply(site);
        }, SearchGate.forCores(), System::nanoTime);

        for (Duration expected : List.of(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20))) {
            assertInstanceOf(SearchAnswer.Unavailable.class, search.search(live.current(), "DeepSeek", 1, 10));
            assertEquals(expected, scheduled.get(scheduled.size() - 1).delay());
            scheduled.get(scheduled.size() - 1).task().run();
        }
        assertEquals(3, scheduled.size(), "one retry after each failure");
        SearchAnswer answer = search.search(live.current(), "DeepSeek", 1, 10);
        assertTrue(assertInstanceOf(SearchAnswer.Found.class, answer).total() > 0, answer.toString());
    }

    @Test
    void pausesBetweenRetriesDoubleUpToFiveMinutes() {
        assertEquals(Duration.ofSeconds(5), IndexBuilds.pauseAfter(1));
        assertEquals(Duration.ofSeconds(40), IndexBuilds.pauseAfter(4));
        assertEquals(Duration.ofMinutes(5), IndexBuilds.pauseAfter(7));
        assertEquals(Duration.ofMinutes(5), IndexBuilds.pauseAfter(Integer.MAX_VALUE));
    }

    @Test
    void aSearchThatFindsNoPlaceInTimeIsTurnedAwayAsBusy() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        // The first search to ask the time is held there, inside the gate, until released.
        LongSupplier ticker = () -> {
            if (first.compareAndSet(true, false)) {
                inside.countDown();
                await(release);
            }
            return System.nanoTime();
        };
        LiveSearch search = search((task, delay) -> { }, realIndexer(), new SearchGate(1, Duration.ofMillis(50)),
                ticker);
        CompletableFuture<SearchAnswer> held = CompletableFuture.supplyAsync(
                () -> search.search(live.current(), "DeepSeek", 1, 10));
        assertTrue(inside.await(10, TimeUnit.SECONDS));

        assertInstanceOf(SearchAnswer.Busy.class, search.search(live.current(), "量子", 1, 10));

        release.countDown();
        assertInstanceOf(SearchAnswer.Found.class, held.get(10, TimeUnit.SECONDS));
        assertInstanceOf(SearchAnswer.Found.class, search.search(live.current(), "量子", 1, 10), "the place is free again");
    }

    @Test
    void aSearchPastItsTimeLimitStopsMatching() {
        // Every look at the clock finds the time limit gone by once more.
        AtomicLong now = new AtomicLong();
        LiveSearch search = search((task, delay) -> { }, realIndexer(), SearchGate.forCores(),
                () -> now.getAndAdd(LiveSearch.TIME_LIMIT.toNanos() + 1));
        for (String costly : List.of("晶", "DeepSeek 晶片")) {
            SearchAnswer answer = search.search(live.current(), costly, 1, 10);
            assertEquals(new SearchAnswer.TimedOut(costly), answer);
        }
    }

    @Test
    void resultsFoundWhenTheTimeRunsOutShowTheirSummaryWithoutReadingTheirFiles() {
        // Count the looks at the clock before the results' passages, then let time run out just there.
        AtomicInteger looks = new AtomicInteger();
        LiveSearch counting = search((task, delay) -> { }, realIndexer(), SearchGate.forCores(), () -> {
            looks.incrementAndGet();
            return 0;
        });
        SearchAnswer.Found full = assertInstanceOf(SearchAnswer.Found.class,
                counting.search(live.current(), "DeepSeek", 1, 10));
        int beforePassages = looks.get() - full.hits().size();

        AtomicInteger calls = new AtomicInteger();
        LiveSearch late = new LiveSearch(live, markdown, new LiveSearch.Setup(Runnable::run, (task, delay) -> { },
                realIndexer(), SearchGate.forCores(), () -> calls.incrementAndGet() <= beforePassages ? 0
                        : LiveSearch.TIME_LIMIT.toNanos()), true);
        late.start();
        SearchAnswer.Found cut = assertInstanceOf(SearchAnswer.Found.class,
                late.search(live.current(), "DeepSeek", 1, 10));
        assertEquals(full.total(), cut.total());
        assertFalse(cut.hits().isEmpty());
        for (SearchAnswer.Hit hit : cut.hits()) {
            assertEquals(List.of(new SearchAnswer.Fragment(hit.post().summary(), false)), hit.snippet());
            assertFalse(hit.title().stream().anyMatch(SearchAnswer.Fragment::marked), hit.toString());
        }
        assertTrue(full.hits().stream().anyMatch(hit -> hit.snippet().stream().anyMatch(SearchAnswer.Fragment::marked)),
                "in time, passages are marked");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
