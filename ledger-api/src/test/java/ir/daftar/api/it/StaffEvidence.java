package ir.daftar.api.it;

import java.util.LinkedHashMap;
import java.util.Map;

/** Bodies of the hire endpoint (A15-A21, ADR 0910) whose evidence meets every condition of the post, to change one at a time. */
final class StaffEvidence {

    private StaffEvidence() {
    }

    /** A hire of a full-time member of {@code role} on evidence that meets every condition. */
    static Map<String, Object> hire(String nationalCode, String name, String role) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nationalCode", nationalCode);
        body.put("name", name);
        body.put("role", role);
        body.put("fullTime", true);
        body.put("eligibility", eligibility(role));
        return body;
    }

    static Map<String, Object> eligibility(String role) {
        Map<String, Object> general = new LinkedHashMap<>();
        general.put("iranianNationality", "شناسنامه ۱۲۳۴۵۶");
        general.put("constitutionCommitment", "گزینش ۱۴۰۵/۲۲۱");
        general.put("islam", "گزینش ۱۴۰۵/۲۲۱");
        general.put("noDrugAddiction", "آزمایش ۹۸۷۶");
        general.put("noCriminalRecord", "گواهی عدم سوء پیشینه ۵۵۴۴۳۳");
        general.put("militaryService", "COMPLETED");
        general.put("militaryServiceCard", "کارت ۷۷۸۸۹۹");
        general.put("physicalAndMentalFitness", "گواهی پزشکی ۴۴۵۵");
        Map<String, Object> q = new LinkedHashMap<>();
        switch (role) {
            case "MANAGER" -> degree(q, "MASTER", "LAW", "حقوق خصوصی", 7);
            case "LEGAL_EXPERT" -> degree(q, "BACHELOR", "JUDICIAL_SCIENCES", "علوم قضایی", 0);
            case "IT_EXPERT" -> degree(q, "ASSOCIATE", "COMPUTING", "فناوری اطلاعات", 0);
            default -> degree(q, "ASSOCIATE", "OTHER", "حسابداری", 0);
        }
        q.put("birthDate", "1365/04/12");
        q.put("computerSkillsApproval", "اداره کل ۱۴۰۵/۳۱۲");
        Map<String, Object> prohibitions = new LinkedHashMap<>();
        for (String p : new String[] {"attorneyOrLegalAdviser", "officialExpert", "dismissedJudgeOrNotary", "merchant",
                "governmentEmployee"}) {
            prohibitions.put(p, false);
        }
        Map<String, Object> eligibility = new LinkedHashMap<>();
        eligibility.put("general", general);
        eligibility.put("qualifications", q);
        eligibility.put("prohibitions", prohibitions);
        return eligibility;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> part(Map<String, Object> hire, String part) {
        return (Map<String, Object>) ((Map<String, Object>) hire.get("eligibility")).get(part);
    }

    private static void degree(Map<String, Object> q, String level, String field, String name, int years) {
        q.put("degree", level);
        q.put("field", field);
        q.put("fieldName", name);
        q.put("relevantExperienceYears", years);
    }
}
