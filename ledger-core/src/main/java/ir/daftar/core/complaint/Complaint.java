package ir.daftar.core.complaint;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import ir.daftar.core.calendar.TehranTime;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.PersianText;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.complaint.ComplaintCommand.LodgeComplaint;
import ir.daftar.core.complaint.ComplaintCommand.ReferComplaintToDiscipline;
import ir.daftar.core.complaint.ComplaintCommand.ReportComplaintToGd;
import ir.daftar.core.complaint.ComplaintCommand.ReviewComplaint;
import ir.daftar.core.complaint.ComplaintEvent.ComplaintLodged;
import ir.daftar.core.complaint.ComplaintEvent.ComplaintReferredToDiscipline;
import ir.daftar.core.complaint.ComplaintEvent.ComplaintReportedToGd;
import ir.daftar.core.complaint.ComplaintEvent.ComplaintReviewed;
import ir.daftar.core.kanoon.KanoonBoardSeats;
import ir.daftar.core.kanoon.KanoonRegistry;
import ir.daftar.core.kanoon.OfficeLocator;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A complaint about an office (A28(e); ADR 1320): lodged by anyone signed in; reviewed, with reasons, by a sitting
 * member of the board of the Kanoon covering the office (A25); then reported to the GD; and, if upheld, the ground of
 * at most one disciplinary case (A34), which the board opens in the same transaction as it is recorded here.
 */
public class Complaint {

    private static final String ID = "[A-Za-z0-9\\-]{1,64}";
    /** As long as a disciplinary case's statement may be (ADR 1200), which the complaint's text becomes. */
    static final int MAX_TEXT = 4000;

    @AggregateIdentifier
    private String complaintId;
    private String officeId;
    private ComplaintOutcome outcome;
    private boolean reported;
    private String caseId;

    protected Complaint() {
        // for Axon
    }

    /** A28(e): anyone signed in complains about an office a Kanoon covers; the text is required. */
    @CommandHandler
    public Complaint(LodgeComplaint command, MetaData metaData, OfficeLocator locator, KanoonRegistry registry) {
        Actor actor = Actor.from(metaData);
        requireId(command.complaintId(), "complaintId");
        requireId(command.officeId(), "officeId");
        RuleViolation.require(actor.role() != ActorRole.SYSTEM, Rule.A28_COMPLAINT_INVALID,
                "a complaint is lodged by a person");
        if (command.filingId() != null) {
            requireId(command.filingId(), "filingId");
        }
        String text = PersianText.normalize(command.text());
        RuleViolation.require(text != null && !text.isBlank() && text.length() <= MAX_TEXT, Rule.A28_COMPLAINT_INVALID,
                "a complaint states what happened (at most " + MAX_TEXT + " characters)");
        RuleViolation.require(locator.provinceOf(command.officeId()).isPresent(), Rule.A28_COMPLAINT_INVALID,
                "no office " + command.officeId() + " in a known province");
        String kanoonId = KanoonBoardSeats.coveringNow(command.officeId(), locator, registry).orElseThrow(() ->
                new RuleViolation(Rule.A25_COMPLAINT_NO_KANOON, "no Kanoon covers office " + command.officeId()));
        apply(new ComplaintLodged(command.complaintId(), command.officeId(), kanoonId, text, command.filingId()));
    }

    /** A28(e): a sitting member of the board of the Kanoon covering the office now reviews it, once, with reasons. */
    @CommandHandler
    public void handle(ReviewComplaint command, MetaData metaData, OfficeLocator locator, KanoonRegistry registry,
                       KanoonBoardSeats seats) {
        String kanoonId = requireCoveringBoard(metaData, locator, registry, seats);
        RuleViolation.require(outcome == null, Rule.A28_COMPLAINT_OUT_OF_ORDER, "the complaint was already reviewed");
        Objects.requireNonNull(command.outcome(), "outcome");
        String reasons = PersianText.normalize(command.reasons());
        RuleViolation.require(reasons != null && !reasons.isBlank(), Rule.A28_COMPLAINT_REASON_REQUIRED,
                "a review states its reasons");
        if (reasons.length() > MAX_TEXT) {
            throw new IllegalArgumentException("reasons: at most " + MAX_TEXT + " characters");
        }
        apply(new ComplaintReviewed(complaintId, kanoonId, command.outcome(), reasons));
    }

