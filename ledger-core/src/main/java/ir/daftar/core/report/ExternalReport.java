package ir.daftar.core.report;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.OccurredAt;
import ir.daftar.core.common.PersianText;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.filing.CaseDirectory;
import ir.daftar.core.filing.CaseReference;
import ir.daftar.core.filing.TrackingCode;
import ir.daftar.core.filing.TrackingCodeIssuer;
import ir.daftar.core.report.ExternalReportCommand.AcknowledgeReport;
import ir.daftar.core.report.ExternalReportCommand.SubmitReport;
import ir.daftar.core.report.ExternalReportEvent.ReportAcknowledged;
import ir.daftar.core.report.ExternalReportEvent.ReportSubmitted;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A9: a report, the result of an action or the execution of a judicial order, sent electronically
 * by a registered reporting body on a case, with its own tracking code, until the competent
 * authority acknowledges it.
 */
public class ExternalReport {

    @AggregateIdentifier
    private String reportId;
    private String filingId;
    private String competentAuthorityId;
    private boolean acknowledged;

    protected ExternalReport() {
        // for Axon
    }

    /**
     * A9: only a registered body, through one of its users, for a kind it is registered for, on a
     * case the ledger knows, with at least one document; the report gets its own tracking code.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public TrackingCode handle(SubmitReport command, MetaData metaData, ReportingBodyDirectory bodies, CaseDirectory cases,
                               TrackingCodeIssuer issuer) {
        Actor actor = Actor.from(metaData);
        Objects.requireNonNull(command.reportId(), "reportId");
        Objects.requireNonNull(command.kind(), "kind");
        ReportingBodyRegistration body = requireRegisteredUser(actor, bodies);
        RuleViolation.require(body.mayFile(command.kind()), Rule.A9_REPORT_KIND_NOT_REGISTERED,
                body.reportingBodyId() + " is not registered for " + command.kind());
        // a filing still being prepared is not a case yet: it is refused as unknown, which tells nothing of it
        CaseReference target = cases.find(command.filingId()).filter(CaseReference::withAuthority)
                .orElseThrow(() -> new RuleViolation(Rule.A9_CASE_UNKNOWN, "no case " + command.filingId()));
        RuleViolation.require(!command.documents().isEmpty(), Rule.A9_NO_DOCUMENTS, "a report is sent with its documents");
        RuleViolation.require(command.occurredAt() == null || !command.occurredAt().isAfter(GenericEventMessage.clock.instant()),
                Rule.A9_OCCURRED_IN_FUTURE, "the reported action cannot have happened in the future");
        String title = PersianText.normalize(command.title());
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new IllegalArgumentException("a report has a title (at most 300 characters)");
        }
        TrackingCode code = issuer.issueFor(command.reportId());
        ReportSubmitted submitted = new ReportSubmitted(command.reportId(), target.filingId(), body.reportingBodyId(),
                body.kind(), command.kind(), title, command.documents(), code, target.competentAuthorityId(), actor.id());
        if (command.occurredAt() != null) {
            apply(submitted, OccurredAt.metaData(command.occurredAt()));
        } else {
            apply(submitted);
        }
        return code;
    }

    /** A9: the case's competent authority acknowledges the report, once. */
    @CommandHandler
    public void handle(AcknowledgeReport command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        RuleViolation.require(actor.role() == ActorRole.COURT_STAFF && competentAuthorityId.equals(actor.authorityId()),
                Rule.A9_OTHER_AUTHORITY, "only staff of " + competentAuthorityId + " acknowledge this report");
        RuleViolation.require(!acknowledged, Rule.A9_ALREADY_ACKNOWLEDGED, "the report is already acknowledged");
        apply(new ReportAcknowledged(reportId, filingId, actor.authorityId(), actor.id()));
    }

    /** A9: the actor is a registered user of a registered body. */
    static ReportingBodyRegistration requireRegisteredUser(Actor actor, ReportingBodyDirectory bodies) {
        ReportingBodyRegistration body = actor.reportingBodyId() == null ? null
                : bodies.find(actor.reportingBodyId()).orElse(null);
        RuleViolation.require(body != null, Rule.A9_BODY_NOT_REGISTERED, "the actor's reporting body is not registered");
        RuleViolation.require(actor.role() == ActorRole.REPORTING_BODY && body.hasUser(actor.id()), Rule.A9_NOT_BODY_USER,
                actor.id() + " is not a registered user of " + body.reportingBodyId());
        return body;
    }

    @EventSourcingHandler
    void on(ReportSubmitted event) {
        this.reportId = event.reportId();
        this.filingId = event.filingId();
        this.competentAuthorityId = event.competentAuthorityId();
    }

    @EventSourcingHandler
    void on(ReportAcknowledged event) {
        this.acknowledged = true;
    }
}
