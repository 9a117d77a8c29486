package ir.daftar.api.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps every failure to an RFC 9457 problem: 422 for a rule refusal (with its code and
 * article), 400 for malformed input (each field named), 404 for unknown ids, 409 for a
 * concurrent change, 429 with {@code Retry-After} for a limit on attempts, 503 with {@code Retry-After}
 * when the database cannot be reached. Technical faults are 500 with no detail: the log has it.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail rule(RuleViolation e) {
        return about(explained(problems.rule(e.rule()), e.rule(), e.getMessage()), e);
    }

    /** A refusal about one input field (e.g. an A16-A21 condition, ADR 0910) names it in {@code field}. */
    private static ProblemDetail about(ProblemDetail problem, Throwable cause) {
        if (cause instanceof RuleViolation v && v.field() != null) {
            problem.setProperty("field", v.field());
        }
        return problem;
    }

    /**
     * A22 (ADR 0900): a licence refusal says which condition fails (never issued, expired at, suspended until,
     * revoked, relinquished), in {@code reason}; so do a late appeal (its last day, A36) and a repeat offence (the
     * earlier ruling, A38; ADR 1200) and a Kanoon representative who sits on a Kanoon's board (which one, A34); other
     * rules keep their translated text only.
     */
    private static ProblemDetail explained(ProblemDetail problem, Rule rule, String message) {
        if (message != null && (rule == Rule.A22_LICENCE_NOT_IN_FORCE || rule == Rule.A36_APPEAL_OUT_OF_TIME
                || rule == Rule.A38_REPEAT_OFFENCE_HIGHER_DEGREE || rule == Rule.A34_KANOON_REPRESENTATIVE_ON_KANOON_BOARD)) {
            problem.setProperty("reason", message);
        }
        return problem;
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail command(CommandExecutionException e, HttpServletRequest request, HttpServletResponse response) {
        Optional<Rule> rule = ruleOf(e);
        if (rule.isPresent()) {
            return about(explained(problems.rule(rule.get()), rule.get(), e.getMessage()), e.getCause());
        }
        if (DatabaseUnavailable.isCause(e)) {
            return databaseUnavailable(e, request, response);
        }
        return fromCause(e.getCause() == null ? e : e.getCause());
    }

    /**
     * A storage failure, wherever it surfaced: a controller's own SQL, a command's unit of work or
     * event store, a query handler, the status-lookup log. Spring matches these types among the
     * causes of a wrapper too (a query's {@code CompletionException}, Axon's
     * {@code EventStoreException}); {@code e} is the outermost exception. A database that cannot be
     * reached is a 503 the client may retry; any other storage failure is a technical fault. Without
     * this, a dead pooled connection (an {@code EOFException} at the bottom of the chain) was taken by
     * Spring MVC for a client that had gone away and answered {@code 200} with an empty body.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, SQLException.class})
    ProblemDetail storage(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (DatabaseUnavailable.isCause(e)) {
            return databaseUnavailable(e, request, response);
        }
        log.error("storage failed", e);
        return problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR");
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        ProblemDetail p = problems.of(HttpStatus.BAD_REQUEST, "INVALID_INPUT");
        p.setProperty("errors", e.errors().stream().map(f -> Map.of(
                "field", f.field(), "code", f.code(), "message", problems.text("field." + f.code(), f.message()))).toList());
        return p;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail validation(MethodArgumentNotValidException e) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.add(new InvalidInput.FieldError(
                f.getField(), "INVALID", f.getDefaultMessage() == null ? "invalid" : f.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.add(new InvalidInput.FieldError(
                g.getObjectName(), "INVALID", g.getDefaultMessage() == null ? "invalid" : g.getDefaultMessage())));
        return invalid(new InvalidInput(errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge) {
                return problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE");
            }
        }
        String field = "body";
        if (e.getCause() instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : jme.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            field = path.toString();
        }
        Throwable cause = e.getCause();
        if (cause instanceof ir.daftar.api.config.json.PlainText.NotPlainText) {
            return invalid(InvalidInput.of(field, "NOT_PLAIN_TEXT", "plain text only: no control characters or markup"));
        }
        if (cause instanceof UnrecognizedPropertyException) {
            return invalid(InvalidInput.of(field, "UNKNOWN_FIELD", "not a field of this request"));
        }
        if (cause instanceof JsonParseException jpe && jpe.getOriginalMessage() != null
                && jpe.getOriginalMessage().startsWith("Duplicate field")) {
            return invalid(InvalidInput.of(field, "DUPLICATE_FIELD", "a field is given once"));
        }
        if (cause instanceof StreamConstraintsException) {
            return invalid(InvalidInput.of(field, "TOO_LARGE", "nested too deep or text too long"));
        }
        if (cause instanceof MismatchedInputException mie && !mie.getPath().isEmpty()) {
            // "name":123, "pageCount":"2" or 1.5, "kind":0, "route":"SOMEWHERE": the field's value is not of its type
            return invalid(InvalidInput.of(field, "WRONG_TYPE", "not a value of this field's type"));
        }
        return invalid(InvalidInput.of(field, "MALFORMED", "not readable as the expected JSON"));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class})
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return invalid(InvalidInput.of(e.getParameterName(), "REQUIRED", "required"));
    }

    @ExceptionHandler({MissingRequestHeaderException.class})
    ProblemDetail missingHeader(MissingRequestHeaderException e) {
        return invalid(InvalidInput.of(e.getHeaderName(), "REQUIRED", "required"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(InvalidInput.of(e.getName(), "INVALID", "wrong type"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        return problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE");
    }

    /** An {@code Accept} without JSON: answered as a problem all the same, not logged as a warning. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return problems.of(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return problems.of(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED");
    }

    @ExceptionHandler({NotFound.class, AggregateNotFoundException.class, NoResourceFoundException.class})
    ProblemDetail notFound(Exception e) {
        ProblemDetail p = problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND");
        if (e instanceof NotFound nf && nf.instance() != null) {
            p.setInstance(URI.create(nf.instance()));
        }
        return p;
    }

    @ExceptionHandler(TooManyRequests.class)
    ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequests e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problems.of(HttpStatus.TOO_MANY_REQUESTS, e.code()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problems.of(HttpStatus.FORBIDDEN, "FORBIDDEN");
    }

    /**
     * Creating an aggregate whose id is taken, or acting on an id that belongs to another kind of aggregate
     * (offices and reporting bodies share one id space).
     */
    @ExceptionHandler({AggregateStreamCreationException.class, IncompatibleAggregateException.class})
    ProblemDetail idTaken(RuntimeException e, HttpServletRequest request) {
        Object pathIds = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (e instanceof IncompatibleAggregateException && pathIds instanceof Map<?, ?> ids && !ids.isEmpty()) {
            // an act on /things/{id} where the id names another kind of aggregate: there is no such thing
            return problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND");
        }
        log.info("refused: the id is already used ({})", e.getClass().getSimpleName());
        return fromCause(e);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail conflict(ConcurrencyException e) {
        return problems.of(HttpStatus.CONFLICT, "CONCURRENT_CHANGE");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        return invalid(InvalidInput.of("body", "INVALID", e.getMessage()));
    }

    private ProblemDetail databaseUnavailable(Exception e, HttpServletRequest request, HttpServletResponse response) {
        DatabaseUnavailable.answered(request, response, e);
        return problems.databaseUnavailable();
    }

    private ProblemDetail fromCause(Throwable cause) {
        if (cause instanceof RuleViolation v) {
            return problems.rule(v.rule());
        }
        if (cause instanceof AggregateNotFoundException) {
            return problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND");
        }
        if (cause instanceof AggregateStreamCreationException || cause instanceof IncompatibleAggregateException) {
            // the id is taken (offices and reporting bodies share one id space): a conflict, not a fault
            return problems.of(HttpStatus.CONFLICT, "ID_ALREADY_USED");
        }
        if (cause instanceof ConcurrencyException) {
            return problems.of(HttpStatus.CONFLICT, "CONCURRENT_CHANGE");
        }
        if (cause instanceof IllegalArgumentException iae) {
            return illegalArgument(iae);
        }
        log.error("command failed", cause);
        return problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR");
    }

    static Optional<Rule> ruleOf(HandlerExecutionException e) {
        Optional<Object> details = e.getDetails();
        if (details.isPresent() && details.get() instanceof String code) {
            try {
                return Optional.of(Rule.valueOf(code));
            } catch (IllegalArgumentException notARule) {
                return Optional.empty();
            }
        }
        if (e.getCause() instanceof RuleViolation v) {
            return Optional.of(v.rule());
        }
        return Optional.empty();
    }
}
