package ir.daftar.core.office;

import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.common.PersianText;
import java.util.Objects;

/**
 * A16-A21: the evidence on which a person is hired, as the GD vetted it. Each A16 condition is evidenced by the
 * reference of the document that shows it (a certificate's number, a test's reference); the role's conditions
 * (A17-A20) by the degree, the Jalali birth date, the years of relevant experience and the GD's approval of the
 * computer skills; the A21 prohibitions by what the GD found for each. Whether the evidence meets the regulation
 * is the policies' to say ({@link GeneralConditionsPolicy}, {@link RoleConditionsPolicy}, {@link ProhibitionsPolicy}):
 * these records only hold it, and refuse what is malformed.
 */
public record StaffEligibility(GeneralConditions general, Qualifications qualifications, Prohibitions prohibitions) {

    static final int MAX_TEXT = 200;

    public StaffEligibility {
        Objects.requireNonNull(general, "general");
        Objects.requireNonNull(qualifications, "qualifications");
        Objects.requireNonNull(prohibitions, "prohibitions");
    }

    /**
     * A16: the reference of the evidence of each general condition; {@code null} where there is none.
     * {@code militaryServiceCard} is the number of the card of completion or permanent exemption (A16-6).
     */
    public record GeneralConditions(String iranianNationality, String constitutionCommitment, String islam,
                                    String noDrugAddiction, String noCriminalRecord, MilitaryService militaryService,
                                    String militaryServiceCard, String physicalAndMentalFitness) {

        public GeneralConditions {
            iranianNationality = text(iranianNationality, "iranianNationality");
            constitutionCommitment = text(constitutionCommitment, "constitutionCommitment");
            islam = text(islam, "islam");
            noDrugAddiction = text(noDrugAddiction, "noDrugAddiction");
            noCriminalRecord = text(noCriminalRecord, "noCriminalRecord");
            militaryServiceCard = text(militaryServiceCard, "militaryServiceCard");
            physicalAndMentalFitness = text(physicalAndMentalFitness, "physicalAndMentalFitness");
        }
    }

    /**
     * A17-A20: the highest degree and its field ({@code fieldName} as written on the degree), the Jalali birth
     * date, the years of relevant experience (A17-3), the reference of the GD's approval of the computer skills
     * for this post, and (A17 note) the approved service record that gives a manager candidate priority, if any.
     */
    public record Qualifications(DegreeLevel degree, StudyField field, String fieldName, JalaliDate birthDate,
                                 int relevantExperienceYears, String computerSkillsApproval, String servicePriority) {

        public Qualifications {
            Objects.requireNonNull(degree, "degree");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(birthDate, "birthDate");
            if (relevantExperienceYears < 0 || relevantExperienceYears > 80) {
                throw new IllegalArgumentException("relevantExperienceYears is 0 to 80");
            }
            fieldName = text(fieldName, "fieldName");
            computerSkillsApproval = text(computerSkillsApproval, "computerSkillsApproval");
            servicePriority = text(servicePriority, "servicePriority");
        }
    }

    /** A21: what the GD found: whether the person is each of the kinds of people who may not work in an office. */
    public record Prohibitions(boolean attorneyOrLegalAdviser, boolean officialExpert, boolean dismissedJudgeOrNotary,
                               boolean merchant, boolean governmentEmployee) {
    }

    /** Normalized (Persian letters, spaces), blank as {@code null}, at most {@value #MAX_TEXT} characters. */
    private static String text(String value, String name) {
        String t = PersianText.normalize(value);
        if (t == null || t.isBlank()) {
            return null;
        }
        if (t.length() > MAX_TEXT) {
            throw new IllegalArgumentException(name + " is at most " + MAX_TEXT + " characters");
        }
        return t;
    }
}
