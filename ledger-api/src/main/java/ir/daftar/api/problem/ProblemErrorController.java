package ir.daftar.api.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page ({@code /error}) as a problem document in the request's language, in place of Spring
 * Boot's JSON or its white-label HTML page: for every status answered with {@code sendError} outside our
 * advice (a 406 for an {@code Accept} we cannot serve, an exception out of a filter) and whatever else
 * slips through. Asked for directly, there is nothing at {@code /error}: 404.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private final ProblemWriter problems;

    ProblemErrorController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status;
        if (code instanceof Integer c) {
            status = HttpStatus.resolve(c);
            if (status == null || !status.isError()) {
                status = HttpStatus.INTERNAL_SERVER_ERROR;
            }
        } else {
            status = HttpStatus.NOT_FOUND;
        }
        response.resetBuffer();
        problems.write(request, response, status, Problems.codeFor(status));
    }
}
