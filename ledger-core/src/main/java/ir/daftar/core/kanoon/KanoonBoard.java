package ir.daftar.core.kanoon;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.TehranTime;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.common.PersianText;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.kanoon.KanoonBoardCommand.AttendMeeting;
import ir.daftar.core.kanoon.KanoonBoardCommand.CastBallot;
import ir.daftar.core.kanoon.KanoonBoardCommand.CloseElection;
import ir.daftar.core.kanoon.KanoonBoardCommand.ConveneMeeting;
import ir.daftar.core.kanoon.KanoonBoardCommand.DraftLetter;
import ir.daftar.core.kanoon.KanoonBoardCommand.IssueLetter;
import ir.daftar.core.kanoon.KanoonBoardCommand.NameDeputy;
import ir.daftar.core.kanoon.KanoonBoardCommand.OpenElection;
import ir.daftar.core.kanoon.KanoonBoardCommand.PutMotion;
import ir.daftar.core.kanoon.KanoonBoardCommand.SignLetter;
import ir.daftar.core.kanoon.KanoonBoardEvent.BallotCast;
import ir.daftar.core.kanoon.KanoonBoardEvent.BallotClosed;
import ir.daftar.core.kanoon.KanoonBoardEvent.ElectionCounted;
import ir.daftar.core.kanoon.KanoonBoardEvent.ElectionOpened;
import ir.daftar.core.kanoon.KanoonBoardEvent.LetterDrafted;
import ir.daftar.core.kanoon.KanoonBoardEvent.LetterIssued;
import ir.daftar.core.kanoon.KanoonBoardEvent.LetterSigned;
import ir.daftar.core.kanoon.KanoonBoardEvent.ManagingDirectorDeputyNamed;
import ir.daftar.core.kanoon.KanoonBoardEvent.MeetingConvened;
import ir.daftar.core.kanoon.KanoonBoardEvent.MemberAttended;
import ir.daftar.core.kanoon.KanoonBoardEvent.MotionDecided;
import ir.daftar.core.party.NationalCode;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * The acts of a Kanoon's board (A27; ADR 1310): its meetings, where a majority of the members present makes a quorum
 * and a majority of all the members carries a motion; the secret-ballot elections of the managing director, the chair
 * and the treasurer; the managing director's deputy at his own office; the Kanoon's letters and their signatures. The
 * seats themselves are the {@link Kanoon}'s, read through {@link BoardRoll}; this stream is the board's own, one per
 * Kanoon.
 *
 * <p>Secret ballot: a voter's {@link BallotCast} holds no choice and no commitment; the sealed ballot goes into the
 * {@link BallotBox}, which names no voter; the count ({@link ElectionCounted}) publishes the ballots ordered by
 * commitment, and is recorded with the system as its actor, so that no event carries both a voter and a choice.
 */
public class KanoonBoard {

    private static final String ID_PATTERN = "[A-Za-z0-9\\-]{1,64}";
    /** Who records an election's count: the system, never the member who closed the ballot (ADR 1310). */
    public static final Actor COUNTER = new Actor("system:ballot-count", ActorRole.SYSTEM, null);
    private static final SecureRandom RANDOM = new SecureRandom();

    @AggregateIdentifier
    private String boardId;
    private String kanoonId;
    private final Map<String, Meeting> meetings = new LinkedHashMap<>();
    private final Map<String, Election> elections = new LinkedHashMap<>();
    private final Map<String, ElectionCounted> counts = new HashMap<>();
    private final Set<String> motions = new HashSet<>();
    private final Map<BoardOffice, String> officers = new EnumMap<>(BoardOffice.class);
    private final Map<String, Letter> letters = new LinkedHashMap<>();
    private final Set<String> issued = new HashSet<>();
    private ManagingDirectorDeputyNamed deputy;

    protected KanoonBoard() {
        // for Axon
    }

    /** The id of a Kanoon's board stream. */
    public static String idFor(String kanoonId) {
        return kanoonId + "-board";
    }

