package ir.daftar.core.discipline;

import ir.daftar.core.common.PersianText;
import java.util.Objects;

/**
 * A34: a member of a board, by id (the national code the member signs in with) and seat.
 *
 * @param kanoonBoardMember for a Kanoon representative: whether the person sits on a Kanoon's board (A26). The
 *                          ledger's seats of the Kanoons' boards decide (ADR 1300); the Center head may still declare
 *                          {@code true} (a board the ledger does not hold), which is refused. In
 *                          {@code BoardConstituted} a Primary Board's representative is recorded as checked,
 *                          {@code false}; {@code null} for other seats.
 */
public record BoardMember(String memberId, BoardSeat seat, String name, Boolean kanoonBoardMember) {

    public BoardMember {
        Objects.requireNonNull(seat, "seat");
        if (memberId == null || !memberId.matches("[A-Za-z0-9\\-]{1,40}")) {
            throw new IllegalArgumentException("memberId must be 1-40 letters, digits or dashes");
        }
        name = PersianText.normalize(name);
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("a member's name is required (at most 200 characters)");
        }
    }
}
