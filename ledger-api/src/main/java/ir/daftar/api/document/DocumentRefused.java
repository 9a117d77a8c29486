package ir.daftar.api.document;

import ir.daftar.core.common.Rule;
import org.springframework.http.HttpStatus;

/**
 * An upload refused before anything was written (A5/A6): the rule, the field it is about and the status
 * to answer with. Answered by {@link DocumentProblems} as a problem naming both.
 */
public final class DocumentRefused extends RuntimeException {

    private final Rule rule;
    private final String field;
    private final HttpStatus status;

    public DocumentRefused(Rule rule, String field, HttpStatus status, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
        this.status = status;
    }

    public Rule rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    public HttpStatus status() {
        return status;
    }
}