    /** A27: a sitting member convenes a meeting; the members sitting that day are the board it counts majorities of. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ConveneMeeting command, MetaData metaData, BoardRoll roll) {
        requireId(command.kanoonId(), "kanoonId");
        if (!idFor(command.kanoonId()).equals(command.boardId())) {
            throw new IllegalArgumentException("the board of " + command.kanoonId() + " is " + idFor(command.kanoonId()));
        }
        requireId(command.meetingId(), "meetingId");
        List<BoardSeat> sitting = roll.sitting(command.kanoonId(), today());
        Actor actor = requireSitting(metaData, sitting);
        RuleViolation.require(!meetings.containsKey(command.meetingId()), Rule.A27_ID_ALREADY_USED,
                "meeting " + command.meetingId() + " was already convened");
        String agenda = requireText(command.agenda(), "agenda", 2000);
        apply(new MeetingConvened(command.kanoonId(), command.meetingId(), agenda, today(),
                sitting.stream().map(BoardSeat::nationalCode).toList(), actor.id()));
    }

    /** A27: a member of the board of the day records being present (once; a second time changes nothing). */
    @CommandHandler
    public void handle(AttendMeeting command, MetaData metaData, BoardRoll roll) {
        Actor actor = requireSitting(metaData, roll.sitting(kanoonId, today()));
        Meeting meeting = meeting(command.meetingId());
        RuleViolation.require(meeting.members().contains(actor.id()), Rule.A27_BOARD_MEMBER_ONLY,
                "not a member of the board the meeting was convened with");
        if (!meeting.present().contains(actor.id())) {
            apply(new MemberAttended(kanoonId, meeting.id(), actor.id()));
        }
    }

    /**
     * A27: a present member puts a motion to a roll call of the members present; it is carried only by a majority of
     * all the board's members, not of those present.
     */
    @CommandHandler
    public MotionDecided handle(PutMotion command, MetaData metaData, BoardRoll roll) {
        Actor actor = requireSitting(metaData, roll.sitting(kanoonId, today()));
        Meeting meeting = quorate(command.meetingId(), actor);
        requireId(command.motionId(), "motionId");
        RuleViolation.require(!motions.contains(command.motionId()), Rule.A27_ID_ALREADY_USED,
                "motion " + command.motionId() + " was already put");
        String text = requireText(command.text(), "text", 4000);
        Set<String> voted = new HashSet<>();
        for (String member : concat(command.inFavour(), command.against())) {
            RuleViolation.require(member != null && meeting.present().contains(member) && voted.add(member),
                    Rule.A27_ROLL_CALL_INVALID, "a roll call names present members, each once");
        }
        int members = meeting.members().size();
        MotionDecided decided = new MotionDecided(kanoonId, meeting.id(), command.motionId(), text, command.inFavour(),
                command.against(), members, carries(command.inFavour().size(), members));
        apply(decided);
        return decided;
    }

    /**
     * A27: a present member opens the election of an officer by secret ballot among sitting members (the chair and the
     * treasurer among the office-manager members), for an office nobody sitting holds.
     */
    @CommandHandler
    public void handle(OpenElection command, MetaData metaData, BoardRoll roll) {
        List<BoardSeat> sitting = roll.sitting(kanoonId, today());
        Actor actor = requireSitting(metaData, sitting);
        Meeting meeting = quorate(command.meetingId(), actor);
        requireId(command.electionId(), "electionId");
        Objects.requireNonNull(command.office(), "office");
        RuleViolation.require(!elections.containsKey(command.electionId()), Rule.A27_ID_ALREADY_USED,
                "election " + command.electionId() + " was already opened");
        RuleViolation.require(heldBy(command.office(), sitting).isEmpty()
                        && elections.values().stream().noneMatch(e -> open(e) && e.office() == command.office()),
                Rule.A27_OFFICE_ALREADY_FILLED, command.office() + " is held or being elected");
        List<String> candidates = List.copyOf(new LinkedHashSet<>(command.candidates()));
        RuleViolation.require(!candidates.isEmpty(), Rule.A27_CANDIDATE_NOT_ON_BOARD, "an election names its candidates");
        for (String candidate : candidates) {
            Optional<BoardSeat> seat = sitting.stream().filter(s -> s.nationalCode().equals(candidate)).findFirst();
            RuleViolation.require(seat.isPresent() && meeting.members().contains(candidate), Rule.A27_CANDIDATE_NOT_ON_BOARD,
                    "a candidate sits on the board");
            RuleViolation.require(!command.office().fromOfficeManagers()
                            || seat.get().kind() == BoardSeatKind.OFFICE_MANAGER, Rule.A27_OFFICER_NOT_AN_OFFICE_MANAGER,
                    "the chair and the treasurer are elected from the office-manager members");
            BoardOffice other = command.office() == BoardOffice.TREASURER ? BoardOffice.MANAGING_DIRECTOR
                    : command.office() == BoardOffice.MANAGING_DIRECTOR ? BoardOffice.TREASURER : null;
            RuleViolation.require(other == null || heldBy(other, sitting).filter(candidate::equals).isEmpty(),
                    Rule.A27_TREASURER_NOT_MANAGING_DIRECTOR, "the managing director and the treasurer are two people");
        }
        apply(new ElectionOpened(kanoonId, meeting.id(), command.electionId(), command.office(), candidates));
    }

