package blog.web;

import blog.search.SearchAnswer;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Turns a {@link SearchAnswer} into the view of a search page and the status it is sent with. */
final class SearchPages {

    /** Pages past this one are not offered: nobody reads them, and each costs a deeper search. */
    static final int MAX_PAGE = 100;

    private final ViewFactory views;

    SearchPages(ViewFactory views) {
        this.views = views;
    }

    /** Seconds a reader (or a crawler) is asked to wait by a busy or timed-out search, and by one that is warming up. */
    static final int RETRY_SOON = 5;
    /** Seconds to wait while a failed index build is being tried again (the first retry comes after 5 s, later ones later). */
    static final int RETRY_LATER = 60;

    /**
     * A search page ready to render: its status, page title, view and the text for the search box;
     * {@code retryAfter} in seconds for a {@code Retry-After} header, 0 for none.
     */
    record Page(HttpStatus status, String title, String query, Views.SearchPage view, int retryAfter) {
    }

    /** Reads the {@code page} parameter: absent means 1; anything but a number from 1 to {@link #MAX_PAGE} is refused. */
    static int pageNumber(String raw) {
        if (raw == null) {
            return 1;
        }
        if (raw.isEmpty() || raw.length() > 3 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("page must be a number");
        }
        int page = Integer.parseInt(raw);
        if (page < 1 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page out of range");
        }
        return page;
    }

    /** Returns the page for {@code answer}, or null when its page number is past the last page of results. */
    Page of(SearchAnswer answer, int pageSize) {
        if (answer instanceof SearchAnswer.NotReady) {
            return unavailable("", RETRY_SOON, "搜尋準備中", "網站剛啟動，搜尋索引還在建立，請幾秒後再試一次。");
        }
        if (answer instanceof SearchAnswer.Unavailable) {
            return unavailable("", RETRY_LATER, "搜尋暫時無法使用",
                    "搜尋索引建立失敗，網站正在自動重試。文章、分類與標籤頁都能照常瀏覽，請稍後再搜尋。");
        }
        if (answer instanceof SearchAnswer.Busy) {
            return unavailable("", RETRY_SOON, "搜尋忙碌中",
                    "現在同時搜尋的人太多，請過幾秒再試一次。文章、分類與標籤頁都能照常瀏覽。");
        }
        if (answer instanceof SearchAnswer.TimedOut timedOut) {
            return unavailable(timedOut.query(), RETRY_SOON, "搜尋逾時",
                    "這次搜尋花了太久，已經停止。請稍後再試，或改用較少、較長的字詞（例如「晶片」而不是「晶」）。");
        }
        if (answer instanceof SearchAnswer.Refused refused) {
            return switch (refused.problem()) {
                case EMPTY -> message(HttpStatus.OK, "", "搜尋文章",
                        "請在上方的搜尋框輸入關鍵字，例如「出口管制」或 DeepSeek。多個關鍵字以空格分開，會找出全部都符合的文章。");
                case TOO_LONG -> message(HttpStatus.OK, "", "搜尋字詞太長",
                        "搜尋字詞最多 100 個字，請縮短後再試一次。");
                case NO_WORDS -> message(HttpStatus.OK, refused.query(), "沒有可以搜尋的字詞",
                        "搜尋字詞只有標點或符號，請改用文字或數字搜尋。");
            };
        }
        SearchAnswer.Found found = (SearchAnswer.Found) answer;
        String query = found.query();
        String shortened = found.shortened() ? "（字詞太多，只用了前面的字詞搜尋）" : "";
        if (found.total() == 0) {
            return message(HttpStatus.OK, query, "找不到符合「" + query + "」的文章",
                    "試試較短或不同的字詞，或從分類與標籤瀏覽。" + shortened);
        }
        int totalPages = Math.min(MAX_PAGE, (found.total() + pageSize - 1) / pageSize);
        if (found.page() > totalPages) {
            return null;
        }
        List<Views.SearchResult> results = found.hits().stream()
                .map(hit -> new Views.SearchResult(views.card(hit.post()), hit.title(), hit.snippet()))
                .toList();
        String heading = "「" + query + "」的搜尋結果";
        Views.SearchPage view = new Views.SearchPage(heading, "共 " + found.total() + " 篇文章" + shortened, results,
                found.page(), totalPages,
                found.page() > 1 ? url(query, found.page() - 1) : null,
                found.page() < totalPages ? url(query, found.page() + 1) : null);
        String title = found.page() == 1 ? heading : heading + "（第 " + found.page() + " 頁）";
        return new Page(HttpStatus.OK, title, query, view, 0);
    }

    private static Page message(HttpStatus status, String query, String heading, String message) {
        return new Page(status, heading, query, new Views.SearchPage(heading, message, List.of(), 1, 1, null, null), 0);
    }

    /** A 503 page: search cannot answer now, every other page can; {@code retryAfter} seconds. */
    private static Page unavailable(String query, int retryAfter, String heading, String message) {
        Page page = message(HttpStatus.SERVICE_UNAVAILABLE, query, heading, message);
        return new Page(page.status(), page.title(), page.query(), page.view(), retryAfter);
    }

    /** The URL of another page of the same search; query strings encode a space as {@code +}. */
    static String url(String query, int page) {
        String q = "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return page == 1 ? q : q + "&page=" + page;
    }
}
