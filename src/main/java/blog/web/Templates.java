package blog.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The Thymeleaf engine over {@code templates/*.html} on the class path; thread-safe, built once. In
 * watch mode it reads them from a folder on disk instead, uncached, so an edit shows on the next render.
 */
final class Templates {

    private final TemplateEngine engine = new TemplateEngine();

    Templates() {
        this(null);
    }

    /** Reads the templates from {@code dir} when it is a folder (watch mode), else from the class path. */
    Templates(Path dir) {
        boolean onDisk = dir != null && Files.isDirectory(dir);
        AbstractConfigurableTemplateResolver resolver = onDisk ? new FileTemplateResolver()
                : new ClassLoaderTemplateResolver();
        resolver.setPrefix(onDisk ? dir.toAbsolutePath() + "/" : "templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        // Java 17 may run with an ASCII platform charset; the templates hold Chinese text.
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(!onDisk);
        engine.setTemplateResolver(resolver);
    }

    /** Renders {@code template} with the given model. */
    String render(String template, Map<String, Object> model) {
        Context context = new Context();
        model.forEach(context::setVariable);
        return engine.process(template, context);
    }
}
