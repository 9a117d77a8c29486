package ir.daftar.core.discipline;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import ir.daftar.core.calendar.TehranTime;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.PersianText;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.discipline.BoardCommand.ConstituteBoard;
import ir.daftar.core.discipline.BoardCommand.ElectChair;
import ir.daftar.core.discipline.BoardEvent.BoardChairElected;
import ir.daftar.core.discipline.BoardEvent.BoardConstituted;
import ir.daftar.core.kanoon.SeatClaims;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A34: a disciplinary board. A Primary Board is two judges chosen by the Center head and one Kanoon
 * representative who is not on a Kanoon's board (read from the seats the Kanoons' boards hold, ADR 1300); an Appeal
 * Board two judges and one GD representative. The members elect one of the judges chair by majority.
 */
public class DisciplinaryBoard {

    @AggregateIdentifier
    private String boardId;
    private BoardLevel level;
    private final List<BoardMember> members = new ArrayList<>();
    private String chairId;

    protected DisciplinaryBoard() {
        // for Axon
    }

    /**
     * A34: the Center head constitutes the board; its composition must be the article's. A Primary Board's Kanoon
     * representative may not sit on a Kanoon's board on the day ({@link SeatClaims}, the seats the Kanoons' boards
     * hold in the ledger); the event records the representative as checked ({@code kanoonBoardMember = false}).
     */
    @CommandHandler
    public DisciplinaryBoard(ConstituteBoard command, MetaData metaData, SeatClaims seats) {
        Actor actor = Actor.from(metaData);
        RuleViolation.require(actor.role() == ActorRole.CENTER_HEAD, Rule.A34_BOARD_BY_CENTER_HEAD_ONLY,
                "the Center head chooses the boards' judges and constitutes the boards");
        if (command.boardId() == null || !command.boardId().matches("[A-Za-z0-9\\-]{1,40}")) {
            throw new IllegalArgumentException("board id must be 1-40 letters, digits or dashes");
        }
        RuleViolation.require(command.level() != null, Rule.A34_BOARD_COMPOSITION, "a board is Primary or Appeal");
        composition(command.level(), command.members());
        if (command.level() == BoardLevel.PRIMARY) {
            notOnAKanoonBoard(command.members(), seats, TehranTime.dayOf(GenericEventMessage.clock.instant()));
        }
        List<BoardMember> members = command.members().stream()
                .map(m -> m.seat() == BoardSeat.KANOON_REPRESENTATIVE && command.level() == BoardLevel.PRIMARY
                        ? new BoardMember(m.memberId(), m.seat(), m.name(), false) : m)
                .toList();
        apply(new BoardConstituted(command.boardId(), command.level(), PersianText.normalize(command.province()),
                members));
    }

    /** A34 note 1: a judge is chair when a majority of the board's members voted for them. */
    @CommandHandler
    public void handle(ElectChair command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        RuleViolation.require(actor.role() == ActorRole.BOARD_MEMBER && isMember(actor.id()), Rule.A34_CHAIR_ONLY,
                "the board's members record their own election");
        RuleViolation.require(chairId == null, Rule.A34_CHAIR_NOT_ELECTED, "the board already has a chair");
        RuleViolation.require(command.votes().keySet().stream().allMatch(this::isMember), Rule.A34_CHAIR_NOT_ELECTED,
                "only the board's members vote");
        Map<String, Long> tally = command.votes().values().stream()
                .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        String elected = tally.entrySet().stream().filter(e -> e.getValue() * 2 > members.size())
                .map(Map.Entry::getKey).findFirst().orElse(null);
        RuleViolation.require(elected != null, Rule.A34_CHAIR_NOT_ELECTED, "no candidate has a majority of the board");
        RuleViolation.require(members.stream().anyMatch(m -> m.memberId().equals(elected) && m.seat() == BoardSeat.JUDGE),
                Rule.A34_CHAIR_NOT_ELECTED, "the chair is one of the judges");
        apply(new BoardChairElected(boardId, elected, new java.util.TreeMap<>(command.votes())));
    }

    /** A34: two judges and the level's third seat, three distinct people. */
    static void composition(BoardLevel level, List<BoardMember> members) {
        long judges = members.stream().filter(m -> m.seat() == BoardSeat.JUDGE).count();
        BoardSeat third = level == BoardLevel.PRIMARY ? BoardSeat.KANOON_REPRESENTATIVE : BoardSeat.GD_REPRESENTATIVE;
        long thirds = members.stream().filter(m -> m.seat() == third).count();
        RuleViolation.require(members.size() == 3 && judges == 2 && thirds == 1
                        && new HashSet<>(members.stream().map(BoardMember::memberId).toList()).size() == 3,
                Rule.A34_BOARD_COMPOSITION, level == BoardLevel.PRIMARY
                        ? "a Primary Board is two judges and one Kanoon representative, three different people"
                        : "an Appeal Board is two judges and one GD representative, three different people");
    }

    /**
     * A34: the Kanoon's representative on a Primary Board does not sit on a Kanoon's board on {@code day}, as the
     * ledger's seats say (ADR 1300); a representative the Center head declares to sit on one is refused as well.
     */
    static void notOnAKanoonBoard(List<BoardMember> members, SeatClaims seats, LocalDate day) {
        BoardMember representative = members.stream().filter(m -> m.seat() == BoardSeat.KANOON_REPRESENTATIVE)
                .findFirst().orElseThrow();
        RuleViolation.require(!Boolean.TRUE.equals(representative.kanoonBoardMember()),
                Rule.A34_KANOON_REPRESENTATIVE_ON_KANOON_BOARD,
                "the Kanoon's representative is declared to be a member of a Kanoon's board");
        seats.conflicting(representative.memberId(), SeatClaims.Body.COUNCIL, day, day.plusDays(1))
                .ifPresent(kanoon -> {
                    throw new RuleViolation(Rule.A34_KANOON_REPRESENTATIVE_ON_KANOON_BOARD,
                            "the Kanoon's representative sits on the board of " + kanoon + " on " + day);
                });
    }

    private boolean isMember(String id) {
        return members.stream().anyMatch(m -> m.memberId().equals(id));
    }

    /** The board as of the last event applied. */
    public BoardComposition composition() {
        return new BoardComposition(boardId, level, members, chairId);
    }

    /** A34: the board its events add up to, folded by the same handlers (for the board directory). */
    public static BoardComposition compositionFrom(Iterable<? extends BoardEvent> events) {
        DisciplinaryBoard board = new DisciplinaryBoard();
        for (BoardEvent event : events) {
            if (event instanceof BoardConstituted constituted) {
                board.on(constituted);
            } else if (event instanceof BoardChairElected elected) {
                board.on(elected);
            }
        }
        return board.composition();
    }

    @EventSourcingHandler
    void on(BoardConstituted event) {
        this.boardId = event.boardId();
        this.level = event.level();
        this.members.addAll(event.members());
    }

    @EventSourcingHandler
    void on(BoardChairElected event) {
        this.chairId = event.chairId();
    }
}
