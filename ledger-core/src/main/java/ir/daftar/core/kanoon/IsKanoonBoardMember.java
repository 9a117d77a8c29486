package ir.daftar.core.kanoon;

import java.time.LocalDate;

/**
 * Query, A34: whether the person sits on a Kanoon board on the day (a Primary Board's Kanoon representative may not);
 * answered with a {@link Boolean} from the seat claims of ADR 1300. Aggregates can ask {@link SeatClaims} directly.
 */
public record IsKanoonBoardMember(String nationalCode, LocalDate on) {
}
