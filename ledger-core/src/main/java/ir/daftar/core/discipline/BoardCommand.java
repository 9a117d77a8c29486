package ir.daftar.core.discipline;

import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a disciplinary board (A34). */
public sealed interface BoardCommand {

    String boardId();

    /** A34: the Center head constitutes a Primary or an Appeal Board with its three members. */
    record ConstituteBoard(@TargetAggregateIdentifier String boardId, BoardLevel level, String province,
                           List<BoardMember> members) implements BoardCommand {

        public ConstituteBoard {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }

    /** A34 note 1: the members elect a chair among the judges; {@code votes} maps each voter to the judge voted for. */
    record ElectChair(@TargetAggregateIdentifier String boardId, Map<String, String> votes) implements BoardCommand {

        public ElectChair {
            votes = votes == null ? Map.of() : Map.copyOf(votes);
        }
    }
}
