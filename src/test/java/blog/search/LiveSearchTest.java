package blog.search;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blog.content.Markdown;
import blog.content.PostLoader;
import blog.content.PostReader;
import blog.site.LiveSite;
import blog.site.Site;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveSearchTest {

    private static final Path POSTS = Path.of("src/test/resources/site/posts");

    @Test
    void aHeldSearchBuildsNothingUntilAllowedThenIndexesTheCurrentSite() {
        Markdown markdown = new Markdown();
        LiveSite live = new LiveSite(List.of(), Clock.systemUTC(), new Site.Preview(false, false));
        // Builds run on the calling thread, so "built" is visible as soon as the call returns.
        LiveSearch search = LiveSearch.heldUntilAllowed(live, markdown, Runnable::run);
        live.replace(new PostLoader(new PostReader(markdown, ZoneId.of("Asia/Taipei"))).load(POSTS).posts());

        assertInstanceOf(SearchAnswer.NotReady.class, search.search(live.current(), "DeepSeek", 1, 10));

        search.allowBuilds();

        SearchAnswer answer = search.search(live.current(), "DeepSeek", 1, 10);
        assertInstanceOf(SearchAnswer.Found.class, answer);
        assertTrue(((SearchAnswer.Found) answer).total() > 0, answer.toString());
    }
}