    /**
     * A27, secret ballot: a present member votes once. The sealed ballot (choice, random nonce, commitment) goes into
     * the ballot box, which names no voter; the event names the voter (in its metadata) but neither the choice nor the
     * commitment. Answers the commitment: the voter's receipt, found among the ballots the count publishes.
     */
    @CommandHandler
    public String handle(CastBallot command, MetaData metaData, BoardRoll roll, BallotBox box) {
        Actor actor = requireSitting(metaData, roll.sitting(kanoonId, today()));
        Election election = openElection(command.meetingId(), command.electionId());
        Meeting meeting = meetings.get(election.meetingId());
        RuleViolation.require(meeting.present().contains(actor.id()), Rule.A27_NOT_PRESENT,
                "only members present at the meeting vote");
        RuleViolation.require(!election.voters().contains(actor.id()), Rule.A27_ALREADY_VOTED, "already voted");
        RuleViolation.require(command.choice() != null && election.candidates().contains(command.choice()),
                Rule.A27_NOT_A_CANDIDATE, "a ballot names a candidate");
        SealedBallot ballot = SealedBallot.seal(kanoonId, election.id(), command.choice(), RANDOM);
        box.drop(kanoonId, election.id(), ballot);
        // the voter is this event's actor, named in its metadata, which the board's state reads
        apply(new BallotCast(kanoonId, election.meetingId(), election.id()), MetaData.from(actor.asMetaData()));
        return ballot.commitment();
    }

    /**
     * A27: a present member closes the ballot. The box must hold one ballot per vote recorded, each matching its
     * commitment; the count is then published by the system (ballots ordered by commitment, votes per candidate, the
     * candidate elected by a majority of the board's members, if any) and the box is emptied.
     */
    @CommandHandler
    public ElectionCounted handle(CloseElection command, MetaData metaData, BoardRoll roll, BallotBox box) {
        Actor actor = requireSitting(metaData, roll.sitting(kanoonId, today()));
        Election election = openElection(command.meetingId(), command.electionId());
        Meeting meeting = meetings.get(election.meetingId());
        RuleViolation.require(meeting.present().contains(actor.id()), Rule.A27_NOT_PRESENT,
                "the ballot is closed by a member present at the meeting");
        List<SealedBallot> ballots = BallotCount.published(box.contents(kanoonId, election.id()));
        Map<String, Integer> tally = BallotCount.tally(ballots);
        int members = meeting.members().size();
        String elected = BallotCount.elected(tally, members);
        List<String> problems = BallotCount.problems(kanoonId, election.id(), election.candidates(), election.voters().size(),
                ballots, tally, elected, members);
        RuleViolation.require(problems.isEmpty(), Rule.A27_BALLOT_BOX_NOT_VERIFIED, String.join("; ", problems));
        box.empty(kanoonId, election.id());
        apply(new BallotClosed(kanoonId, election.meetingId(), election.id()));
        ElectionCounted count = new ElectionCounted(kanoonId, election.meetingId(), election.id(), election.office(), ballots,
                tally, election.voters().size(), members, elected);
        apply(count, MetaData.from(counterMetaData(metaData, election.id())));
        return count;
    }

