package ir.daftar.core.common;

import java.util.Objects;

/**
 * A request refused by a rule of the regulation. Carries the rule (and so its article); the
 * message is for logs only, people see the translated text of the rule.
 */
public class RuleViolation extends RuntimeException {

    private final Rule rule;
    private final String field;

    public RuleViolation(Rule rule, String message) {
        this(rule, null, message);
    }

    /** A refusal about one input field, named as the request names it (e.g. {@code eligibility.qualifications.birthDate}). */
    public RuleViolation(Rule rule, String field, String message) {
        super(rule.name() + ": " + message, null, false, false);
        this.rule = Objects.requireNonNull(rule);
        this.field = field;
    }

    /** The input field the refusal is about, or {@code null} when it is about the request as a whole. */
    public String field() {
        return field;
    }

    public Rule rule() {
        return rule;
    }

    /** Throws when the condition does not hold. */
    public static void require(boolean condition, Rule rule, String message) {
        if (!condition) {
            throw new RuleViolation(rule, message);
        }
    }

    /** Throws, naming the input field, when the condition does not hold. */
    public static void require(boolean condition, Rule rule, String field, String message) {
        if (!condition) {
            throw new RuleViolation(rule, field, message);
        }
    }
}
