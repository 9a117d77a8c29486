package ir.daftar.core.office;

import static ir.daftar.core.common.RuleViolation.require;

import ir.daftar.core.common.Rule;
import ir.daftar.core.office.StaffEligibility.Prohibitions;

/**
 * A21: who may neither hold a licence nor work in an office: practising attorneys and legal advisers (A187 of the
 * Third Development Plan Law) and official judicial experts; judges and notaries permanently dismissed by final
 * judgment; merchants (A2 of the Commercial Code); government employees and employees of non-governmental public
 * institutions.
 */
final class ProhibitionsPolicy {

    static final String FIELD = "eligibility.prohibitions.";

    private ProhibitionsPolicy() {
    }

    /** A21-1 to A21-4, in the article's order; the first that applies refuses the hire. */
    static void noneApplies(Prohibitions p) {
        require(!p.attorneyOrLegalAdviser(), Rule.A21_ATTORNEY_OR_LEGAL_ADVISER, FIELD + "attorneyOrLegalAdviser",
                "a practising attorney or legal adviser may not work in an office");
        require(!p.officialExpert(), Rule.A21_OFFICIAL_EXPERT, FIELD + "officialExpert",
                "an official judicial expert may not work in an office");
        require(!p.dismissedJudgeOrNotary(), Rule.A21_DISMISSED_JUDGE_OR_NOTARY, FIELD + "dismissedJudgeOrNotary",
                "a judge or notary permanently dismissed may not work in an office");
        require(!p.merchant(), Rule.A21_MERCHANT, FIELD + "merchant", "a merchant may not work in an office");
        require(!p.governmentEmployee(), Rule.A21_GOVERNMENT_EMPLOYEE, FIELD + "governmentEmployee",
                "a government or public-institution employee may not work in an office");
    }
}
