package ir.daftar.core.discipline;

import java.util.Optional;

/** Port: a finding accepted in an inspection, as the inspection's ledger holds it now (A33). */
public interface AcceptedFindings {

    Optional<AcceptedFinding> find(String inspectionId, String findingId);
}
