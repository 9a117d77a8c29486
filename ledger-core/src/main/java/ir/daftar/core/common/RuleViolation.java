package ir.daftar.core.common;

import java.util.Objects;

/**
 * A request refused by a rule of the regulation. Carries the rule (and so its article); the
 * message is for logs only, people see the translated text of the rule.
 */
public class RuleViolation extends RuntimeException {

    private final Rule rule;

    public RuleViolation(Rule rule, String message) {
        super(rule.name() + ": " + message, null, false, false);
        this.rule = Objects.requireNonNull(rule);
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
}
