package blog.content;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Hugo's common built-in shortcodes. The page allows no script and no frames (see
 * {@code SecurityHeaders}), so {@code youtube} is a thumbnail linking to the video and {@code gist} a
 * link to the gist. HTML is built with jsoup elements, which escape every argument.
 */
final class BuiltinShortcodes {

    private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern GIST_PART = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+#.-]{1,40}");

    private BuiltinShortcodes() {
    }

    /** Returns the built-ins by name. */
    static Map<String, ShortcodeHandler> all() {
        return Map.of("figure", new Figure(), "youtube", new YouTube(), "gist", new Gist(),
                "highlight", new Highlight());
    }

    /** {@code {{< figure src alt caption link title width height class >}}}: an image with a caption. */
    private static final class Figure implements ShortcodeHandler {

        @Override
        public String render(Shortcode sc, UnaryOperator<String> markdown) {
            Element figure = new Element("figure");
            sc.get("class").ifPresent(figure::addClass);
            Element img = new Element("img").attr("src", sc.get("src", 0).orElse(""))
                    .attr("alt", sc.get("alt").or(() -> sc.get("caption")).orElse(""));
            sc.get("width").ifPresent(w -> img.attr("width", w));
            sc.get("height").ifPresent(h -> img.attr("height", h));
            sc.get("title").filter(t -> !sc.get("caption").isPresent()).ifPresent(t -> img.attr("title", t));
            Optional<String> link = sc.get("link");
            if (link.isPresent()) {
                figure.appendElement("a").attr("href", link.get()).appendChild(img);
            } else {
                figure.appendChild(img);
            }
            Optional<String> title = sc.get("title");
            Optional<String> caption = sc.get("caption");
            if (title.isPresent() || caption.isPresent()) {
                Element figcaption = figure.appendElement("figcaption");
                title.ifPresent(t -> figcaption.appendElement("strong").text(t));
                if (title.isPresent() && caption.isPresent()) {
                    figcaption.appendText(" ");
                }
                // Hugo renders the caption as Markdown: links and emphasis are allowed in it.
                caption.ifPresent(c -> figcaption.append(unwrapParagraph(markdown.apply(c))));
            }
            return html(figure);
        }

        @Override
        public Optional<String> problem(Shortcode sc) {
            return sc.get("src", 0).filter(s -> !s.isBlank()).isPresent() ? Optional.empty()
                    : Optional.of("figure needs an image: {{< figure src=\"/images/a.jpg\" alt=\"…\" >}}");
        }

        @Override
        public String plain(Shortcode sc) {
            String alt = sc.get("alt").or(() -> sc.get("caption")).orElse("").replaceAll("[\\[\\]\\n]", " ");
            return sc.get("src", 0).map(src -> "![" + alt + "](<" + src.replaceAll("[<>\\n]", "") + ">)").orElse("");
        }
    }

    /** {@code {{< youtube id >}}}: the video's thumbnail, linking to the video on YouTube. */
    private static final class YouTube implements ShortcodeHandler {

        @Override
        public String render(Shortcode sc, UnaryOperator<String> markdown) {
            String id = sc.get("id", 0).filter(s -> VIDEO_ID.matcher(s).matches()).orElse("");
            if (id.isEmpty()) {
                return "";
            }
            String title = sc.get("title").orElse("YouTube 影片");
            String url = "https://www.youtube.com/watch?v=" + id;
            Element figure = new Element("figure").addClass("video");
            // hqdefault.jpg exists for every video and is 480×360, so the page can reserve its space.
            figure.appendElement("a").attr("href", url).appendElement("img")
                    .attr("src", "https://i.ytimg.com/vi/" + id + "/hqdefault.jpg")
                    .attr("alt", "影片：" + title).attr("width", "480").attr("height", "360");
            figure.appendElement("figcaption").appendText("▶ ").appendElement("a").attr("href", url)
                    .text("在 YouTube 觀看" + (sc.get("title").isPresent() ? "：" + title : ""));
            return html(figure);
        }

        @Override
        public Optional<String> problem(Shortcode sc) {
            return sc.get("id", 0).filter(s -> VIDEO_ID.matcher(s).matches()).isPresent() ? Optional.empty()
                    : Optional.of("youtube needs the video's id, e.g. {{< youtube dQw4w9WgXcQ >}}");
        }

        @Override
        public String plain(Shortcode sc) {
            return sc.get("title").orElse("");
        }
    }

    /** {@code {{< gist user id [file] >}}}: a link to the gist (embedding it would need its script). */
    private static final class Gist implements ShortcodeHandler {

        @Override
        public String render(Shortcode sc, UnaryOperator<String> markdown) {
            if (problem(sc).isPresent()) {
                return "";
            }
            String user = sc.args().get(0);
            String id = sc.args().get(1);
            Optional<String> file = sc.get("file", 2);
            String url = "https://gist.github.com/" + user + "/" + id
                    + file.map(f -> "#file-" + f.replaceAll("[^A-Za-z0-9_-]", "-").toLowerCase()).orElse("");
            Element p = new Element("p").addClass("gist");
            p.appendText("GitHub Gist：").appendElement("a").attr("href", url)
                    .text(user + "/" + id + file.map(f -> " · " + f).orElse(""));
            return html(p);
        }

        @Override
        public Optional<String> problem(Shortcode sc) {
            boolean ok = sc.args().size() >= 2 && GIST_PART.matcher(sc.args().get(0)).matches()
                    && GIST_PART.matcher(sc.args().get(1)).matches();
            return ok ? Optional.empty() : Optional.of("gist needs a user and a gist id, e.g. {{< gist spf13 7896402 >}}");
        }

        @Override
        public String plain(Shortcode sc) {
            return "";
        }
    }

    /** {@code {{< highlight go >}}code{{< /highlight >}}}: the same markup as a fenced code block. */
    private static final class Highlight implements ShortcodeHandler {

        @Override
        public String render(Shortcode sc, UnaryOperator<String> markdown) {
            String code = sc.inner().replaceFirst("^[ \\t]*\\r?\\n", "").replaceFirst("\\r?\\n[ \\t]*$", "");
            String lang = sc.get("lang", 0).filter(l -> LANGUAGE.matcher(l).matches()).orElse("");
            return "<pre><code" + (lang.isEmpty() ? "" : " class=\"language-" + lang + "\"") + ">"
                    + Entities.escape(code.isEmpty() ? "" : code + "\n") + "</code></pre>\n";
        }

        @Override
        public Optional<String> problem(Shortcode sc) {
            return sc.paired() ? Optional.empty()
                    : Optional.of("highlight needs its code and a closing tag: {{< highlight go >}}…{{< /highlight >}}");
        }

        @Override
        public String plain(Shortcode sc) {
            return "";
        }
    }

    /** Returns an element's HTML on one line, as commonmark writes its own. */
    private static String html(Element element) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        document.body().appendChild(element);
        return element.outerHtml();
    }

    /** Returns the content of a lone {@code <p>…</p>}, so an inline caption stays inline. */
    static String unwrapParagraph(String html) {
        String trimmed = html.strip();
        if (trimmed.startsWith("<p>") && trimmed.endsWith("</p>") && trimmed.indexOf("<p>", 1) < 0) {
            return trimmed.substring(3, trimmed.length() - 4);
        }
        return trimmed;
    }
}
