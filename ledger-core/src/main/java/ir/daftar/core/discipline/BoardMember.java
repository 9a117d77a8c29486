package ir.daftar.core.discipline;

import ir.daftar.core.common.PersianText;
import java.util.Objects;

/**
 * A34: a member of a board, by id (the national code the member signs in with) and seat.
 *
 * @param kanoonBoardMember for a Kanoon representative: whether the person sits on the Kanoon's board (A26).
 *                          The Kanoon's board is not in the ledger yet, so the Center head declares it when
 *                          constituting the board (ADR 1200); {@code null} for other seats.
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
