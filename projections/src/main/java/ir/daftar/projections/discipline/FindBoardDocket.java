package ir.daftar.projections.discipline;

/** A34: the cases referred to a board, newest first. */
public record FindBoardDocket(String boardId) {
}
