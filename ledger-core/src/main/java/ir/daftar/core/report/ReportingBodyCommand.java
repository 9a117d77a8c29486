package ir.daftar.core.report;

import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of the registry of reporting bodies (A9). */
public sealed interface ReportingBodyCommand {

    String reportingBodyId();

    /** A9: a body registers: its kind, the kinds of report it sends, its first users (actor ids). */
    record RegisterReportingBody(@TargetAggregateIdentifier String reportingBodyId, ReportingBodyKind kind, String name,
                                 Set<ReportKind> reportKinds, List<String> users) implements ReportingBodyCommand {

        public RegisterReportingBody {
            reportKinds = reportKinds == null ? Set.of() : Set.copyOf(reportKinds);
            users = users == null ? List.of() : List.copyOf(users);
        }
    }

    /** A9: another person sends reports for the body. */
    record AddReportingBodyUser(@TargetAggregateIdentifier String reportingBodyId, String userId)
            implements ReportingBodyCommand {
    }
}
