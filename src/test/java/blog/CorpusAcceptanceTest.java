package blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blog.content.LoadResult;
import blog.content.Markdown;
import blog.content.Post;
import blog.content.PostLoader;
import blog.content.PostReader;
import blog.content.Problem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Acceptance on the three real blogs in ../shared/corpus: every post loads as its old engine
 * showed it, and {@code check} finds no error in them.
 */
class CorpusAcceptanceTest {

    private static final ZoneOffset PLUS_8 = ZoneOffset.ofHours(8);

    /** The settings a blogger coming from each engine sets (see docs/urls-and-migration.md). */
    static Map<String, String> settings(String corpus) {
        Map<String, String> env = new HashMap<>();
        Path dir = Corpora.require(corpus);
        env.put("BLOG_POSTS_DIR", dir.resolve("posts").toString());
        env.put("BLOG_TIMEZONE", "Asia/Taipei");
        switch (corpus) {
            case "ouuan-blog" -> {
                env.put("BLOG_PUBLIC_DIR", dir.resolve("static").toString());
                env.put("BLOG_PERMALINK", "/post/:filename/");
            }
            case "sofastack-blog" -> {
                env.put("BLOG_PUBLIC_DIR", dir.resolve("static").toString());
                env.put("BLOG_PERMALINK", "/blog/:filename/");
            }
            default -> {
                env.put("BLOG_PUBLIC_DIR", dir.resolve("public").toString());
                env.put("BLOG_PERMALINK", "/post/:year/:month/:title/");
                env.put("BLOG_PERMALINK_STYLE", "hexo");
            }
        }
        return env;
    }

    private static LoadResult load(String corpus) {
        Config config = Config.load(settings(corpus));
        return new PostLoader(new PostReader(new Markdown(), config.timezone(), false, config.permalinks()))
                .load(config.postsDir());
    }

    private static Post post(LoadResult loaded, String relativeFile) {
        return loaded.posts().stream().filter(p -> p.file().toString().endsWith(relativeFile)).findFirst()
                .orElseThrow(() -> new AssertionError(relativeFile + " did not load: " + loaded.problems()));
    }

    private static List<Problem> errors(LoadResult loaded) {
        return loaded.problems().stream().filter(Problem::isError).toList();
    }

    @Test
    void everyOuuanPostLoadsFromTomlAndYaml() {
        LoadResult loaded = load("ouuan-blog");

        assertEquals(List.of(), errors(loaded));
        assertEquals(114, loaded.posts().size());
        Post quoted = post(loaded, "hexo博客搭建指北.md");
        assertEquals("hexo博客搭建指北", quoted.title());
        assertEquals(OffsetDateTime.of(2018, 12, 6, 16, 0, 37, 0, PLUS_8), quoted.meta().date());
        assertEquals(List.of("博客"), quoted.meta().tags());
        assertEquals(List.of("技术"), quoted.meta().categories());
        assertEquals("/post/hexo博客搭建指北/", quoted.path());
        assertTrue(quoted.summary().startsWith("折腾了"), quoted.summary());
        assertFalse(quoted.summary().contains("迁移"), "the summary stops at the real divider: " + quoted.summary());
        Post nativeDate = post(loaded, "AFterOI.md");
        assertEquals("～AFTER OI～", nativeDate.title());
        assertEquals(OffsetDateTime.of(2020, 8, 19, 22, 4, 16, 0, PLUS_8), nativeDate.meta().date());
        assertEquals(List.of("经历"), nativeDate.meta().categories());
        Post yaml = post(loaded, "from-hexo-to-hugo.md");
        assertEquals("/post/from-hexo-to-hugo/", yaml.path());
    }

    @Test
    void everySofastackBundleLoadsWithStringCategoriesAndAliases() {
        LoadResult loaded = load("sofastack-blog");

        assertEquals(List.of(), errors(loaded));
        assertEquals(505, loaded.posts().size(), "508 files less index1.md (a bundle's file), index.com and one "
                + "without extension, which Hugo does not publish either");
        Post post = post(loaded, "announcing-sofastack-open-source/index.md");
        assertEquals("蚂蚁金服启动分布式中间件开源计划，用于快速构建金融级云原生架构", post.title());
        assertEquals(OffsetDateTime.of(2018, 4, 19, 14, 22, 19, 0, ZoneOffset.UTC), post.meta().date());
        assertEquals(List.of("SOFAStack"), post.meta().categories(), "'categories : \"SOFAStack\"'");
        assertEquals(List.of("/posts/2018-04-19-01/"), post.aliasPaths());
        assertEquals("/blog/announcing-sofastack-open-source/", post.path());
        assertTrue(post.bundle().isPresent());
        assertTrue(loaded.problems().stream().anyMatch(p -> p.file().toString().endsWith("index.com")));
        assertEquals("/blog/seata-distributed-transaction-open-source/seata.png",
                post(loaded, "seata-distributed-transaction-open-source/index.md").cover(),
                "'cover: \"/seata.png\"' names the bundle's own file");
    }

    @Test
    void everyHexoPostLoadsInTheSiteZoneAtItsOldUrl() {
        LoadResult loaded = load("tigercosmos-blog");

        assertEquals(List.of(), errors(loaded));
        assertEquals(242, loaded.posts().size());
        Post unpadded = post(loaded, "cv/3d-pointcloud-project-to-2d-image.md");
        assertEquals(OffsetDateTime.of(2025, 10, 1, 20, 0, 0, 0, PLUS_8), unpadded.meta().date());
        assertEquals("/post/2025/10/cv/3d-pointcloud-project-to-2d-image/", unpadded.path());
        Post inlineMore = post(loaded, "the-wind-rises.md");
        assertEquals("動畫＜風起＞心得隨筆", inlineMore.title());
        assertTrue(inlineMore.summary().startsWith("＜風起＞是日本知名動畫導演宮崎駿"), inlineMore.summary());
        assertTrue(inlineMore.summary().endsWith("的劇情。"), inlineMore.summary());
        assertEquals(List.of("想法", "隨筆"), inlineMore.meta().tags());
    }

    @Test
    void checkFindsNoErrorInAnyCorpusAndHexoLinksBetweenPostsResolve() {
        for (String corpus : List.of("ouuan-blog", "sofastack-blog", "tigercosmos-blog")) {
            Config config = Config.load(settings(corpus));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = new Check(config, config.postsDir(), new PrintStream(out, true, StandardCharsets.UTF_8)).run();
            String report = out.toString(StandardCharsets.UTF_8);

            assertEquals(0, status, corpus + ":\n" + report);
            if (corpus.equals("tigercosmos-blog")) {
                // The posts link to each other by their Hexo URLs: each must lead to a post here.
                assertFalse(report.contains("link /post/"), report);
            }
        }
    }
}
