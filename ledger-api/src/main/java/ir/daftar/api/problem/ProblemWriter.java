package ir.daftar.api.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Writes a problem document outside Spring MVC (security filters). */
@Component
public class ProblemWriter {

    private final Problems problems;
    private final ObjectMapper json;

    public ProblemWriter(Problems problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    /** 503 with {@code Retry-After}, for a filter that needed the database and could not reach it. */
    public void databaseUnavailable(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        DatabaseUnavailable.answered(request, response, failure);
        write(request, response, problems.databaseUnavailable());
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        write(request, response, problems.of(status, code));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail p) throws IOException {
        HttpStatus status = HttpStatus.valueOf(p.getStatus());
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
