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

    public ProblemDetail of(HttpStatus status, String code) {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setType(URI.create("urn:daftar:problem:" + code));
        p.setTitle(text("problem." + code, status.getReasonPhrase()));
        p.setProperty("code", code);
        return p;
    }

    public String text(String key, String fallback) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, fallback, locale);
    }
}
