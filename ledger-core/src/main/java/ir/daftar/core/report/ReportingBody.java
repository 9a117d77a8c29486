package ir.daftar.core.report;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.PersianText;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.report.ReportingBodyCommand.AddReportingBodyUser;
import ir.daftar.core.report.ReportingBodyCommand.RegisterReportingBody;
import ir.daftar.core.report.ReportingBodyEvent.ReportingBodyRegistered;
import ir.daftar.core.report.ReportingBodyEvent.ReportingBodyUserAdded;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A9: a body that sends reports on cases (judicial officers, an official expert, forensic
 * medicine, a prison, another body), the kinds of report it is registered for, and its users.
 */
public class ReportingBody {

    private static final String ID_PATTERN = "[A-Za-z0-9\\-]{1,40}";

    @AggregateIdentifier
    private String reportingBodyId;
    private ReportingBodyKind kind;
    private String name;
    private Set<ReportKind> reportKinds = EnumSet.noneOf(ReportKind.class);
    private final Set<String> users = new LinkedHashSet<>();

    protected ReportingBody() {
        // for Axon
    }

    /** A9: registration, once, for at least one kind of report. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterReportingBody command, MetaData metaData) {
        RuleViolation.require(reportingBodyId == null, Rule.A9_BODY_ALREADY_REGISTERED,
                "reporting body " + command.reportingBodyId() + " is already registered");
        Actor actor = Actor.from(metaData);
        if (command.reportingBodyId() == null || !command.reportingBodyId().matches(ID_PATTERN)) {
            throw new IllegalArgumentException("reporting body id must be 1-40 letters, digits or dashes");
        }
        Objects.requireNonNull(command.kind(), "kind");
        String normalized = PersianText.normalize(command.name());
        if (normalized == null || normalized.isBlank() || normalized.length() > 200) {
            throw new IllegalArgumentException("reporting body name is required (at most 200 characters)");
        }
        RuleViolation.require(!command.reportKinds().isEmpty(), Rule.A9_NO_REPORT_KINDS,
                "a reporting body is registered for at least one kind of report");
        command.users().forEach(ReportingBody::requireUserId);
        apply(new ReportingBodyRegistered(command.reportingBodyId(), command.kind(), normalized, command.reportKinds(),
                command.users().stream().distinct().toList(), actor.id()));
    }

    /** A9: a further user of the body, once. */
    @CommandHandler
    public void handle(AddReportingBodyUser command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        requireUserId(command.userId());
        RuleViolation.require(!users.contains(command.userId()), Rule.A9_USER_ALREADY_REGISTERED,
                "already a user of this body");
        apply(new ReportingBodyUserAdded(reportingBodyId, command.userId(), actor.id()));
    }

    /** The registration as of the last event applied. */
    public ReportingBodyRegistration registration() {
        return new ReportingBodyRegistration(reportingBodyId, kind, name, reportKinds, users);
    }

    private static void requireUserId(String userId) {
        if (userId == null || !userId.matches("[A-Za-z0-9\\-:]{1,64}")) {
            throw new IllegalArgumentException("a user id is 1-64 letters, digits, dashes or colons");
        }
    }

    @EventSourcingHandler
    void on(ReportingBodyRegistered event) {
        this.reportingBodyId = event.reportingBodyId();
        this.kind = event.kind();
        this.name = event.name();
        this.reportKinds = event.reportKinds().isEmpty() ? EnumSet.noneOf(ReportKind.class) : EnumSet.copyOf(event.reportKinds());
        this.users.addAll(event.users());
    }

    @EventSourcingHandler
    void on(ReportingBodyUserAdded event) {
        this.users.add(event.userId());
    }
}
