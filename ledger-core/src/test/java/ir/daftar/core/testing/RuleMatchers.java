package ir.daftar.core.testing;

import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/** Hamcrest matchers for refusals, for {@code ResultValidator.expectException(Matcher)}. */
public final class RuleMatchers {

    private RuleMatchers() {
    }

    /** A {@link RuleViolation} naming exactly {@code rule}; any other exception, or another rule, does not match. */
    public static Matcher<Throwable> violates(Rule rule) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown, Description mismatch) {
                if (!(thrown instanceof RuleViolation violation)) {
                    mismatch.appendText("was ").appendValue(thrown.getClass().getName())
                            .appendText(": ").appendValue(thrown.getMessage());
                    return false;
                }
                if (violation.rule() != rule) {
                    mismatch.appendText("refused by rule ").appendValue(violation.rule())
                            .appendText(": ").appendValue(violation.getMessage());
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation of rule ").appendValue(rule);
            }
        };
    }

    /** A {@link RuleViolation} of {@code rule} naming the input {@code field} ({@code null}: about the request as a whole). */
    public static Matcher<Throwable> violates(Rule rule, String field) {
        Matcher<Throwable> ofRule = violates(rule);
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown, Description mismatch) {
                if (!ofRule.matches(thrown)) {
                    ofRule.describeMismatch(thrown, mismatch);
                    return false;
                }
                String named = ((RuleViolation) thrown).field();
                if (!java.util.Objects.equals(named, field)) {
                    mismatch.appendText("named the field ").appendValue(named);
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation of rule ").appendValue(rule).appendText(" naming the field ")
                        .appendValue(field);
            }
        };
    }
}
