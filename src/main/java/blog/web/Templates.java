package blog.web;

import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The Thymeleaf engine over {@code templates/*.html} on the class path; thread-safe, built once. */
final class Templates {

    private final TemplateEngine engine = new TemplateEngine();

    Templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        // Java 17 may run with an ASCII platform charset; the templates hold Chinese text.
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    /** Renders {@code template} with the given model. */
    String render(String template, Map<String, Object> model) {
        Context context = new Context();
        model.forEach(context::setVariable);
        return engine.process(template, context);
    }
}
