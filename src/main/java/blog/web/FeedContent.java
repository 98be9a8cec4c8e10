package blog.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Makes the links and images of a post body absolute, as a feed reader needs them. */
final class FeedContent {

    private FeedContent() {
    }

    /** Rewrites site-relative ({@code /…}), fragment ({@code #…}) and bundle-relative URLs against the post's URL. */
    static String absolutize(String html, String baseUrl, String postUrl) {
        Document doc = Jsoup.parseBodyFragment(html, postUrl);
        doc.outputSettings().prettyPrint(false);
        doc.select("a.anchor").remove();
        for (Element a : doc.select("a[href]")) {
            a.attr("href", absolute(a.attr("href"), baseUrl, postUrl));
        }
        for (Element img : doc.select("img[src]")) {
            img.attr("src", absolute(img.attr("src"), baseUrl, postUrl));
            img.removeAttr("loading");
        }
        return doc.body().html();
    }

    static String absolute(String url, String baseUrl, String pageUrl) {
        if (url.isEmpty() || url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:")) {
            return url;
        }
        // Markdown keeps a local path as written (![](</images/圖 一.png>)); a feed reader needs a valid URL.
        url = UrlPaths.encodeUrl(url);
        if (url.startsWith("//")) {
            return "https:" + url;
        }
        if (url.startsWith("/")) {
            return baseUrl + url;
        }
        if (url.startsWith("#")) {
            return pageUrl + url;
        }
        return pageUrl + url;
    }
}
