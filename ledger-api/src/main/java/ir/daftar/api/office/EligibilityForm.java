package ir.daftar.api.office;

import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.web.PageForms;
import ir.daftar.core.common.Digits;
import ir.daftar.core.office.DegreeLevel;
import ir.daftar.core.office.MilitaryService;
import ir.daftar.core.office.StudyField;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * The evidence fields of A16-A21 (ADR 0910) on a page, as the fragment {@code admin/eligibility :: fields} shows them:
 * the hire form of an office (A15) and the Center head's appointment of an established office's manager (A14) read
 * them into the API's own {@link EligibilityRequest}, so both are checked and refused as the API's requests are.
 */
public final class EligibilityForm {

    private EligibilityForm() {
    }

    /** The choices the fragment's selects offer. */
    public static void choices(Model model) {
        model.addAttribute("degrees", List.of(DegreeLevel.values()));
        model.addAttribute("studyFields", List.of(StudyField.values()));
        model.addAttribute("militaryServices", List.of(MilitaryService.values()));
    }

    /** The evidence fields of the form (A16-A21), as the API's request; the A21 boxes are ticked when one applies. */
    public static EligibilityRequest from(Map<String, String> form) {
        String years = Digits.digitsOnly(PageForms.blankToNull(form.get("relevantExperienceYears")));
        if (years != null && !years.matches("[0-9]{1,2}")) {
            throw InvalidInput.of("eligibility.qualifications.relevantExperienceYears", "INVALID", "a number from 0 to 80");
        }
        String birthDate = PageForms.blankToNull(form.get("birthDate"));
        return new EligibilityRequest(
                new EligibilityRequest.GeneralConditionsRequest(text(form, "iranianNationality"),
                        text(form, "constitutionCommitment"), text(form, "islam"), text(form, "noDrugAddiction"),
                        text(form, "noCriminalRecord"),
                        choice(form, "militaryService", MilitaryService.class, "eligibility.general.militaryService"),
                        text(form, "militaryServiceCard"), text(form, "physicalAndMentalFitness")),
                new EligibilityRequest.QualificationsRequest(
                        choice(form, "degree", DegreeLevel.class, "eligibility.qualifications.degree"),
                        choice(form, "field", StudyField.class, "eligibility.qualifications.field"), text(form, "fieldName"),
                        birthDate == null ? null : Digits.toAscii(birthDate), years == null ? null : Integer.valueOf(years),
                        text(form, "computerSkillsApproval"), text(form, "servicePriority")),
                new EligibilityRequest.ProhibitionsRequest(form.get("attorneyOrLegalAdviser") != null,
                        form.get("officialExpert") != null, form.get("dismissedJudgeOrNotary") != null,
                        form.get("merchant") != null, form.get("governmentEmployee") != null));
    }

    private static String text(Map<String, String> form, String name) {
        return PageForms.blankToNull(form.get(name));
    }

    /** A value the form's select names; anything else is refused as the API refuses an unknown enum value. */
    public static <E extends Enum<E>> E choice(Map<String, String> form, String name, Class<E> type, String field) {
        String value = PageForms.blankToNull(form.get(name));
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, "INVALID", "not one of the choices");
        }
    }
}
