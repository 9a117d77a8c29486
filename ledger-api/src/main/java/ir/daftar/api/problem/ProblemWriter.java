package ir.daftar.api.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.Consumer;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Writes a problem document outside Spring MVC (security filters, the error page, the container's
 * own refusals), in the language the application resolves for the request (Persian unless English is
 * asked for), as inside it.
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
        ProblemDetail p = problem(request, status, code, more);
        prepare(response, status);
        json.writeValue(response.getOutputStream(), p);
    }

    /**
     * The problem in the request's language. Its {@code instance} is the path the client asked for: on an
     * error dispatch ({@code /error}) the original one, and none when that path is not a valid URI
     * reference (the container refused it for that very reason).
     */
    public ProblemDetail problem(HttpServletRequest request, HttpStatus status, String code, Consumer<ProblemDetail> more) {
        ProblemDetail p;
        LocaleContext outer = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locales.resolveLocale(request));
        try {
            p = problems.of(status, code);
            more.accept(p);
        } finally {
            LocaleContextHolder.setLocaleContext(outer);
        }
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String s ? s : request.getRequestURI();
        if (path != null) {
            try {
                p.setInstance(new URI(path));
            } catch (URISyntaxException notAUri) {
                // no instance rather than an echo of what the client could not have meant
            }
        }
        return p;
    }

    /** The problem as the JSON document the other writers send, for a writer of its own (the container's). */
    public String json(ProblemDetail p) throws IOException {
        return json.writeValueAsString(p);
    }

    /** Status, content type and, for a 401, the challenge: before any byte of the body. */
    public void prepare(HttpServletResponse response, HttpStatus status) {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"daftar\"");
        }
    }
}
