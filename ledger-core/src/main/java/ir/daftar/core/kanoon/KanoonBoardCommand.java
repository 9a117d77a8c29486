package ir.daftar.core.kanoon;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * What the members of a Kanoon's board ask of it (A27): meetings and attendance, motions, the secret-ballot elections
 * of its officers, the managing director's deputy, letters and their signatures. Each targets the board's stream,
 * {@link KanoonBoard#idFor(String)}.
 */
public sealed interface KanoonBoardCommand {

    String boardId();

    /** A27: a sitting member convenes a meeting of the board. */
    record ConveneMeeting(@TargetAggregateIdentifier String boardId, String kanoonId, String meetingId, String agenda)
            implements KanoonBoardCommand {
    }

    /** A27: a sitting member records being present at the meeting. */
    record AttendMeeting(@TargetAggregateIdentifier String boardId, String meetingId) implements KanoonBoardCommand {
    }

    /** A27: a motion put to the vote of the members present, by roll call; carried by a majority of all members. */
    record PutMotion(@TargetAggregateIdentifier String boardId, String meetingId, String motionId, String text,
                     List<String> inFavour, List<String> against) implements KanoonBoardCommand {

        public PutMotion {
            inFavour = inFavour == null ? List.of() : List.copyOf(inFavour);
            against = against == null ? List.of() : List.copyOf(against);
        }
    }

    /** A27: an election of an officer by secret ballot, among the candidates named. */
    record OpenElection(@TargetAggregateIdentifier String boardId, String meetingId, String electionId,
                        BoardOffice office, List<String> candidates) implements KanoonBoardCommand {

        public OpenElection {
            candidates = candidates == null ? List.of() : List.copyOf(candidates);
        }
    }

    /** A27: a present member casts a secret ballot; the answer is the ballot's commitment, the voter's receipt. */
    record CastBallot(@TargetAggregateIdentifier String boardId, String meetingId, String electionId, String choice)
            implements KanoonBoardCommand {
    }

    /** A27: a present member closes the ballot; the ballots and the count are published. */
    record CloseElection(@TargetAggregateIdentifier String boardId, String meetingId, String electionId)
            implements KanoonBoardCommand {
    }

    /** A27 note: the managing director names the deputy who runs his own office. */
    record NameDeputy(@TargetAggregateIdentifier String boardId, String officeId, String nationalCode, String name)
            implements KanoonBoardCommand {
    }

    /** A27: a sitting member drafts a letter of the Kanoon; a financial one needs the treasurer's signature too. */
    record DraftLetter(@TargetAggregateIdentifier String boardId, String letterId, String subject, String text,
                       boolean financial) implements KanoonBoardCommand {
    }

    /** A27: the managing director, or the treasurer, signs a letter. */
    record SignLetter(@TargetAggregateIdentifier String boardId, String letterId) implements KanoonBoardCommand {
    }

    /** A27: a letter is issued once it bears the signatures it needs. */
    record IssueLetter(@TargetAggregateIdentifier String boardId, String letterId) implements KanoonBoardCommand {
    }
}
