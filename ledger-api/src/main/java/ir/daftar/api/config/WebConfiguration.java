package ir.daftar.api.config;

import ir.daftar.api.web.PageLocale;
import ir.daftar.core.common.MetaDataKeys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Persian first, English second ({@link PageLocale}); a request id on every request and its log lines. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

    public static final Locale PERSIAN = Locale.forLanguageTag("fa");

    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9\\-]{8,64}");

    @Bean
    public LocaleResolver localeResolver() {
        return new PageLocale();
    }

    /**
     * No content-versioned asset URLs: Spring Boot registers the resource URL encoder when a web jar locator is on
     * the class path (Swagger UI's), and every link a page wrote then went through it, looked up on the class path
     * link by link (a sixth of the status page's time in its profile, docs/performance.md). The pages' assets are
     * served as they are, under {@code /assets}.
     */
    @Bean
    public FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> off = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public OncePerRequestFilter requestIdFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String given = request.getHeader("X-Request-Id");
                String id = given != null && REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
                MDC.put(MetaDataKeys.REQUEST_ID, id);
                response.setHeader("X-Request-Id", id);
                try {
                    chain.doFilter(request, response);
                } finally {
                    MDC.remove(MetaDataKeys.REQUEST_ID);
                }
            }
        };
    }
}
