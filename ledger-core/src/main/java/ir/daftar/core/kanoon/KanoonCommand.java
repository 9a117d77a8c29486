package ir.daftar.core.kanoon;

import ir.daftar.core.inspection.InspectionKind;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a Kanoon (A25-A28, A33). */
public sealed interface KanoonCommand {

    String kanoonId();

    /** A25: the Judiciary forms a Kanoon for a province centre; its id is {@link Kanoon#idFor(String)}. */
    record FormKanoon(@TargetAggregateIdentifier String kanoonId, String provinceCode) implements KanoonCommand {
    }

    /** A26: a proposal for an office-manager seat (by a member) or a judge's seat (by the Council). */
    record ProposeBoardMember(@TargetAggregateIdentifier String kanoonId, String proposalId, BoardSeatKind kind,
                              String nationalCode, String name, BoardQualification qualification)
            implements KanoonCommand {
    }

    /** A26: the Center head approves (seating the person for three years) or refuses a proposal. */
    record DecideBoardProposal(@TargetAggregateIdentifier String kanoonId, String proposalId, boolean approved,
                               String reasons) implements KanoonCommand {
    }

    /** A26: the GD names its director or representative, the Center head the Center's representative. */
    record AppointBoardRepresentative(@TargetAggregateIdentifier String kanoonId, BoardSeatKind kind, String nationalCode,
                                      String name) implements KanoonCommand {
    }

    /** A26 note: a member is re-appointed for a further three years, from the end of the running term. */
    record ReappointBoardMember(@TargetAggregateIdentifier String kanoonId, String nationalCode) implements KanoonCommand {
    }

    /** A26: a member leaves the board before the term's end (resignation, removal, death). */
    record EndBoardMembership(@TargetAggregateIdentifier String kanoonId, String nationalCode, String reason)
            implements KanoonCommand {
    }

    /** A28: the board puts an inspector on the Kanoon's roster. */
    record AddInspectorToRoster(@TargetAggregateIdentifier String kanoonId, String inspectorId, String name)
            implements KanoonCommand {
    }

    /** A28/A33: the board orders a periodic or ad hoc inspection of an office it covers, by inspectors of its roster. */
    record OrderInspection(@TargetAggregateIdentifier String kanoonId, String orderId, InspectionKind kind,
                           String officeId, Instant periodFrom, Instant periodTo, List<String> inspectorIds)
            implements KanoonCommand {

        public OrderInspection {
            inspectorIds = inspectorIds == null ? List.of() : List.copyOf(inspectorIds);
        }
    }
}