    /** A27 note: the managing director, sitting, names the deputy who runs his own office. */
    @CommandHandler
    public void handle(NameDeputy command, MetaData metaData, BoardRoll roll) {
        List<BoardSeat> sitting = roll.sitting(kanoonId, today());
        Actor actor = requireSitting(metaData, sitting);
        RuleViolation.require(heldBy(BoardOffice.MANAGING_DIRECTOR, sitting).filter(actor.id()::equals).isPresent(),
                Rule.A27_NOT_THE_MANAGING_DIRECTOR, "the deputy is named by the managing director");
        requireId(command.officeId(), "officeId");
        if (command.nationalCode() == null || !NationalCode.isValid(command.nationalCode())) {
            throw new IllegalArgumentException("nationalCode is not a valid national code");
        }
        String name = requireText(command.name(), "name", 200);
        apply(new ManagingDirectorDeputyNamed(kanoonId, actor.id(), command.officeId(), command.nationalCode(), name));
    }

    /** A27: a sitting member drafts a letter of the Kanoon. */
    @CommandHandler
    public void handle(DraftLetter command, MetaData metaData, BoardRoll roll) {
        Actor actor = requireSitting(metaData, roll.sitting(kanoonId, today()));
        requireId(command.letterId(), "letterId");
        RuleViolation.require(!letters.containsKey(command.letterId()), Rule.A27_ID_ALREADY_USED,
                "letter " + command.letterId() + " was already drafted");
        apply(new LetterDrafted(kanoonId, command.letterId(), requireText(command.subject(), "subject", 200),
                requireText(command.text(), "text", 8000), command.financial(), actor.id()));
    }

    /** A27: the managing director or the treasurer (sitting, elected) signs a letter not yet issued. */
    @CommandHandler
    public void handle(SignLetter command, MetaData metaData, BoardRoll roll) {
        List<BoardSeat> sitting = roll.sitting(kanoonId, today());
        Actor actor = requireSitting(metaData, sitting);
        Letter letter = letter(command.letterId());
        BoardOffice as = heldBy(BoardOffice.MANAGING_DIRECTOR, sitting).filter(actor.id()::equals).isPresent()
                ? BoardOffice.MANAGING_DIRECTOR
                : heldBy(BoardOffice.TREASURER, sitting).filter(actor.id()::equals).isPresent() ? BoardOffice.TREASURER : null;
        RuleViolation.require(as != null, Rule.A27_NOT_A_SIGNATORY,
                "letters are signed by the managing director and the treasurer");
        if (!actor.id().equals(letter.signatures().get(as))) {
            apply(new LetterSigned(kanoonId, letter.id(), as, actor.id()));
        }
    }

    /**
     * A27: a letter is issued with the signature of the managing director sitting now, and a financial one with the
     * treasurer's too.
     */
    @CommandHandler
    public void handle(IssueLetter command, MetaData metaData, BoardRoll roll) {
        List<BoardSeat> sitting = roll.sitting(kanoonId, today());
        requireSitting(metaData, sitting);
        Letter letter = letter(command.letterId());
        RuleViolation.require(signedByHolder(letter, BoardOffice.MANAGING_DIRECTOR, sitting),
                Rule.A27_LETTER_NEEDS_MANAGING_DIRECTOR, "the managing director has not signed");
        RuleViolation.require(!letter.financial() || signedByHolder(letter, BoardOffice.TREASURER, sitting),
                Rule.A27_FINANCIAL_LETTER_NEEDS_TREASURER, "a financial letter needs the treasurer's signature");
        apply(new LetterIssued(kanoonId, letter.id()));
    }

    // ---- rules -------------------------------------------------------------------------

    /** A27: a motion, or an election, is carried by a majority of all the board's members, not of those present. */
    static boolean carries(int inFavour, int members) {
        return 2 * inFavour > members;
    }

    /** A27: a meeting acts with a majority of its members present. */
    static boolean quorum(int present, int members) {
        return 2 * present > members;
    }

    private boolean open(Election election) {
        return !counts.containsKey(election.id());
    }

    private Meeting quorate(String meetingId, Actor actor) {
        Meeting meeting = meeting(meetingId);
        RuleViolation.require(quorum(meeting.present().size(), meeting.members().size()), Rule.A27_NO_QUORUM,
                meeting.present().size() + " of " + meeting.members().size() + " members present");
        RuleViolation.require(meeting.present().contains(actor.id()), Rule.A27_NOT_PRESENT,
                "the member is not recorded present");
        return meeting;
    }

