package ir.daftar.core.office;

import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.office.StaffEligibility.GeneralConditions;
import ir.daftar.core.office.StaffEligibility.Prohibitions;
import ir.daftar.core.office.StaffEligibility.Qualifications;

/** Evidence that meets every condition of A16-A21 for a post, for tests to change one condition at a time. */
public final class Eligible {

    static final JalaliDate BORN = JalaliDate.parse("1370/06/15");

    static final GeneralConditions GENERAL = new GeneralConditions("شناسنامه ۱۲۳۴۵۶", "گزینش ۱۴۰۵/۲۲۱",
            "گزینش ۱۴۰۵/۲۲۱", "آزمایش اعتیاد ۹۸۷۶", "گواهی عدم سوء پیشینه ۵۵۴۴۳۳", MilitaryService.COMPLETED,
            "کارت پایان خدمت ۷۷۸۸۹۹", "گواهی پزشکی ۴۴۵۵");

    static final Prohibitions NONE_APPLIES = new Prohibitions(false, false, false, false, false);

    private Eligible() {
    }

    /** Evidence that meets every condition of the post. */
    public static StaffEligibility forRole(StaffRole role) {
        return new StaffEligibility(GENERAL, qualifications(role), NONE_APPLIES);
    }

    static Qualifications qualifications(StaffRole role) {
        return switch (role) {
            case MANAGER -> new Qualifications(DegreeLevel.MASTER, StudyField.LAW, "حقوق خصوصی", BORN, 7,
                    "اداره کل ۱۴۰۵/۳۱۲", null);
            case LEGAL_EXPERT -> new Qualifications(DegreeLevel.BACHELOR, StudyField.JUDICIAL_SCIENCES, "علوم قضایی",
                    BORN, 0, "اداره کل ۱۴۰۵/۳۱۳", null);
            case IT_EXPERT -> new Qualifications(DegreeLevel.ASSOCIATE, StudyField.COMPUTING, "فناوری اطلاعات", BORN, 0,
                    "اداره کل ۱۴۰۵/۳۱۴", null);
            case CLERK -> new Qualifications(DegreeLevel.ASSOCIATE, StudyField.OTHER, "حسابداری", BORN, 0,
                    "اداره کل ۱۴۰۵/۳۱۵", null);
        };
    }

    static StaffEligibility with(GeneralConditions general, StaffRole role) {
        return new StaffEligibility(general, qualifications(role), NONE_APPLIES);
    }

    static StaffEligibility with(Qualifications qualifications) {
        return new StaffEligibility(GENERAL, qualifications, NONE_APPLIES);
    }

    static StaffEligibility with(Prohibitions prohibitions, StaffRole role) {
        return new StaffEligibility(GENERAL, qualifications(role), prohibitions);
    }
}
