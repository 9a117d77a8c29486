package ir.daftar.ops.inspection;

import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.office.DegreeLevel;
import ir.daftar.core.office.MilitaryService;
import ir.daftar.core.office.StaffEligibility;
import ir.daftar.core.office.StaffEligibility.GeneralConditions;
import ir.daftar.core.office.StaffEligibility.Prohibitions;
import ir.daftar.core.office.StaffEligibility.Qualifications;
import ir.daftar.core.office.StaffRole;
import ir.daftar.core.office.StudyField;

/**
 * A16-A21 evidence for the generated staff of the tools' offices (scenarios, benchmarks): every condition met,
 * each document reference naming the person, so that a generated office is hired through the same rules as a
 * real one (ADR 0910).
 */
public final class GeneratedEligibility {

    /** Old enough on any day the tools simulate. */
    private static final JalaliDate BORN = JalaliDate.parse("1360/01/15");

    private GeneratedEligibility() {
    }

    public static StaffEligibility forRole(StaffRole role, String nationalCode) {
        String ref = "GEN-" + nationalCode;
        GeneralConditions general = new GeneralConditions(ref, ref, ref, ref, ref, MilitaryService.NOT_APPLICABLE, null, ref);
        Qualifications qualifications = switch (role) {
            case MANAGER -> new Qualifications(DegreeLevel.BACHELOR, StudyField.LAW, "حقوق", BORN, 10, ref, null);
            case LEGAL_EXPERT -> new Qualifications(DegreeLevel.BACHELOR, StudyField.LAW, "حقوق", BORN, 0, ref, null);
            case IT_EXPERT -> new Qualifications(DegreeLevel.ASSOCIATE, StudyField.COMPUTING, "فناوری اطلاعات", BORN, 0, ref,
                    null);
            case CLERK -> new Qualifications(DegreeLevel.ASSOCIATE, StudyField.OTHER, "مدیریت", BORN, 0, ref, null);
        };
        return new StaffEligibility(general, qualifications, new Prohibitions(false, false, false, false, false));
    }
}
