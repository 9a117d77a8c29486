package ir.daftar.core.discipline;

import java.util.List;

/**
 * Port: the final rulings against a person in other cases (A38 note 3), read from the disciplinary history
 * read model; a ruling finalized in the last moments may not be seen yet (ADR 1200).
 */
public interface DisciplinaryHistory {

    List<FinalRuling> finalRulingsAgainst(String personId);

    /** No history: for ledgers and tests without one. */
    DisciplinaryHistory NONE = personId -> List.of();
}
