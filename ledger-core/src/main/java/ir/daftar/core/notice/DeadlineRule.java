package ir.daftar.core.notice;

import java.util.Objects;

/** A period in days that starts with service, e.g. APPEAL 20 days, REPLY 10 days. */
public record DeadlineRule(DeadlineKind kind, int days) {

    public DeadlineRule {
        Objects.requireNonNull(kind, "deadline kind");
        if (days < 1 || days > 365) {
            throw new IllegalArgumentException("a deadline is 1 to 365 days");
        }
    }
}
