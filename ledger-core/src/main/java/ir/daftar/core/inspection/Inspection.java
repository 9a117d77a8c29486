package ir.daftar.core.inspection;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.PersianText;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.inspection.InspectionCommand.AcceptFinding;
import ir.daftar.core.inspection.InspectionCommand.AnswerRequest;
import ir.daftar.core.inspection.InspectionCommand.CorrectReport;
import ir.daftar.core.inspection.InspectionCommand.DismissFinding;
import ir.daftar.core.inspection.InspectionCommand.FinalizeReport;
import ir.daftar.core.inspection.InspectionCommand.OpenInspection;
import ir.daftar.core.inspection.InspectionCommand.SendReportToGd;
import ir.daftar.core.inspection.InspectionCommand.SendRequest;
import ir.daftar.core.inspection.InspectionEvent.FindingAccepted;
import ir.daftar.core.inspection.InspectionEvent.FindingDismissed;
import ir.daftar.core.inspection.InspectionEvent.InspectionOpened;
import ir.daftar.core.inspection.InspectionEvent.ReportCorrected;
import ir.daftar.core.inspection.InspectionEvent.ReportFinalized;
import ir.daftar.core.inspection.InspectionEvent.ReportSentToGd;
import ir.daftar.core.inspection.InspectionEvent.RequestAnswered;
import ir.daftar.core.inspection.InspectionEvent.RequestSentToOffice;
import ir.daftar.core.office.OfficeDirectory;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * An inspection of one office by the Kanoon (A28, A33): its inspectors, the period inspected,
 * the requests to the office and the office's answers (A37-9), the inspectors' decisions on the
 * automatic findings, and the reasoned report sent to the GD. A finalized report never changes;
 * a correction is an event of its own.
 */
public class Inspection {

    private static final String ID_PATTERN = "[A-Za-z0-9\\-]{1,64}";

    @AggregateIdentifier
    private String inspectionId;
    private String officeId;
    private final Set<String> inspectors = new LinkedHashSet<>();
    /** request id -> answered */
    private final Map<String, Boolean> requests = new LinkedHashMap<>();
    private final Set<String> accepted = new LinkedHashSet<>();
    private final Set<String> dismissed = new LinkedHashSet<>();
    private boolean finalized;
    private boolean sent;

    protected Inspection() {
        // for Axon
    }

    /**
     * A28/A33: an inspector named in the Kanoon board's order opens the inspection, under the order's id, for the
     * order's office, kind and period (ADR 1300); the inspectors are the order's, or those of them the command names.
     */
    @CommandHandler
    public Inspection(OpenInspection command, MetaData metaData, OfficeDirectory offices, InspectionOrders orders) {
        Actor actor = Actor.from(metaData);
        requireId(command.inspectionId(), "inspectionId");
        requireId(command.officeId(), "officeId");
        requireId(command.kanoonId(), "kanoonId");
        Objects.requireNonNull(command.kind(), "kind");
        InspectionOrder order = orders.find(command.kanoonId(), command.inspectionId()).orElse(null);
        List<String> inspectorIds = command.inspectorIds().isEmpty() && order != null
                ? order.inspectorIds() : command.inspectorIds();
        RuleViolation.require(actor.role() == ActorRole.INSPECTOR && inspectorIds.contains(actor.id()),
                Rule.A28_INSPECTOR_ONLY, "an inspection is opened by one of its inspectors");
        RuleViolation.require(offices.staffingOf(command.officeId()).isPresent(), Rule.A33_OFFICE_NOT_REGISTERED,
                "office " + command.officeId() + " is not registered");
        Instant now = GenericEventMessage.clock.instant();
        RuleViolation.require(command.periodFrom() != null && command.periodTo() != null
                        && command.periodFrom().isBefore(command.periodTo()) && !command.periodTo().isAfter(now),
                Rule.A33_PERIOD_INVALID, "the period ends after it starts and not in the future");
        RuleViolation.require(order != null, Rule.A28_INSPECTION_NOT_ORDERED,
                "the board of " + command.kanoonId() + " ordered no inspection " + command.inspectionId());
        RuleViolation.require(order.officeId().equals(command.officeId()) && order.kind() == command.kind()
                        && order.periodFrom().equals(command.periodFrom()) && order.periodTo().equals(command.periodTo()),
                Rule.A28_INSPECTION_NOT_ORDERED, "the order names another office, kind or period");
        RuleViolation.require(order.inspectorIds().containsAll(inspectorIds), Rule.A28_INSPECTION_NOT_ORDERED,
                "the order does not name every inspector given");
        apply(new InspectionOpened(command.inspectionId(), command.kind(), command.kanoonId(), command.officeId(),
                List.copyOf(inspectorIds), command.periodFrom(), command.periodTo(), actor.id()));
    }

