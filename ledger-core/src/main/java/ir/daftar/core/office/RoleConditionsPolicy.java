package ir.daftar.core.office;

import static ir.daftar.core.common.RuleViolation.require;

import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.common.Rule;
import ir.daftar.core.office.StaffEligibility.Qualifications;

/**
 * A17-A20: the conditions of each post. Every post asks for a degree, an age of at least 25 on the hiring day and
 * computer skills approved by the GD; the manager also five years' relevant experience (A17-3).
 */
final class RoleConditionsPolicy {

    static final String FIELD = "eligibility.qualifications.";

    /** A17-2, A18-2, A19-2, A20-2. */
    static final int MINIMUM_AGE = 25;

    /** A17-3. */
    static final int MANAGER_EXPERIENCE_YEARS = 5;

    private RoleConditionsPolicy() {
    }

    /** The conditions of {@code role}, in its article's order, checked on the Jalali hiring day. */
    static void met(StaffRole role, Qualifications q, JalaliDate hiredOn) {
        switch (role) {
            case MANAGER -> {
                require(legalDegree(q), Rule.A17_DEGREE, FIELD + "degree",
                        "the manager holds a bachelor's or higher in law, fiqh or judicial sciences, or seminary level 2+");
                require(ageOnDay(q.birthDate(), hiredOn) >= MINIMUM_AGE, Rule.A17_AGE, FIELD + "birthDate",
                        "the manager is at least 25 on " + hiredOn);
                require(q.relevantExperienceYears() >= MANAGER_EXPERIENCE_YEARS, Rule.A17_EXPERIENCE,
                        FIELD + "relevantExperienceYears", "the manager has five years' relevant experience");
                require(q.computerSkillsApproval() != null, Rule.A17_COMPUTER_SKILLS, FIELD + "computerSkillsApproval",
                        "the GD approved the manager's computer skills");
            }
            case LEGAL_EXPERT -> {
                require(legalDegree(q), Rule.A18_DEGREE, FIELD + "degree",
                        "the legal expert holds a bachelor's or higher in law, fiqh or judicial sciences, or seminary level 2+");
                require(ageOnDay(q.birthDate(), hiredOn) >= MINIMUM_AGE, Rule.A18_AGE, FIELD + "birthDate",
                        "the legal expert is at least 25 on " + hiredOn);
                require(q.computerSkillsApproval() != null, Rule.A18_COMPUTER_SKILLS, FIELD + "computerSkillsApproval",
                        "the GD approved the legal expert's computer skills");
            }
            case IT_EXPERT -> {
                require(q.degree().universityAtLeast(DegreeLevel.ASSOCIATE) && q.field() == StudyField.COMPUTING,
                        Rule.A19_DEGREE, FIELD + "degree", "the IT expert holds an associate degree or higher in computing or IT");
                require(ageOnDay(q.birthDate(), hiredOn) >= MINIMUM_AGE, Rule.A19_AGE, FIELD + "birthDate",
                        "the IT expert is at least 25 on " + hiredOn);
                require(q.computerSkillsApproval() != null, Rule.A19_COMPUTER_SKILLS, FIELD + "computerSkillsApproval",
                        "the GD approved the IT expert's computer skills");
            }
            case CLERK -> {
                require(q.degree().universityAtLeast(DegreeLevel.ASSOCIATE), Rule.A20_DEGREE, FIELD + "degree",
                        "the clerk holds an associate degree or higher");
                require(ageOnDay(q.birthDate(), hiredOn) >= MINIMUM_AGE, Rule.A20_AGE, FIELD + "birthDate",
                        "the clerk is at least 25 on " + hiredOn);
                require(q.computerSkillsApproval() != null, Rule.A20_COMPUTER_SKILLS, FIELD + "computerSkillsApproval",
                        "the GD approved the clerk's computer skills");
            }
        }
    }

    /** A17-1/A18-1: a university bachelor's or higher in law, fiqh or judicial sciences, or seminary level 2+. */
    static boolean legalDegree(Qualifications q) {
        return q.degree().seminaryLevelTwoOrHigher() || (q.degree().universityAtLeast(DegreeLevel.BACHELOR) && q.field().legal());
    }

    /**
     * Whole Jalali years from {@code birth} to {@code day}: a year is complete on the birthday's day and month.
     * Someone born on 30 Esfand (a leap day) completes a year on 1 Farvardin in the years without one.
     */
    static int ageOnDay(JalaliDate birth, JalaliDate day) {
        if (day.compareTo(birth) < 0) {
            return -1;
        }
        int years = day.year() - birth.year();
        if (day.compareTo(anniversary(birth, years)) < 0) {
            years--;
        }
        return years;
    }

    /** The day {@code birth} turns {@code years} Jalali years old. */
    static JalaliDate anniversary(JalaliDate birth, int years) {
        int year = birth.year() + years;
        if (birth.day() > JalaliDate.monthLength(year, birth.month())) {
            return new JalaliDate(year + 1, 1, 1);
        }
        return new JalaliDate(year, birth.month(), birth.day());
    }
}
