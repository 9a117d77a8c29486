package ir.daftar.core.kanoon;

/** A26: a person seated on a Kanoon board, the kind of seat, and the term. */
public record BoardSeat(BoardSeatKind kind, String nationalCode, String name, Term term) {
}
