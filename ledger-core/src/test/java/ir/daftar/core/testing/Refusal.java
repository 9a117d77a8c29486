package ir.daftar.core.testing;

import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a {@link RuleViolation} of one rule, for {@code fixture...expectException(refusedBy(Rule.X))}. */
public final class Refusal {

    private Refusal() {
    }

    public static Matcher<RuleViolation> refusedBy(Rule rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.rule() == rule;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal by rule ").appendText(rule.name());
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description description) {
                description.appendText("refused by ").appendText(violation.rule().name());
            }
        };
    }
}
