package ir.daftar.core.discipline;

import ir.daftar.core.calendar.TehranTime;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import java.time.Instant;

/**
 * A35: a penalty by degree: (1) verbal warning, (2) written warning, (3) written reprimand recorded in the
 * file, (4) reprimand published on the Center's website, (5) temporary licence suspension of 3 months to 2
 * years, (6) permanent licence revocation.
 *
 * @param suspensionMonths for degree 5 only: 3 to 24 months
 */
public record Penalty(int degree, Integer suspensionMonths) {

    public Penalty {
        RuleViolation.require(degree >= 1 && degree <= 6, Rule.A35_PENALTY_INVALID, "a penalty is of degree 1 to 6");
        if (degree == 5) {
            RuleViolation.require(suspensionMonths != null && suspensionMonths >= 3 && suspensionMonths <= 24,
                    Rule.A35_PENALTY_INVALID, "a suspension lasts 3 months to 2 years");
        } else {
            RuleViolation.require(suspensionMonths == null, Rule.A35_PENALTY_INVALID,
                    "only a suspension (degree 5) has a period");
        }
    }

    public static Penalty of(int degree) {
        return new Penalty(degree, null);
    }

    public static Penalty suspension(int months) {
        return new Penalty(5, months);
    }

    /** A36: degrees 1-4 are final when issued; 5 and 6 may be appealed. */
    public boolean appealable() {
        return degree >= 5;
    }

    /** A35-5/6: a measure on the office's licence. */
    public boolean onLicence() {
        return degree >= 5;
    }

    /** A35-5: the end of a suspension that starts at {@code from}: the same time of day, that many months later in Tehran. */
    public Instant suspensionEnd(Instant from) {
        return from.atZone(TehranTime.ZONE).plusMonths(suspensionMonths).toInstant();
    }
}
