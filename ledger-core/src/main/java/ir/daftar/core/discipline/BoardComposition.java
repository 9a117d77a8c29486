package ir.daftar.core.discipline;

import java.util.List;

/** A34: a board as constituted, with its chair once elected ({@code null} before). */
public record BoardComposition(String boardId, BoardLevel level, List<BoardMember> members, String chairId) {

    public BoardComposition {
        members = List.copyOf(members);
    }

    public List<String> memberIds() {
        return members.stream().map(BoardMember::memberId).toList();
    }
}
