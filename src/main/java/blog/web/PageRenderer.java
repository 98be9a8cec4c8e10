package blog.web;

import blog.Config;
import blog.content.Markdown;
import blog.content.Post;
import blog.site.PageSlice;
import blog.site.Site;
import blog.site.Term;
import java.util.HashMap;
import java.util.Map;

/** Renders each kind of page to HTML with its template and the shared layout. */
final class PageRenderer {

    private final Config config;
    private final Templates templates;
    private final Markdown markdown;
    private final ViewFactory views;

    PageRenderer(Config config, Templates templates, Markdown markdown, ViewFactory views) {
        this.config = config;
        this.templates = templates;
        this.markdown = markdown;
        this.views = views;
    }

    String render(Site site, PageRef ref) {
        if (ref instanceof PageRef.Home home) {
            return home(site, home);
        }
        if (ref instanceof PageRef.Article article) {
            return article(site, article.post());
        }
        if (ref instanceof PageRef.Terms terms) {
            Views.TermIndex index = views.termIndex(site.taxonomy(terms.kind()));
            return page("terms", index.heading(), "", ref.path(), Map.of("index", index));
        }
        return termPosts((PageRef.TermPosts) ref);
    }

    String notFound() {
        return page("error", "找不到頁面", "", "", Map.of(
                "heading", "找不到這個頁面",
                "message", "網址可能打錯了，或文章已經移除。可以回到首頁，或從標籤與分類找找看。"));
    }

    private String home(Site site, PageRef.Home home) {
        PageSlice<Post> slice = PageSlice.of(site.posts(), home.page(), config.pageSize()).orElseThrow();
        Views.Listing listing = views.listing("最新文章", "", slice, n -> new PageRef.Home(n).path());
        String title = home.page() == 1 ? "" : "第 " + home.page() + " 頁";
        return page("list", title, "", home.path(), Map.of("listing", listing));
    }

    private String article(Site site, Post post) {
        Views.Article article = views.article(post, markdown.toHtml(post.markdown()),
                site.newer(post).orElse(null), site.older(post).orElse(null));
        return page("post", post.title(), post.summary(), "/posts/" + post.slug() + "/",
                Map.of("article", article));
    }

    private String termPosts(PageRef.TermPosts ref) {
        Term term = ref.term();
        PageSlice<Post> slice = PageSlice.of(term.posts(), ref.page(), config.pageSize()).orElseThrow();
        String heading = term.kind().label() + "：" + term.name();
        Views.Listing listing = views.listing(heading, "共 " + term.posts().size() + " 篇文章", slice,
                n -> new PageRef.TermPosts(term, n).path());
        String title = heading + (ref.page() == 1 ? "" : "（第 " + ref.page() + " 頁）");
        return page("list", title, "", ref.path(), Map.of("listing", listing));
    }

    private String page(String template, String title, String description, String path, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("layout", views.layout(title, description, path));
        return templates.render(template, all);
    }
}
