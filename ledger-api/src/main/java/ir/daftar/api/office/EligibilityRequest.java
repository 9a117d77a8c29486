package ir.daftar.api.office;

import io.swagger.v3.oas.annotations.media.Schema;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.office.DegreeLevel;
import ir.daftar.core.office.MilitaryService;
import ir.daftar.core.office.StaffEligibility;
import ir.daftar.core.office.StudyField;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ir.daftar.api.problem.InvalidInput;

/**
 * A16-A21: the evidence of a person's eligibility for a post as a request carries it (ADR 0910): taken by the hire
 * ({@code POST /api/v1/offices/{id}/staff}) and by the Center head's appointment of an established office's manager
 * (A14, ADR 0920).
 */
@Schema(description = "A16-A21: the evidence the GD vetted")
public record EligibilityRequest(@NotNull @Valid GeneralConditionsRequest general,
                                 @NotNull @Valid QualificationsRequest qualifications,
                                 @NotNull @Valid ProhibitionsRequest prohibitions) {

    @Schema(description = "A16: for each general condition, the reference of the document that shows it (certificate "
            + "number, test reference); a condition without one fails with its code (A16_NATIONALITY ... A16_FITNESS)")
    public record GeneralConditionsRequest(@Size(max = 200) String iranianNationality, @Size(max = 200) String constitutionCommitment,
                                    @Size(max = 200) String islam, @Size(max = 200) String noDrugAddiction,
                                    @Size(max = 200) String noCriminalRecord,
                                    @Schema(description = "A16-6: NOT_APPLICABLE for a woman") MilitaryService militaryService,
                                    @Size(max = 200) String militaryServiceCard,
                                    @Size(max = 200) String physicalAndMentalFitness) {
    }

    @Schema(description = "A17-A20: the degree and its field, the Jalali birth date (25 or older on the hiring day), "
            + "the years of relevant experience (a manager: five), the GD's approval of the computer skills, and (A17 note) "
            + "the approved service record that gives a manager candidate priority")
    public record QualificationsRequest(@NotNull DegreeLevel degree, @NotNull StudyField field, @Size(max = 200) String fieldName,
                                 @NotNull @Size(max = 20) @Schema(example = "1370/06/15") String birthDate,
                                 @NotNull @Min(0) @Max(80) Integer relevantExperienceYears,
                                 @Size(max = 200) String computerSkillsApproval, @Size(max = 200) String servicePriority) {
    }

    @Schema(description = "A21: what the GD found for each prohibition; any true refuses the hire with its code")
    public record ProhibitionsRequest(@NotNull Boolean attorneyOrLegalAdviser, @NotNull Boolean officialExpert,
                               @NotNull Boolean dismissedJudgeOrNotary, @NotNull Boolean merchant,
                               @NotNull Boolean governmentEmployee) {
    }

    /** The evidence as the ledger records it; a Jalali date that cannot be read is malformed input, named. */
    public StaffEligibility evidence() {
        GeneralConditionsRequest g = general;
        QualificationsRequest q = qualifications;
        ProhibitionsRequest p = prohibitions;
        JalaliDate birthDate;
        try {
            birthDate = JalaliDate.parse(q.birthDate());
        } catch (IllegalArgumentException notADate) {
            throw InvalidInput.of("eligibility.qualifications.birthDate", "INVALID", "a Jalali date, yyyy/mm/dd");
        }
        return new StaffEligibility(
                new StaffEligibility.GeneralConditions(g.iranianNationality(), g.constitutionCommitment(), g.islam(),
                        g.noDrugAddiction(), g.noCriminalRecord(), g.militaryService(), g.militaryServiceCard(),
                        g.physicalAndMentalFitness()),
                new StaffEligibility.Qualifications(q.degree(), q.field(), q.fieldName(), birthDate,
                        q.relevantExperienceYears(), q.computerSkillsApproval(), q.servicePriority()),
                new StaffEligibility.Prohibitions(p.attorneyOrLegalAdviser(), p.officialExpert(),
                        p.dismissedJudgeOrNotary(), p.merchant(), p.governmentEmployee()));
    }
}
