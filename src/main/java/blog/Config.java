package blog;

import blog.content.Permalinks;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Every setting of the blog, read once at startup from {@code blog-defaults.properties} with
 * environment variables of the same names taking precedence.
 *
 * @param baseUrl the absolute site address without a trailing slash, used in absolute links
 * @param cspExtra Content-Security-Policy directives merged into the default policy, empty for none
 * @param shortcodesDir the folder of the blogger's shortcode templates; by default {@code shortcodes}
 *     beside the posts folder
 * @param watch reload posts and templates when their files change, for writing locally
 * @param templatesDir where watch mode reads the page templates from, when that folder exists
 * @param permalinks where posts live ({@code BLOG_PERMALINK}, {@code BLOG_PERMALINK_STYLE})
 */
public record Config(int port, Path postsDir, Path publicDir, String baseUrl, String title,
        String description, ZoneId timezone, int pageSize, boolean drafts, boolean future, String cspExtra,
        Path shortcodesDir, boolean watch, Path templatesDir, Permalinks permalinks) {

    /** Loads the defaults, then applies overrides from {@code env}. */
    public static Config load(Map<String, String> env) {
        Properties defaults = new Properties();
        try (InputStream in = Config.class.getResourceAsStream("/blog-defaults.properties")) {
            defaults.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("blog-defaults.properties is missing from the jar", e);
        }
        Values v = new Values(defaults, env);
        int port = v.integer("PORT", 0, 65535);
        String base = v.text("BLOG_BASE_URL");
        Path posts = v.path("BLOG_POSTS_DIR");
        String shortcodes = v.text("BLOG_SHORTCODES_DIR");
        return new Config(port, posts, v.path("BLOG_PUBLIC_DIR"),
                base.isEmpty() ? "http://localhost:" + port : v.url("BLOG_BASE_URL"),
                v.required("BLOG_TITLE"), v.text("BLOG_DESCRIPTION"), v.zone("BLOG_TIMEZONE"),
                v.integer("BLOG_PAGE_SIZE", 1, 1000), v.bool("BLOG_DRAFTS"), v.bool("BLOG_FUTURE"),
                v.cspDirectives("BLOG_CSP_EXTRA"),
                shortcodes.isEmpty() ? defaultShortcodesDir(posts) : Path.of(shortcodes), v.bool("BLOG_WATCH"),
                v.path("BLOG_TEMPLATES_DIR"), v.permalinks());
    }

    /** Returns where shortcode templates are looked for when {@code BLOG_SHORTCODES_DIR} is not set. */
    static Path defaultShortcodesDir(Path postsDir) {
        return postsDir.toAbsolutePath().normalize().resolveSibling("shortcodes");
    }

    /** Returns the shortcode folder for another posts folder: beside it, unless one was set. */
    public Path shortcodesDirFor(Path otherPostsDir) {
        return shortcodesDir.equals(defaultShortcodesDir(postsDir)) ? defaultShortcodesDir(otherPostsDir) : shortcodesDir;
    }

    /** Returns a copy that serves on another port, keeping a derived base URL in step. */
    public Config withPort(int newPort) {
        String base = baseUrl.equals("http://localhost:" + port) ? "http://localhost:" + newPort : baseUrl;
        return new Config(newPort, postsDir, publicDir, base, title, description, timezone, pageSize, drafts, future,
                cspExtra, shortcodesDir, watch, templatesDir, permalinks);
    }

    /** A setting that cannot be used; the message names the variable and says what is expected. */
    public static final class Invalid extends RuntimeException {
        Invalid(String name, String value, String expected) {
            super(name + "=\"" + value + "\" is not valid: " + expected, null, false, false);
        }
    }

    /** A directive name, then sources: host or scheme sources, or quoted keywords such as 'self'. */
    private static final java.util.regex.Pattern CSP_DIRECTIVE = java.util.regex.Pattern.compile(
            "[a-z][a-z-]*([ \\t]+('[a-z0-9+/=-]+'|[a-zA-Z0-9*][a-zA-Z0-9*.:/%?#=&_+~@-]*))*");

    private record Values(Properties defaults, Map<String, String> env) {

        String text(String name) {
            String value = env.get(name);
            return (value != null ? value : defaults.getProperty(name, "")).strip();
        }

        String required(String name) {
            String value = text(name);
            if (value.isEmpty()) {
                throw new Invalid(name, value, "it must not be empty");
            }
            return value;
        }

        Path path(String name) {
            return Path.of(required(name));
        }

        int integer(String name, int min, int max) {
            String value = text(name);
            try {
                int n = Integer.parseInt(value);
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below with the expected range
            }
            throw new Invalid(name, value, "expected a whole number from " + min + " to " + max);
        }

        boolean bool(String name) {
            String value = text(name).toLowerCase(Locale.ROOT);
            switch (value) {
                case "true", "1", "yes", "on":
                    return true;
                case "false", "0", "no", "off", "":
                    return false;
                default:
                    throw new Invalid(name, value, "expected true or false");
            }
        }

        ZoneId zone(String name) {
            String value = text(name);
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw new Invalid(name, value, "expected a time zone such as Asia/Taipei or UTC");
            }
        }

        /**
         * Directives separated by {@code ;}, each a directive name and its sources, as in a
         * Content-Security-Policy header: {@code img-src https://cdn.example.com; frame-src https://www.youtube-nocookie.com}.
         */
        String cspDirectives(String name) {
            String value = text(name);
            for (String directive : value.split(";")) {
                if (!directive.isBlank() && !CSP_DIRECTIVE.matcher(directive.strip()).matches()) {
                    throw new Invalid(name, value, "\"" + directive.strip() + "\" is not a directive; expected "
                            + "directives separated by ';', each a name and sources, such as "
                            + "img-src https://cdn.example.com; frame-src https://www.youtube-nocookie.com");
                }
            }
            return value;
        }

        Permalinks permalinks() {
            String style = text("BLOG_PERMALINK_STYLE").toUpperCase(Locale.ROOT);
            if (!style.equals("HUGO") && !style.equals("HEXO")) {
                throw new Invalid("BLOG_PERMALINK_STYLE", text("BLOG_PERMALINK_STYLE"), "expected hugo or hexo");
            }
            try {
                return new Permalinks(required("BLOG_PERMALINK"), Permalinks.Style.valueOf(style));
            } catch (IllegalArgumentException e) {
                throw new Invalid("BLOG_PERMALINK", text("BLOG_PERMALINK"), e.getMessage());
            }
        }

        String url(String name) {
            String value = text(name);
            try {
                URI uri = new URI(value);
                boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
                if (web && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null) {
                    return value.replaceAll("/+$", "");
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            throw new Invalid(name, value, "expected an absolute address such as https://blog.example.com");
        }
    }
}
