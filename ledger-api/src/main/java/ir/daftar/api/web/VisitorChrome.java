package ir.daftar.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * What a visitor (nobody signed in) sees around every page: the skip link, the bar with its navigation and language
 * switch, and the footer ({@code layout :: top} and {@code layout :: foot}). It depends only on the language and on
 * the page's own address (where the language switch comes back to), so it is rendered once per language and address
 * and then reused: the public status page is the most used page of all, and this part was about a third of the
 * elements and expressions Thymeleaf worked through for each answer (docs/performance.md). The markup stays in
 * {@code layout.html}, rendered by the same engine; a signed-in person's bar (name, role's links, sign-out form
 * with its token) is rendered for each page as before.
 *
 * <p>Only addresses without a query are kept (the switch's {@code back} is then one of the application's paths, not
 * whatever a request carried), and at most {@value #MAX_ADDRESSES} of them: beyond that the layout renders the
 * parts itself.
 */
@Component
public class VisitorChrome {

    /** The rendered parts before and after a page's {@code <main>}. */
    public record Parts(String top, String foot) {
    }

    static final int MAX_ADDRESSES = 64;

    private final SpringTemplateEngine templates;
    private final ApplicationContext context;
    private final Map<String, Parts> rendered = new ConcurrentHashMap<>();

    VisitorChrome(SpringTemplateEngine templates, ApplicationContext context) {
        this.templates = templates;
        this.context = context;
    }

    /** The parts for this request's language and the page's address {@code here}; {@code null}: render them inline. */
    public Parts forVisitor(String here, HttpServletRequest request, HttpServletResponse response) {
        if (here == null || here.indexOf('?') >= 0) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        String key = ("en".equals(locale.getLanguage()) ? "en " : "fa ") + here;
        Parts parts = rendered.get(key);
        if (parts == null && rendered.size() < MAX_ADDRESSES) {
            parts = render(here, locale, request, response);
            rendered.putIfAbsent(key, parts);
        }
        return parts;
    }

    private Parts render(String here, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("here", here);
        variables.put("role", null);
        variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        WebContext web = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), locale, variables);
        return new Parts(templates.process("layout", Set.of("top"), web).strip(),
                templates.process("layout", Set.of("foot"), web).strip());
    }
}
