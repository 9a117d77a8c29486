package ir.daftar.core.discipline;

import java.time.Instant;

/** A38 note 3: a ruling that became final against a person, as the disciplinary history knows it. */
public record FinalRuling(String caseId, String rulingId, int degree, Instant finalAt) {
}
