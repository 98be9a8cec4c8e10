package blog.content;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each post lives: a pattern such as Hugo's {@code /posts/:slug/} or Hexo's
 * {@code /:year/:month/:day/:title/}, filled in from the post's date, front matter and file. Paths
 * here are decoded (not percent-encoded) and NFC.
 *
 * @param pattern the path pattern, starting with {@code /}
 * @param style whose meaning {@code :title} has: Hugo's (the title, urlized) or Hexo's (the file's
 *     path under the posts folder, without extension, or the front matter's {@code slug})
 */
public record Permalinks(String pattern, Style style) {

    /** Today's URLs: {@code /posts/} and the front matter's slug, else the file name. */
    public static final String DEFAULT = "/posts/:slugorfilename/";

    private static final Pattern TOKEN = Pattern.compile(":([a-z_]+)");
    private static final Set<String> TOKENS = Set.of("year", "month", "day", "i_month", "i_day", "hour", "minute",
            "second", "slug", "slugorfilename", "filename", "title", "name");

    /** Which engine's meaning {@code :title} has. */
    public enum Style { HUGO, HEXO }

    public Permalinks {
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("the pattern must start with '/', like /posts/:slug/");
        }
        Matcher m = TOKEN.matcher(pattern);
        while (m.find()) {
            if (!TOKENS.contains(m.group(1))) {
                throw new IllegalArgumentException("':" + m.group(1) + "' is not known; use :year, :month, :day, "
                        + ":slug, :slugorfilename, :filename, :title, :name, :i_month, :i_day, :hour, :minute or :second");
            }
        }
    }

    /** Returns the default: today's {@code /posts/:slugorfilename/}. */
    public static Permalinks defaults() {
        return new Permalinks(DEFAULT, Style.HUGO);
    }

    /**
     * Returns a post's path, or empty when it would have an empty or dot segment.
     *
     * @param relativeName the file's path under the posts folder without its extension, with
     *     {@code /} between folders; for a page bundle, the bundle's folder
     */
    Optional<String> path(PostMeta meta, String relativeName) {
        if (!meta.url().isEmpty()) {
            return normalize("/" + meta.url(), namesFile(meta.url()));
        }
        return expand(meta, relativeName).flatMap(path -> normalize(path, namesFile(pattern)));
    }

    /** Tells whether a path names a file ({@code /a/b.html}) rather than a page folder ({@code /a/b/}). */
    private static boolean namesFile(String path) {
        return !path.endsWith("/") && path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    /** Returns the alias paths of a post at {@code postPath}; a relative alias is taken from the post's folder. */
    static List<String> aliasPaths(String postPath, List<String> aliases) {
        String folder = postPath.substring(0, postPath.lastIndexOf('/', postPath.length() - 2) + 1);
        List<String> paths = new ArrayList<>();
        for (String alias : aliases) {
            if (alias.contains("://") || alias.startsWith("//")) {
                continue; // another site's address is no path of this one
            }
            normalize(alias.startsWith("/") ? alias : folder + alias, namesFile(alias)).ifPresent(paths::add);
        }
        return paths;
    }

    /** Fills in the pattern; empty when a part of it comes out empty (a title of punctuation only). */
    private Optional<String> expand(PostMeta meta, String relativeName) {
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = value(m.group(1), meta, relativeName);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }

    private String value(String token, PostMeta meta, String relativeName) {
        OffsetDateTime date = meta.date();
        String fileName = relativeName.substring(relativeName.lastIndexOf('/') + 1);
        return switch (token) {
            case "year" -> String.format(Locale.ROOT, "%04d", date.getYear());
            case "month" -> two(date.getMonthValue());
            case "day" -> two(date.getDayOfMonth());
            case "i_month" -> String.valueOf(date.getMonthValue());
            case "i_day" -> String.valueOf(date.getDayOfMonth());
            case "hour" -> two(date.getHour());
            case "minute" -> two(date.getMinute());
            case "second" -> two(date.getSecond());
            case "slug" -> Slugs.postSlug(meta.slug().isEmpty() ? meta.title() : meta.slug());
            case "slugorfilename" -> Slugs.postSlug(meta.slug().isEmpty() ? fileName : meta.slug());
            case "filename" -> Slugs.postSlug(fileName);
            case "name" -> meta.slug().isEmpty() ? fileName : meta.slug();
            default -> style == Style.HEXO
                    ? (meta.slug().isEmpty() ? relativeName : meta.slug())
                    : Slugs.postSlug(meta.title());
        };
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /** Makes a path NFC with single slashes and a trailing one unless it names a {@code file} ({@code a.html}). */
    private static Optional<String> normalize(String path, boolean file) {
        String nfc = Normalizer.normalize(path, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        for (String segment : nfc.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals(".") || segment.equals("..") || segment.strip().isEmpty()) {
                return Optional.empty();
            }
            out.append('/').append(segment);
        }
        if (out.length() == 0) {
            return Optional.empty();
        }
        return Optional.of(file ? out.toString() : out.append('/').toString());
    }
}
