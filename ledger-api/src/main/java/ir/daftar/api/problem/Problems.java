package ir.daftar.api.problem;

import ir.daftar.core.common.Rule;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem documents: a stable {@code code}, the {@code article} of the
 * regulation when a rule refused the request, and a title and detail in the reader's
 * language (Persian by default, English on request).
 */
@Component
public class Problems {

    public static final String DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";

    /** A request the container or the firewall refused before any controller: its path, method or headers are not valid. */
    public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail rule(Rule rule) {
        ProblemDetail p = of(HttpStatus.UNPROCESSABLE_ENTITY, rule.name());
        p.setDetail(text("rule." + rule.name(), rule.name()));
        if (rule.article() != null) {
            p.setProperty("article", rule.article());
        }
        return p;
    }

    /**
     * 503: the database cannot be reached (stopped, restarting, out of disk). The same request may
     * be sent again after {@code Retry-After}; the caller sets that header.
     */
    public ProblemDetail databaseUnavailable() {
        ProblemDetail p = of(HttpStatus.SERVICE_UNAVAILABLE, DATABASE_UNAVAILABLE);
        describeDatabaseUnavailable(p);
        return p;
    }

    /** The detail of {@link #databaseUnavailable()}: send the same request again, with the same Idempotency-Key. */
    void describeDatabaseUnavailable(ProblemDetail p) {
        p.setDetail(text("detail." + DATABASE_UNAVAILABLE, null));
    }

    /**
     * The code of a status answered without a more precise one: by the error page or the container, for a
     * request that never reached a controller. Statuses without a code of their own keep their name.
     */
    public static String codeFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> MALFORMED_REQUEST;
            case UNAUTHORIZED -> "UNAUTHENTICATED";
            case INTERNAL_SERVER_ERROR -> "INTERNAL_ERROR";
            default -> status.name();
        };
    }

    /**
     * A problem with the code's title, or the general one in the reader's language when the code has none,
     * and the code's detail when it has one.
     */
    public ProblemDetail of(HttpStatus status, String code) {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setType(URI.create("urn:daftar:problem:" + code));
        p.setTitle(text("problem." + code, text("problem.HTTP_ERROR", status.getReasonPhrase())));
        p.setProperty("code", code);
        String detail = text("detail." + code, null);
        if (detail != null) {
            p.setDetail(detail);
        }
        return p;
    }

    public String text(String key, String fallback) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, fallback, locale);
    }
}
