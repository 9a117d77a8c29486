package ir.daftar.core.kanoon;

import ir.daftar.core.calendar.JalaliDate;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * What a Kanoon's board did, in the regulation's words (A27). No event links a voter to a choice (ADR 1310): a
 * voter's {@link BallotCast} holds neither choice nor commitment, and {@link ElectionCounted}, which holds the
 * ballots, is recorded by the system, not by a member.
 */
public sealed interface KanoonBoardEvent {

    String kanoonId();

    /** A27: a meeting was convened; {@code members} are the members sitting on the board that day. */
    @Revision("1")
    record MeetingConvened(String kanoonId, String meetingId, String agenda, JalaliDate heldOn, List<String> members,
                           String convenedBy) implements KanoonBoardEvent {
    }

    /** A27: a member was present at the meeting. */
    @Revision("1")
    record MemberAttended(String kanoonId, String meetingId, String nationalCode) implements KanoonBoardEvent {
    }

    /**
     * A27: a motion was voted on by roll call; carried when those in favour are a majority of all the board's
     * {@code members}, not only of those present.
     */
    @Revision("1")
    record MotionDecided(String kanoonId, String meetingId, String motionId, String text, List<String> inFavour,
                         List<String> against, int members, boolean carried) implements KanoonBoardEvent {
    }

    /** A27: an election of an officer by secret ballot was opened among the candidates. */
    @Revision("1")
    record ElectionOpened(String kanoonId, String meetingId, String electionId, BoardOffice office,
                          List<String> candidates) implements KanoonBoardEvent {
    }

    /**
     * A27: a member (the actor, in the metadata) cast a ballot. Neither the choice nor the commitment is here: the
     * sealed ballot went into the ballot box, which names no voter.
     */
    @Revision("1")
    record BallotCast(String kanoonId, String meetingId, String electionId) implements KanoonBoardEvent {
    }

    /** A27: a member (the actor) closed the ballot; the count follows. */
    @Revision("1")
    record BallotClosed(String kanoonId, String meetingId, String electionId) implements KanoonBoardEvent {
    }

    /**
     * A27: the count, recorded by the system: every sealed ballot, ordered by commitment (not in the order cast), the
     * votes per candidate, and the candidate elected by a majority of the board's {@code members} (absent: none).
     */
    @Revision("1")
    record ElectionCounted(String kanoonId, String meetingId, String electionId, BoardOffice office,
                           List<SealedBallot> ballots, Map<String, Integer> tally, int votesRecorded, int members,
                           String elected) implements KanoonBoardEvent {
    }

    /** A27 note: the managing director named the deputy who runs his own office while he works at the Kanoon. */
    @Revision("1")
    record ManagingDirectorDeputyNamed(String kanoonId, String managingDirector, String officeId, String nationalCode,
                                       String name) implements KanoonBoardEvent {
    }

    /** A27: a letter of the Kanoon was drafted. */
    @Revision("1")
    record LetterDrafted(String kanoonId, String letterId, String subject, String text, boolean financial,
                         String draftedBy) implements KanoonBoardEvent {
    }

    /** A27: an officer signed a letter, as managing director or as treasurer. */
    @Revision("1")
    record LetterSigned(String kanoonId, String letterId, BoardOffice as, String signedBy) implements KanoonBoardEvent {
    }

    /** A27: a letter bearing the signatures it needs was issued. */
    @Revision("1")
    record LetterIssued(String kanoonId, String letterId) implements KanoonBoardEvent {
    }
}
