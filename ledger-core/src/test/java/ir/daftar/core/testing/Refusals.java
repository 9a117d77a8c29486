package ir.daftar.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** AssertJ counterpart of {@link RuleMatchers}: the call is refused by exactly this rule. */
public final class Refusals {

    private Refusals() {
    }

    public static void assertRefused(ThrowingCallable call, Rule rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.rule()).isEqualTo(rule));
    }
}
