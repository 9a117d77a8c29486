package ir.daftar.api.problem;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The container's own error answers as problem documents in the request's language, in place of
 * Tomcat's HTML page: for requests Tomcat refuses before the application sees them (a path that does
 * not decode or normalise, such as an encoded NUL; a request line that is not HTTP; {@code CONNECT}).
 * Errors inside the application are answered by the application itself or its error page
 * ({@link ProblemErrorController}); this valve writes only when nothing has been written.
 */
final class ProblemReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);

    private final Supplier<ProblemWriter> problems;

    ProblemReportValve(Supplier<ProblemWriter> problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int statusCode = response.getStatus();
        // as Tomcat's own valve: not for a success, not when a body was written, and only once
        if (statusCode < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(statusCode);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        try {
            ProblemWriter writer = problems.get();
            ProblemDetail p = writer.problem(request, status, Problems.codeFor(status), more -> { });
            String body = writer.json(p);
            response.resetBuffer();
            writer.prepare(response, status);
            PrintWriter out = response.getReporter();
            if (out != null) {
                out.write(body);
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("could not write the problem document for a {} refused by the container: {}", statusCode, e.toString());
        }
    }
}
