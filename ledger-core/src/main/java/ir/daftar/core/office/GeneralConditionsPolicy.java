package ir.daftar.core.office;

import static ir.daftar.core.common.RuleViolation.require;

import ir.daftar.core.common.Rule;
import ir.daftar.core.office.StaffEligibility.GeneralConditions;

/**
 * A16: the general conditions of every member of an office's staff (manager, legal expert, IT expert, clerk),
 * each evidenced by the reference of the document that shows it. A condition without evidence fails.
 */
final class GeneralConditionsPolicy {

    static final String FIELD = "eligibility.general.";

    private GeneralConditionsPolicy() {
    }

    /** A16-1 to A16-7, in the article's order; the first that fails refuses the hire. */
    static void met(GeneralConditions general) {
        evidenced(general.iranianNationality(), Rule.A16_NATIONALITY, "iranianNationality", "Iranian nationality");
        evidenced(general.constitutionCommitment(), Rule.A16_CONSTITUTION, "constitutionCommitment",
                "commitment to the Constitution");
        evidenced(general.islam(), Rule.A16_ISLAM, "islam", "the Islamic faith");
        evidenced(general.noDrugAddiction(), Rule.A16_DRUG_ADDICTION, "noDrugAddiction", "no drug addiction");
        evidenced(general.noCriminalRecord(), Rule.A16_CRIMINAL_RECORD, "noCriminalRecord", "no criminal record");
        militaryServiceSettled(general);
        evidenced(general.physicalAndMentalFitness(), Rule.A16_FITNESS, "physicalAndMentalFitness",
                "physical and mental fitness");
    }

    /** A16-6: a man has completed his military service or is permanently exempt, and the card says so. */
    static void militaryServiceSettled(GeneralConditions general) {
        MilitaryService status = general.militaryService();
        require(status != null && status != MilitaryService.NOT_SETTLED, Rule.A16_MILITARY_SERVICE,
                FIELD + "militaryService", "military service is neither completed nor permanently exempt");
        require(!status.needsCard() || general.militaryServiceCard() != null, Rule.A16_MILITARY_SERVICE,
                FIELD + "militaryServiceCard", "the card of completion or exemption is the evidence");
    }

    private static void evidenced(String reference, Rule rule, String field, String condition) {
        require(reference != null, rule, FIELD + field, "no evidence of " + condition);
    }
}
