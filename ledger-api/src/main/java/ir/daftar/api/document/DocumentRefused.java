package ir.daftar.api.document;

import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import org.springframework.http.HttpStatus;

/**
 * An upload refused before anything was written (A5/A6): the rule, the field it is about and the status
 * to answer with. Answered by {@link DocumentProblems} as a problem naming both; a rule refusal like any other
 * to whoever knows only {@link RuleViolation} (the pages show it beside the field).
 */
public final class DocumentRefused extends RuleViolation {

    private final String field;
    private final HttpStatus status;
    private final String reason;

    public DocumentRefused(Rule rule, String field, HttpStatus status, String reason) {
        super(rule, reason);
        this.field = field;
        this.status = status;
        this.reason = reason;
    }

    /** What was found, in English, for the log and the problem's field entry. */
    public String reason() {
        return reason;
    }

    public String field() {
        return field;
    }

    public HttpStatus status() {
        return status;
    }
}
