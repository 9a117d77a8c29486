package ir.daftar.core.discipline;

import ir.daftar.core.common.Rule;
import java.util.List;

/** A33/A37: a finding an inspector accepted into an inspection's report, with the events that prove it. */
public record AcceptedFinding(String inspectionId, String findingId, String officeId, Rule rule, String subjectId,
                              List<String> evidenceEventIds) {

    public AcceptedFinding {
        evidenceEventIds = List.copyOf(evidenceEventIds);
    }

    /** The A37 clause the finding's rule names ({@code A37_12_...} is clause 12), or 0 when it names none. */
    public int clause() {
        String name = rule.name();
        if (!name.startsWith("A37_")) {
            return 0;
        }
        String digits = name.substring(4).replaceAll("_.*", "");
        return digits.matches("\\d{1,2}") ? Integer.parseInt(digits) : 0;
    }
}
