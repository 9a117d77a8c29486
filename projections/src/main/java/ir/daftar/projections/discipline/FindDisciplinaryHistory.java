package ir.daftar.projections.discipline;

import java.time.Instant;

/** A34-A36: an office's disciplinary cases and rulings as they stood at {@code asOf}. */
public record FindDisciplinaryHistory(String officeId, Instant asOf) {
}