    /** A28(e): the covering board reports the complaint to the GD, after its review and once. */
    @CommandHandler
    public void handle(ReportComplaintToGd command, MetaData metaData, OfficeLocator locator, KanoonRegistry registry,
                       KanoonBoardSeats seats) {
        String kanoonId = requireCoveringBoard(metaData, locator, registry, seats);
        RuleViolation.require(outcome != null, Rule.A28_COMPLAINT_OUT_OF_ORDER,
                "the board reports a complaint to the GD after reviewing it");
        RuleViolation.require(!reported, Rule.A28_COMPLAINT_OUT_OF_ORDER, "the complaint was already reported to the GD");
        apply(new ComplaintReportedToGd(complaintId, kanoonId, outcome));
    }

    /**
     * A28(e)/A34: the covering board opens a disciplinary case from the complaint: reviewed as upheld, reported to the
     * GD, and not yet the ground of a case (a complaint opens at most one).
     */
    @CommandHandler
    public void handle(ReferComplaintToDiscipline command, MetaData metaData, OfficeLocator locator,
                       KanoonRegistry registry, KanoonBoardSeats seats) {
        requireCoveringBoard(metaData, locator, registry, seats);
        requireId(command.caseId(), "caseId");
        RuleViolation.require(caseId == null, Rule.A28_COMPLAINT_CASE_ALREADY_OPENED,
                "case " + caseId + " was already opened from this complaint");
        RuleViolation.require(outcome != null && reported, Rule.A28_COMPLAINT_OUT_OF_ORDER,
                "a case is opened from a complaint the board reviewed and reported to the GD");
        RuleViolation.require(outcome == ComplaintOutcome.UPHELD, Rule.A28_COMPLAINT_NOT_UPHELD,
                "the board dismissed the complaint");
        if (command.accusedId() == null || command.accusedId().isBlank()) {
            throw new IllegalArgumentException("accusedId is required");
        }
        apply(new ComplaintReferredToDiscipline(complaintId, command.caseId(), officeId, command.accusedId()));
    }

    /** A25/A28: the actor sits today on the board of the Kanoon covering the office now; returns that Kanoon. */
    private String requireCoveringBoard(MetaData metaData, OfficeLocator locator, KanoonRegistry registry,
                                        KanoonBoardSeats seats) {
        Actor actor = Actor.from(metaData);
        String kanoonId = KanoonBoardSeats.coveringNow(officeId, locator, registry).orElse(null);
        RuleViolation.require(actor.role() == ActorRole.KANOON_BOARD_MEMBER && kanoonId != null
                        && seats.sitsOn(kanoonId, actor.id(), TehranTime.dayOf(GenericEventMessage.clock.instant())),
                Rule.A28_COMPLAINT_BOARD_ONLY,
                "a complaint is reviewed by a sitting member of the board of the Kanoon covering the office");
        return kanoonId;
    }

    private static void requireId(String id, String field) {
        if (id == null || !id.matches(ID)) {
            throw new IllegalArgumentException(field + " must be 1-64 letters, digits or dashes");
        }
    }

    @EventSourcingHandler
    void on(ComplaintLodged event) {
        this.complaintId = event.complaintId();
        this.officeId = event.officeId();
    }

    @EventSourcingHandler
    void on(ComplaintReviewed event) {
        this.outcome = event.outcome();
    }

    @EventSourcingHandler
    void on(ComplaintReportedToGd event) {
        this.reported = true;
    }

    @EventSourcingHandler
    void on(ComplaintReferredToDiscipline event) {
        this.caseId = event.caseId();
    }
}