    /** A37-9: the inspectors ask the office, with a deadline after now. */
    @CommandHandler
    public void handle(SendRequest command, MetaData metaData) {
        Actor actor = requireInspector(metaData);
        requireNotFinalized();
        requireId(command.requestId(), "requestId");
        RuleViolation.require(!requests.containsKey(command.requestId()), Rule.A37_9_REQUEST_ALREADY_ANSWERED,
                "a request with this id was already sent");
        String text = requireText(command.text(), "text");
        if (command.deadline() == null || !command.deadline().isAfter(GenericEventMessage.clock.instant())) {
            throw new IllegalArgumentException("the deadline is after now");
        }
        apply(new RequestSentToOffice(inspectionId, officeId, command.requestId(), text, command.deadline(), actor.id()));
    }

    /** A37-9: staff of the inspected office answer a request, once (late answers are recorded too). */
    @CommandHandler
    public void handle(AnswerRequest command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        RuleViolation.require(actor.role().isOfficeStaff() && officeId.equals(actor.officeId()),
                Rule.A37_9_OFFICE_STAFF_ONLY, "the inspected office answers");
        Boolean answered = requests.get(command.requestId());
        RuleViolation.require(answered != null, Rule.A37_9_REQUEST_UNKNOWN, "no such request in this inspection");
        RuleViolation.require(!answered, Rule.A37_9_REQUEST_ALREADY_ANSWERED, "the request is already answered");
        apply(new RequestAnswered(inspectionId, officeId, command.requestId(), requireText(command.answer(), "answer"),
                actor.id()));
    }

    /** A33: a finding goes into the report with its evidence and the inspector's reason. */
    @CommandHandler
    public void handle(AcceptFinding command, MetaData metaData) {
        Actor actor = requireDecidable(metaData, command.findingId(), command.rule());
        RuleViolation.require(!command.evidenceEventIds().isEmpty(), Rule.A33_REASON_REQUIRED,
                "a finding is documented by the events that prove it");
        apply(new FindingAccepted(inspectionId, command.findingId(), command.rule(), command.rule().article(),
                command.subjectId(), command.evidenceEventIds(), requireReason(command.reason()), actor.id()));
    }

    /** A33: a finding is dismissed with the inspector's reason. */
    @CommandHandler
    public void handle(DismissFinding command, MetaData metaData) {
        Actor actor = requireDecidable(metaData, command.findingId(), command.rule());
        apply(new FindingDismissed(inspectionId, command.findingId(), command.rule(), requireReason(command.reason()),
                actor.id()));
    }

    /** A33: the reasoned report is finalized, once. */
    @CommandHandler
    public void handle(FinalizeReport command, MetaData metaData) {
        Actor actor = requireInspector(metaData);
        requireNotFinalized();
        apply(new ReportFinalized(inspectionId, officeId, requireReason(command.summary()), List.copyOf(accepted),
                List.copyOf(dismissed), actor.id()));
    }

