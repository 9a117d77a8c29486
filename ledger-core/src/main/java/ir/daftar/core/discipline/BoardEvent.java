package ir.daftar.core.discipline;

import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** What happened to a disciplinary board (A34). */
public sealed interface BoardEvent {

    String boardId();

    /** A34: the board was constituted by the Center head (in the metadata) with these members. */
    @Revision("1")
    record BoardConstituted(String boardId, BoardLevel level, String province, List<BoardMember> members)
            implements BoardEvent {
    }

    /** A34 note 1: a judge was elected chair; the votes cast, voter to candidate. */
    @Revision("1")
    record BoardChairElected(String boardId, String chairId, Map<String, String> votes) implements BoardEvent {
    }
}
