package ir.daftar.core.testing;

import static ir.daftar.core.testing.RuleMatchers.violates;
import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import org.hamcrest.StringDescription;
import org.junit.jupiter.api.Test;

/** The refusal matcher used by every aggregate test must itself be able to fail. */
class RuleMatchersTest {

    @Test
    void matches_a_violation_of_the_same_rule() {
        assertThat(violates(Rule.A5_FEE_NOT_PAID).matches(new RuleViolation(Rule.A5_FEE_NOT_PAID, "x"))).isTrue();
    }

    @Test
    void does_not_match_a_violation_of_another_rule() {
        var matcher = violates(Rule.A5_FEE_NOT_PAID);
        RuleViolation other = new RuleViolation(Rule.A5_FEE_NOT_ASSESSED, "x");

        assertThat(matcher.matches(other)).isFalse();
        StringDescription mismatch = new StringDescription();
        matcher.describeMismatch(other, mismatch);
        assertThat(mismatch.toString()).contains("A5_FEE_NOT_ASSESSED");
    }

    @Test
    void does_not_match_other_exceptions_or_nothing() {
        var matcher = violates(Rule.A5_FEE_NOT_PAID);

        assertThat(matcher.matches(new IllegalArgumentException("A5_FEE_NOT_PAID"))).isFalse();
        assertThat(matcher.matches(null)).isFalse();
        assertThat(matcher.matches("A5_FEE_NOT_PAID")).isFalse();
    }
}
