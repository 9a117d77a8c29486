package ir.daftar.core.discipline;

import java.util.Optional;

/** Port: a disciplinary board as its own ledger holds it now (composition and chair). */
public interface BoardDirectory {

    Optional<BoardComposition> boardOf(String boardId);
}