    /** A33: the finalized report goes to the GD, once. */
    @CommandHandler
    public void handle(SendReportToGd command, MetaData metaData) {
        Actor actor = requireInspector(metaData);
        RuleViolation.require(finalized, Rule.A33_REPORT_NOT_FINALIZED, "finalize the report first");
        RuleViolation.require(!sent, Rule.A33_REPORT_ALREADY_SENT, "the report was already sent");
        apply(new ReportSentToGd(inspectionId, actor.id()));
    }

    /** A33: a correction is a new event beside the finalized report, which stays as it was. */
    @CommandHandler
    public void handle(CorrectReport command, MetaData metaData) {
        Actor actor = requireInspector(metaData);
        RuleViolation.require(finalized, Rule.A33_REPORT_NOT_FINALIZED, "only a finalized report is corrected");
        apply(new ReportCorrected(inspectionId, requireReason(command.correction()), actor.id()));
    }

    // ---- rules -------------------------------------------------------------------------

    /** A28: only the inspectors assigned to this inspection act on it. */
    private Actor requireInspector(MetaData metaData) {
        Actor actor = Actor.from(metaData);
        RuleViolation.require(actor.role() == ActorRole.INSPECTOR && inspectors.contains(actor.id()),
                Rule.A28_INSPECTOR_ONLY, "only the inspectors of this inspection act on it");
        return actor;
    }

    /** A33: a finalized report cannot change. */
    private void requireNotFinalized() {
        RuleViolation.require(!finalized, Rule.A33_REPORT_FINALIZED, "the report is finalized");
    }

    /**
     * A28/A33: an inspector of this inspection decides a finding (of the given rule) once, before the report is
     * finalized; returns the inspector.
     */
    private Actor requireDecidable(MetaData metaData, String findingId, Rule rule) {
        Actor actor = requireInspector(metaData);
        requireNotFinalized();
        requireUndecided(findingId);
        Objects.requireNonNull(rule, "rule");
        return actor;
    }

    private void requireUndecided(String findingId) {
        requireId(findingId, "findingId");
        RuleViolation.require(!accepted.contains(findingId) && !dismissed.contains(findingId),
                Rule.A33_FINDING_ALREADY_DECIDED, "this finding was already decided");
    }

    /** A33: the report and each decision are reasoned. */
    private static String requireReason(String reason) {
        String normalized = PersianText.normalize(reason);
        RuleViolation.require(normalized != null && !normalized.isBlank(), Rule.A33_REASON_REQUIRED, "state the reason");
        if (normalized.length() > 4000) {
            throw new IllegalArgumentException("at most 4000 characters");
        }
        return normalized;
    }

    private static String requireText(String text, String field) {
        String normalized = PersianText.normalize(text);
        if (normalized == null || normalized.isBlank() || normalized.length() > 4000) {
            throw new IllegalArgumentException(field + " is required (at most 4000 characters)");
        }
        return normalized;
    }

    private static void requireId(String id, String field) {
        if (id == null || !id.matches(ID_PATTERN)) {
            throw new IllegalArgumentException(field + " must be 1-64 letters, digits or dashes");
        }
    }

    // ---- state -------------------------------------------------------------------------

    @EventSourcingHandler
    void on(InspectionOpened event) {
        this.inspectionId = event.inspectionId();
        this.officeId = event.officeId();
        this.inspectors.addAll(event.inspectorIds());
    }

    @EventSourcingHandler
    void on(RequestSentToOffice event) {
        requests.put(event.requestId(), false);
    }

    @EventSourcingHandler
    void on(RequestAnswered event) {
        requests.put(event.requestId(), true);
    }

    @EventSourcingHandler
    void on(FindingAccepted event) {
        accepted.add(event.findingId());
    }

    @EventSourcingHandler
    void on(FindingDismissed event) {
        dismissed.add(event.findingId());
    }

    @EventSourcingHandler
    void on(ReportFinalized event) {
        this.finalized = true;
    }

    @EventSourcingHandler
    void on(ReportSentToGd event) {
        this.sent = true;
    }
}