    private static Actor requireSitting(MetaData metaData, List<BoardSeat> sitting) {
        Actor actor = Actor.from(metaData);
        RuleViolation.require(actor.role() == ActorRole.KANOON_BOARD_MEMBER
                        && sitting.stream().anyMatch(s -> s.nationalCode().equals(actor.id())), Rule.A27_BOARD_MEMBER_ONLY,
                "the board's acts are done by a sitting member of this board");
        return actor;
    }

    /** The holder of an office, while he sits on the board. */
    private Optional<String> heldBy(BoardOffice office, List<BoardSeat> sitting) {
        return Optional.ofNullable(officers.get(office))
                .filter(holder -> sitting.stream().anyMatch(s -> s.nationalCode().equals(holder)));
    }

    private boolean signedByHolder(Letter letter, BoardOffice office, List<BoardSeat> sitting) {
        String signer = letter.signatures().get(office);
        return signer != null && heldBy(office, sitting).filter(signer::equals).isPresent();
    }

    private Meeting meeting(String meetingId) {
        Meeting meeting = meetingId == null ? null : meetings.get(meetingId);
        RuleViolation.require(meeting != null, Rule.A27_MEETING_UNKNOWN, "no meeting " + meetingId);
        return meeting;
    }

    private Election openElection(String meetingId, String electionId) {
        Election election = electionId == null ? null : elections.get(electionId);
        RuleViolation.require(election != null && election.meetingId().equals(meetingId) && open(election),
                Rule.A27_ELECTION_NOT_OPEN, "no open election " + electionId + " at meeting " + meetingId);
        return election;
    }

    private Letter letter(String letterId) {
        Letter letter = letterId == null ? null : letters.get(letterId);
        RuleViolation.require(letter != null, Rule.A27_LETTER_UNKNOWN, "no letter " + letterId);
        RuleViolation.require(!issued.contains(letterId), Rule.A27_LETTER_ALREADY_ISSUED, "letter " + letterId + " was issued");
        return letter;
    }

