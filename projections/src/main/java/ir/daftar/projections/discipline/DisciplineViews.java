package ir.daftar.projections.discipline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The rows the {@code discipline} read model answers with. */
public final class DisciplineViews {

    private DisciplineViews() {
    }

    /** A34: a case on a board's docket, with where it stands. */
    public record DocketEntry(String caseId, String officeId, String level, String origin, String charges,
                              Instant openedAt, String rulingId, Integer degree, Instant issuedAt) {
    }

    /** A34-A36: a ruling as it stood at the instant asked for ({@code ISSUED}, {@code FINAL}, {@code SET_ASIDE}). */
    public record RulingAsOf(String rulingId, String level, String boardId, Integer degree, Integer suspensionMonths,
                             Instant issuedAt, Instant notifiedAt, LocalDate appealDue, boolean appealed, boolean objected,
                             String state, Instant finalAt, String finalBasis, Instant suspendedUntil, Instant setAsideAt) {
    }

    /** A34: a case of the office as it stood at the instant asked for. */
    public record HistoryEntry(String caseId, String origin, String accusedRole, String charges, String inspectionId,
                               String findingId, Instant openedAt, List<RulingAsOf> rulings) {
    }

    /** A35-4: a reprimand on the public list (the person is named by role, not by national code). */
    public record PublicReprimand(String officeId, String caseId, String rulingId, String accusedRole, String charges,
                                  Instant publishedAt) {
    }
}
