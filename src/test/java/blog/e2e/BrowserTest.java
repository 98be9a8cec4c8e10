package blog.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import blog.Blog;
import blog.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in a real browser: Debian's headless chromium, driven through its chromedriver,
 * reads the fixture blog ({@code src/test/resources/site/}) the way a reader does, by clicking
 * links, and checks that a phone-sized window never scrolls sideways. Each step leaves a
 * full-page screenshot in {@code target/screenshots/}.
 *
 * <p>Without {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} the tests are skipped,
 * unless {@code BLOG_E2E_REQUIRED} is set (as {@code .ci/run} does), in which case they fail.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String REQUIRED_ENV = "BLOG_E2E_REQUIRED";

    /** The fixtures' "now", as in blog.web.TestBlog: after every published post, before the scheduled one. */
    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    private static final int PAGE_SIZE = 3;

    /** Slugs of the fixture site's visible posts, newest first (as blog.web.TestBlog.PUBLISHED). */
    private static final List<String> PUBLISHED = List.of("xss-test", "deepseek-r2", "deepseek-pricing",
            "csharp-llm-faq", "cpp-inference", "chip-export-controls", "taiwan-ai-supply-chain", "ai-cold-war",
            "eu-ai-act", "open-weights", "humanoid-robots", "gpu-shortage");

    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Selenium warns that it ships no CDP bindings for this chromium; only plain CDP commands are used here. */
    private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private static Blog site;
    /** A second blog over {@code src/test/resources/e2e/posts}: one post with a wide table and long code. */
    private static Blog wideSite;
    private static Path profile;
    private static ChromeDriverService service;
    private static ChromeDriver driver;

    /** Why the browser tests cannot run here, or null when they can. */
    private static String unavailable;

    @BeforeAll
    static void start() throws IOException {
        unavailable = missingBrowser();
        if (unavailable != null) {
            return;
        }
        long started = System.nanoTime();
        site = startBlog("/site/posts", "/site/public");
        wideSite = startBlog("/e2e/posts", "/site/public");
        Files.createDirectories(SCREENSHOTS);
        try (Stream<Path> old = Files.list(SCREENSHOTS)) {
            for (Path png : old.filter(p -> p.toString().endsWith(".png")).toList()) {
                Files.delete(png);
            }
        }

        CDP_VERSION_LOG.setLevel(Level.SEVERE);
        profile = Files.createTempDirectory("blog-e2e-chromium-");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(Path.of("target", "chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                // Overlay scrollbars as on a phone: the page is laid out at the full window width, so
                // window.innerWidth is the width the page may use (and full-page screenshots match it).
                "--hide-scrollbars");
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        System.out.printf("BrowserTest: blog and %s up in %d ms%n",
                driver.getCapabilities().getBrowserVersion(), (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (site != null) {
            site.stop();
        }
        if (wideSite != null) {
            wideSite.stop();
        }
        if (profile != null) {
            // Best effort: a chromium helper may still be writing into its profile as it exits.
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | UncheckedIOException e) {
                System.err.println("BrowserTest: could not remove " + profile + ": " + e);
            }
        }
    }

    @BeforeEach
    void skipWithoutBrowser() {
        // Skipped per test, not in @BeforeAll, so that Maven counts (and reports) them as skipped.
        Assumptions.assumeTrue(unavailable == null, unavailable);
    }

    /** Home, a post by its title, a Chinese tag, a category, then the home pager forward and back. */
    @Test
    @Order(1)
    void readerClicksThroughPostTagCategoryAndPages() {
        driver.manage().window().setSize(DESKTOP);
        driver.get(url(site, "/"));
        assertEquals("/", path());
        assertEquals("最新文章", driver.findElement(By.tagName("h1")).getText());
        shot("desktop-01-home");

        String title = "DeepSeek R2 傳聞：中國模型再掀價格戰";
        click(driver.findElement(By.cssSelector("ol.cards")).findElement(By.linkText(title)));
        assertEquals("/posts/deepseek-r2/", path());
        assertEquals(title, driver.findElement(By.cssSelector("article.post h1")).getText());
        shot("desktop-02-post");

        click(driver.findElement(By.cssSelector(".post-header .tags")).findElement(By.linkText("#地緣政治")));
        assertEquals("/tags/地緣政治/", path());
        assertEquals("標籤：地緣政治", driver.findElement(By.tagName("h1")).getText());
        assertTrue(cardSlugs().contains("deepseek-r2"), () -> "the tag page lists " + cardSlugs());
        shot("desktop-03-tag");

        WebElement card = driver.findElement(By.xpath(
                "//li[contains(@class,'card')][.//h2/a[@href='/posts/deepseek-r2/']]"));
        click(card.findElement(By.cssSelector(".categories")).findElement(By.linkText("AI 技術前沿")));
        assertEquals("/categories/ai-技術前沿/", path());
        assertEquals("分類：AI 技術前沿", driver.findElement(By.tagName("h1")).getText());
        assertEquals(List.of("deepseek-r2", "chip-export-controls", "ai-cold-war"), cardSlugs());
        assertEquals("第 1 頁，共 2 頁", pagerStatus());
        shot("desktop-04-category");

        click(driver.findElement(By.cssSelector(".site-header nav")).findElement(By.linkText("首頁")));
        int pages = (PUBLISHED.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        assertEquals(4, pages);
        assertHomePage(1, pages);
        for (int n = 2; n <= pages; n++) {
            click(driver.findElement(By.cssSelector(".pager a[rel=next]")));
            assertHomePage(n, pages);
            shot("desktop-05-home-page-" + n);
        }
        for (int n = pages - 1; n >= 1; n--) {
            click(driver.findElement(By.cssSelector(".pager a[rel=prev]")));
            assertHomePage(n, pages);
        }
        shot("desktop-06-home-back-to-page-1");
    }

    /** A 390×844 window: home, post, tag page and a post with a wide table and long code stay within the width. */
    @Test
    @Order(2)
    void phoneWindowNeverScrollsSideways() {
        driver.manage().window().setSize(PHONE);
        driver.get(url(site, "/"));
        long innerWidth = ((Number) js("return window.innerWidth;")).longValue();
        assertEquals(PHONE.getWidth(), innerWidth, "the phone window's viewport width");
        assertNoHorizontalOverflow("home");
        shot("phone-01-home");

        click(driver.findElement(By.linkText("DeepSeek R2 傳聞：中國模型再掀價格戰")));
        assertEquals("/posts/deepseek-r2/", path());
        assertNoHorizontalOverflow("post");
        shot("phone-02-post");

        click(driver.findElement(By.cssSelector(".post-header .tags")).findElement(By.linkText("#地緣政治")));
        assertEquals("/tags/地緣政治/", path());
        assertNoHorizontalOverflow("tag page");
        shot("phone-03-tag");

        click(driver.findElement(By.cssSelector(".site-header nav")).findElement(By.linkText("標籤")));
        assertEquals("/tags/", path());
        assertNoHorizontalOverflow("tag index");
        shot("phone-04-tag-index");

        driver.get(url(wideSite, "/"));
        click(driver.findElement(By.linkText("寬表格與長程式碼：手機版面測試")));
        assertEquals("/posts/wide-content/", path());
        // The fixture must really be wider than the phone, or this check would prove nothing.
        for (String wide : List.of(".content table", ".content pre")) {
            WebElement box = driver.findElement(By.cssSelector(wide));
            long scroll = ((Number) js("return arguments[0].scrollWidth;", box)).longValue();
            long client = ((Number) js("return arguments[0].clientWidth;", box)).longValue();
            assertTrue(scroll > client, () -> wide + " should scroll inside its own box: scrollWidth " + scroll
                    + ", clientWidth " + client);
        }
        assertNoHorizontalOverflow("post with a wide table and long code");
        shot("phone-05-wide-post");
        js("document.querySelector('.content table').scrollIntoView();");
        shotViewport("phone-06-wide-post-table");
    }

    /**
     * Watch mode (BLOG_WATCH=true) over a temporary posts folder: an open page reloads itself when its
     * post is saved, through the external script and the event stream, under the site's real
     * Content-Security-Policy.
     */
    @Test
    @Order(3)
    void watchModeReloadsAnOpenPageWhenItsPostIsSaved() throws IOException {
        Path posts = Files.createTempDirectory("blog-e2e-watch-");
        Path post = posts.resolve("draft.md");
        Files.writeString(post, "---\ntitle: 存檔之前\ndate: 2025-05-01T10:00:00+08:00\n---\n\n第一版。\n");
        Map<String, String> env = new HashMap<>();
        env.put("PORT", "0");
        env.put("BLOG_POSTS_DIR", posts.toString());
        env.put("BLOG_PUBLIC_DIR", resource("/site/public").toString());
        env.put("BLOG_WATCH", "true");
        Blog watching = Blog.create(Config.load(env), Clock.fixed(NOW, ZoneOffset.UTC)).start();
        try {
            driver.manage().window().setSize(DESKTOP);
            driver.get(url(watching, "/posts/draft/"));
            assertEquals("存檔之前", driver.findElement(By.cssSelector("article.post h1")).getText());
            // Marks this document: after a reload the browser holds a new one, without the mark.
            js("window.blogTestMark = true;");

            Files.writeString(post, "---\ntitle: 存檔之後\ndate: 2025-05-01T10:00:00+08:00\n---\n\n第二版。\n");
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(
                    By.cssSelector("article.post h1"), "存檔之後"));
            assertEquals("/posts/draft/", path());
            assertFalse(Boolean.TRUE.equals(js("return window.blogTestMark === true;")), "the page was reloaded");
            shot("desktop-07-watch-mode-reloaded");
        } finally {
            watching.stop();
            Files.deleteIfExists(post);
            Files.deleteIfExists(posts);
        }
    }

    // ---------------------------------------------------------------- browser and server

    /** Returns why chromium cannot be driven here (null if it can); fails instead when BLOG_E2E_REQUIRED is set. */
    private static String missingBrowser() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM.toString());
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            missing.add(CHROMEDRIVER.toString());
        }
        if (missing.isEmpty()) {
            return null;
        }
        String message = "Browser tests need Debian's chromium and chromedriver; missing " + String.join(" and ", missing)
                + ". Install them with: apt-get install chromium chromium-driver";
        String required = System.getenv(REQUIRED_ENV);
        if (required != null && !required.isBlank() && !required.equals("0") && !required.equalsIgnoreCase("false")) {
            fail(message + " (" + REQUIRED_ENV + " is set, so they may not be skipped)");
        }
        String skipped = message + " (browser tests skipped)";
        System.err.println("[WARNING] " + skipped);
        return skipped;
    }

    private static Blog startBlog(String postsResource, String publicResource) {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", "0");
        env.put("BLOG_POSTS_DIR", resource(postsResource).toString());
        env.put("BLOG_PUBLIC_DIR", resource(publicResource).toString());
        env.put("BLOG_PAGE_SIZE", String.valueOf(PAGE_SIZE));
        env.put("BLOG_TIMEZONE", "Asia/Taipei");
        env.put("BLOG_DRAFTS", "false");
        env.put("BLOG_FUTURE", "false");
        return Blog.create(Config.load(env), Clock.fixed(NOW, ZoneOffset.UTC)).start();
    }

    private static Path resource(String name) {
        try {
            return Path.of(BrowserTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String url(Blog blog, String path) {
        return "http://localhost:" + blog.port() + path;
    }

    // ---------------------------------------------------------------- steps and checks

    /** Clicks a link like a reader and waits until the next page has replaced this one. */
    private static void click(WebElement link) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        link.click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(oldPage));
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(js("return document.readyState;")));
    }

    /** The current URL's path, percent-decoded. */
    private static String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    private static void assertHomePage(int n, int pages) {
        assertEquals(n == 1 ? "/" : "/page/" + n + "/", path());
        assertEquals("第 " + n + " 頁，共 " + pages + " 頁", pagerStatus());
        int from = (n - 1) * PAGE_SIZE;
        assertEquals(PUBLISHED.subList(from, Math.min(from + PAGE_SIZE, PUBLISHED.size())), cardSlugs(),
                "posts on page " + n);
        assertEquals(n > 1, !driver.findElements(By.cssSelector(".pager a[rel=prev]")).isEmpty(),
                "a newer-posts link on page " + n);
        assertEquals(n < pages, !driver.findElements(By.cssSelector(".pager a[rel=next]")).isEmpty(),
                "an older-posts link on page " + n);
    }

    private static String pagerStatus() {
        return driver.findElement(By.cssSelector(".pager .pager-status")).getText();
    }

    /** The slugs of the cards listed on this page, in order. */
    private static List<String> cardSlugs() {
        return driver.findElements(By.cssSelector(".card-title a")).stream()
                .map(a -> URI.create(a.getDomAttribute("href")).getPath())
                .map(p -> p.replaceFirst("^/posts/", "").replaceFirst("/$", ""))
                .toList();
    }

    /** Asserts the page is no wider than the window; on failure names the elements that stick out. */
    private static void assertNoHorizontalOverflow(String what) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) js("""
                const vw = window.innerWidth;
                const clipped = el => {
                  for (let p = el.parentElement; p; p = p.parentElement) {
                    if (p === document.body || p === document.documentElement) return false;
                    if (getComputedStyle(p).overflowX !== 'visible') return true;
                  }
                  return false;
                };
                const wide = [...document.body.querySelectorAll('*')]
                  .filter(el => el.getBoundingClientRect().right > vw + 0.5 && !clipped(el))
                  .slice(0, 8)
                  .map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : '')
                    + ' right=' + Math.round(el.getBoundingClientRect().right));
                return {scrollWidth: document.documentElement.scrollWidth, innerWidth: vw,
                  clientWidth: document.documentElement.clientWidth, wide: wide.join('; ')};
                """);
        long scrollWidth = ((Number) m.get("scrollWidth")).longValue();
        long innerWidth = ((Number) m.get("innerWidth")).longValue();
        long clientWidth = ((Number) m.get("clientWidth")).longValue();
        assertTrue(scrollWidth <= innerWidth && scrollWidth <= clientWidth, () -> what + " (" + path()
                + ") scrolls sideways: scrollWidth " + scrollWidth + ", innerWidth " + innerWidth + ", clientWidth "
                + clientWidth + "; sticking out: " + m.get("wide"));
        assertFalse(driver.findElements(By.tagName("h1")).isEmpty(), what + " has a heading");
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Saves a full-page screenshot (the whole document, not only the window) as target/screenshots/{name}.png. */
    private static void shot(String name) {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        double width = Math.max(((Number) size.get("width")).doubleValue(),
                ((Number) js("return window.innerWidth;")).doubleValue());
        double height = Math.min(((Number) size.get("height")).doubleValue(), 8000);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        save(name, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Saves what the window shows right now. */
    private static void shotViewport(String name) {
        save(name, driver.getScreenshotAs(OutputType.BYTES));
    }

    private static void save(String name, byte[] png) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
