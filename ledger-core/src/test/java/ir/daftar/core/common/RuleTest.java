package ir.daftar.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rule codes are a contract (API, translations): each names the article it comes from. */
class RuleTest {

    @ParameterizedTest
    @EnumSource(value = Rule.class, names = "IDEMPOTENCY_KEY_REUSED", mode = EnumSource.Mode.EXCLUDE)
    void every_rule_code_starts_with_its_article(Rule rule) {
        assertThat(rule.article()).matches("A\\d{1,2}");
        assertThat(rule.name()).startsWith(rule.article() + "_");
    }

    @Test
    void only_technical_rules_have_no_article() {
        assertThat(Arrays.stream(Rule.values()).filter(r -> r.article() == null))
                .containsExactly(Rule.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void a_violation_carries_its_rule_and_names_it_in_the_log_message() {
        RuleViolation violation = new RuleViolation(Rule.A15_MINIMUM_STAFFING, "office OFF-2 is below its minimum");

        assertThat(violation.rule()).isEqualTo(Rule.A15_MINIMUM_STAFFING);
        assertThat(violation.getMessage()).isEqualTo("A15_MINIMUM_STAFFING: office OFF-2 is below its minimum");
    }

    @Test
    void require_throws_only_when_the_condition_fails() {
        RuleViolation.require(true, Rule.A5_FEE_NOT_PAID, "paid");

        assertThatThrownBy(() -> RuleViolation.require(false, Rule.A5_FEE_NOT_PAID, "not paid"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.A5_FEE_NOT_PAID));
    }

    @Test
    void a_violation_needs_a_rule() {
        assertThatThrownBy(() -> new RuleViolation(null, "x")).isInstanceOf(NullPointerException.class);
    }
}
