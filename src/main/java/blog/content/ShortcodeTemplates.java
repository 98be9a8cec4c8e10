package blog.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * A blogger's own shortcodes: one Thymeleaf template {@code NAME.html} per shortcode in a folder.
 * A template sees {@code name}, {@code args} (positional), {@code params} (named) and {@code inner}
 * (HTML; Markdown rendered for the {@code %} form). Its output is sanitized like the rest of the post.
 */
final class ShortcodeTemplates implements ShortcodeHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ShortcodeTemplates.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private final TemplateEngine engine;
    private final Path dir;

    private ShortcodeTemplates(TemplateEngine engine, Path dir) {
        this.engine = engine;
        this.dir = dir;
    }

    /** Returns the templates in {@code dir}, which need not exist yet. */
    static ShortcodeTemplates in(Path dir) {
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(dir.toAbsolutePath() + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        // Templates are read again on each render: a body is rendered once and then cached, and a
        // blogger editing a template in watch mode sees the change at once.
        resolver.setCacheable(false);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return new ShortcodeTemplates(engine, dir);
    }

    /**
     * Tells whether there is a template for {@code name}. Asked of the folder each time (a body is
     * rendered once, then cached), so a template added while the blog runs is used at once.
     */
    boolean has(String name) {
        return NAME.matcher(name).matches() && Files.isRegularFile(dir.resolve(name + ".html"));
    }

    @Override
    public String render(Shortcode sc, UnaryOperator<String> markdown) {
        Context context = new Context();
        context.setVariable("name", sc.name());
        context.setVariable("args", sc.args());
        context.setVariable("params", sc.params());
        context.setVariable("inner", sc.markdown() ? markdown.apply(sc.inner()) : sc.inner());
        try {
            return engine.process(sc.name(), context);
        } catch (TemplateProcessingException e) {
            // A broken template must not break the page: show the inner text and say why in the log.
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            LOG.warn("{}:{}: the shortcode template failed ({}); {} shows its inner text only",
                    dir.resolve(sc.name() + ".html"), e.getLine() == null ? 1 : Math.max(1, e.getLine()), cause,
                    sc.tag());
            return sc.paired() ? markdown.apply(sc.inner()) : "";
        }
    }
}
