package ir.daftar.api.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.function.Consumer;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Writes a problem document outside Spring MVC (security filters), in the language the application
 * resolves for the request (Persian unless English is asked for), as inside it.
 */
@Component
public class ProblemWriter {

    private final Problems problems;
    private final ObjectMapper json;
    private final LocaleResolver locales;

    public ProblemWriter(Problems problems, ObjectMapper json, LocaleResolver locales) {
        this.problems = problems;
        this.json = json;
        this.locales = locales;
    }

    /** 503 with {@code Retry-After}, for a filter that needed the database and could not reach it. */
    public void databaseUnavailable(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        DatabaseUnavailable.answered(request, response, failure);
        write(request, response, HttpStatus.SERVICE_UNAVAILABLE, Problems.DATABASE_UNAVAILABLE,
                problems::describeDatabaseUnavailable);
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        write(request, response, status, code, p -> { });
    }

    /** With more to say: {@code more} may set a detail or properties (texts it looks up are in the request's language). */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                      Consumer<ProblemDetail> more) throws IOException {
        ProblemDetail p;
        LocaleContext outer = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locales.resolveLocale(request));
        try {
            p = problems.of(status, code);
            more.accept(p);
        } finally {
            LocaleContextHolder.setLocaleContext(outer);
        }
        p.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"daftar\"");
        }
        json.writeValue(response.getOutputStream(), p);
    }
}