    /**
     * The metadata of the count: the system as its actor, and none of the closing member's request, office or
     * authority, so that the event holding the ballots names no member (ADR 1310).
     */
    private static Map<String, Object> counterMetaData(MetaData command, String electionId) {
        Map<String, Object> meta = new HashMap<>(COUNTER.asMetaData());
        meta.put(MetaDataKeys.REQUEST_ID, "ballot-count-" + electionId);
        for (String key : List.of(MetaDataKeys.OFFICE_ID, MetaDataKeys.AUTHORITY_ID, MetaDataKeys.REPORTING_BODY_ID)) {
            if (command.containsKey(key)) {
                meta.put(key, null);
            }
        }
        return meta;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String requireText(String text, String field, int max) {
        String t = PersianText.normalize(text);
        if (t == null || t.isBlank() || t.length() > max) {
            throw new IllegalArgumentException(field + " is required (at most " + max + " characters)");
        }
        return t;
    }

    private static void requireId(String id, String field) {
        if (id == null || !id.matches(ID_PATTERN)) {
            throw new IllegalArgumentException(field + " must be 1-64 letters, digits or dashes");
        }
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    private static JalaliDate today() {
        return JalaliDate.of(TehranTime.dayOf(now()));
    }

    // ---- reading ------------------------------------------------------------------------

    /** A meeting as its events left it. */
    public record MeetingView(String meetingId, String agenda, JalaliDate heldOn, List<String> members,
                              List<String> present, boolean quorum, List<MotionDecided> motions,
                              List<ElectionView> elections) {
    }

    /** An election: open (the members who voted, no ballots yet) or counted (the published count). */
    public record ElectionView(String electionId, BoardOffice office, List<String> candidates, List<String> voted,
                               boolean open, ElectionCounted count) {
    }

    /** A letter, its signatures (office -> signatory) and whether it was issued. */
    public record LetterView(String letterId, String subject, boolean financial, Map<BoardOffice, String> signatures,
                             boolean issued) {
    }

    /** The board's acts as its events left them, for readers. */
    public record State(String kanoonId, List<MeetingView> meetings, Map<BoardOffice, String> officers,
                        ManagingDirectorDeputyNamed deputy, List<LetterView> letters) {
    }

    /** A board event as stored, with its actor (the metadata's), which a {@link BallotCast} needs: its voter. */
    public record Recorded(KanoonBoardEvent event, String actorId) {
    }

    /** Folds the board's events with the aggregate's own handlers. */
    public static State stateFrom(Iterable<Recorded> events) {
        KanoonBoard board = new KanoonBoard();
        List<MotionDecided> decided = new ArrayList<>();
        for (Recorded recorded : events) {
            board.replay(recorded);
            if (recorded.event() instanceof MotionDecided m) {
                decided.add(m);
            }
        }
        List<MeetingView> meetings = board.meetings.values().stream().map(m -> new MeetingView(m.id(), m.agenda(),
                m.heldOn(), m.members(), List.copyOf(m.present()), quorum(m.present().size(), m.members().size()),
                decided.stream().filter(d -> d.meetingId().equals(m.id())).toList(),
                board.elections.values().stream().filter(e -> e.meetingId().equals(m.id()))
                        .map(e -> new ElectionView(e.id(), e.office(), e.candidates(),
                                e.voters().stream().sorted().toList(), board.open(e), board.counts.get(e.id())))
                        .toList())).toList();
        return new State(board.kanoonId, meetings, Map.copyOf(board.officers), board.deputy,
                board.letters.values().stream().map(l -> new LetterView(l.id(), l.subject(), l.financial(),
                        Map.copyOf(l.signatures()), board.issued.contains(l.id()))).toList());
    }

    private void replay(Recorded recorded) {
        KanoonBoardEvent event = recorded.event();
        if (event instanceof MeetingConvened e) {
            on(e);
        } else if (event instanceof MemberAttended e) {
            on(e);
        } else if (event instanceof MotionDecided e) {
            on(e);
        } else if (event instanceof ElectionOpened e) {
            on(e);
        } else if (event instanceof BallotCast e) {
            elections.get(e.electionId()).voters().add(recorded.actorId());
        } else if (event instanceof ElectionCounted e) {
            on(e);
        } else if (event instanceof ManagingDirectorDeputyNamed e) {
            on(e);
        } else if (event instanceof LetterDrafted e) {
            on(e);
        } else if (event instanceof LetterSigned e) {
            on(e);
        } else if (event instanceof LetterIssued e) {
            on(e);
        }
    }

    // ---- state -------------------------------------------------------------------------

    private record Meeting(String id, String agenda, JalaliDate heldOn, List<String> members, Set<String> present) {
    }

    private record Election(String id, String meetingId, BoardOffice office, List<String> candidates,
                            Set<String> voters) {
    }

    private record Letter(String id, String subject, boolean financial, Map<BoardOffice, String> signatures) {
    }

    @EventSourcingHandler
    void on(MeetingConvened event) {
        this.boardId = idFor(event.kanoonId());
        this.kanoonId = event.kanoonId();
        meetings.put(event.meetingId(), new Meeting(event.meetingId(), event.agenda(), event.heldOn(),
                List.copyOf(event.members()), new LinkedHashSet<>()));
    }

    @EventSourcingHandler
    void on(MemberAttended event) {
        meetings.get(event.meetingId()).present().add(event.nationalCode());
    }

    @EventSourcingHandler
    void on(MotionDecided event) {
        motions.add(event.motionId());
    }

    @EventSourcingHandler
    void on(ElectionOpened event) {
        elections.put(event.electionId(), new Election(event.electionId(), event.meetingId(), event.office(),
                List.copyOf(event.candidates()), new LinkedHashSet<>()));
    }

    /** The voter is the event's actor: the metadata, not the payload, names him. */
    @EventSourcingHandler
    void on(BallotCast event, MetaData metaData) {
        elections.get(event.electionId()).voters().add(Actor.from(metaData).id());
    }

    @EventSourcingHandler
    void on(ElectionCounted event) {
        counts.put(event.electionId(), event);
        if (event.elected() != null) {
            officers.put(event.office(), event.elected());
        }
    }

    @EventSourcingHandler
    void on(ManagingDirectorDeputyNamed event) {
        this.deputy = event;
    }

    @EventSourcingHandler
    void on(LetterDrafted event) {
        letters.put(event.letterId(), new Letter(event.letterId(), event.subject(), event.financial(),
                new EnumMap<>(BoardOffice.class)));
    }

    @EventSourcingHandler
    void on(LetterSigned event) {
        letters.get(event.letterId()).signatures().put(event.as(), event.signedBy());
    }

    @EventSourcingHandler
    void on(LetterIssued event) {
        issued.add(event.letterId());
    }
}
