package ir.daftar.projections.inspection;

import ir.daftar.core.filing.FilingEvent;
import ir.daftar.core.filing.FilingEvent.ApplicantConfirmedDocuments;
import ir.daftar.core.filing.FilingEvent.ContactDetailsChanged;
import ir.daftar.core.filing.FilingEvent.ContactDetailsRegistered;
import ir.daftar.core.filing.FilingEvent.CourtFeeAssessed;
import ir.daftar.core.filing.FilingEvent.CourtFeePaid;
import ir.daftar.core.filing.FilingEvent.DocumentConformityRejected;
import ir.daftar.core.filing.FilingEvent.DocumentConformityVerified;
import ir.daftar.core.filing.FilingEvent.DocumentDigitized;
import ir.daftar.core.filing.FilingEvent.FilingReturned;
import ir.daftar.core.filing.FilingEvent.FilingStarted;
import ir.daftar.core.filing.FilingEvent.PaperComplaintRegistered;
import ir.daftar.core.filing.FilingEvent.RegisteredAsCase;
import ir.daftar.core.filing.FilingEvent.IdentityVerified;
import ir.daftar.core.filing.FilingEvent.NotificationUndertakingAcknowledged;
import ir.daftar.core.filing.FilingEvent.OriginalsReceived;
import ir.daftar.core.filing.FilingEvent.SubmittedToCompetentAuthority;
import ir.daftar.core.filing.FilingEvent.TrackingCodeIssued;
import ir.daftar.core.filing.FilingKind;
import ir.daftar.core.filing.FilingRoute;
import ir.daftar.core.inspection.LedgerEntry;
import ir.daftar.projections.casestatus.CaseStatus;
import ir.daftar.projections.casestatus.CaseStatusView;
import ir.daftar.projections.casestatus.CaseStep;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * What the applicant's status page showed for one filing, folded in memory from its events in
 * order (no table): the same statuses and steps the {@code case-status} projection derives,
 * so that "as shown then" can be computed for any instant. Tested against that projection.
 */
final class CaseStatusFold {

    private final String filingId;
    private String trackingCode;
    private CaseStatus status;
    private FilingKind kind;
    private FilingRoute route;
    private String competentAuthorityName;
    private String officeId;
    private Instant startedAt;
    private Instant updatedAt;
    private String caseNumber;
    private String caseBranch;
    private String returnReason;
    private final TreeMap<Long, CaseStatusView.Step> steps = new TreeMap<>();

    CaseStatusFold(String filingId) {
        this.filingId = filingId;
    }

    String filingId() {
        return filingId;
    }

    String officeId() {
        return officeId;
    }

    CaseStatus status() {
        return status;
    }

    boolean started() {
        return status != null;
    }

    void apply(LedgerEntry entry) {
        if (!(entry.payload() instanceof FilingEvent event)) {
            return;
        }
        Instant at = entry.recordedAt().truncatedTo(ChronoUnit.MICROS);
        if (event instanceof FilingStarted started) {
            if (status == null) {
                status = CaseStatus.STARTED;
                kind = started.kind();
                route = started.route();
                competentAuthorityName = started.competentAuthority().name();
                officeId = started.officeId();
                startedAt = at;
                updatedAt = at;
            }
            step(entry, CaseStep.FILING_STARTED, at, CaseStatus.STARTED);
        } else if (status == null) {
            return;
        } else if (event instanceof IdentityVerified) {
            step(entry, CaseStep.IDENTITY_VERIFIED, at, null);
        } else if (event instanceof DocumentDigitized) {
            step(entry, CaseStep.DOCUMENT_DIGITIZED, at, null);
        } else if (event instanceof ApplicantConfirmedDocuments) {
            step(entry, CaseStep.APPLICANT_CONFIRMED_DOCUMENTS, at, null);
        } else if (event instanceof CourtFeeAssessed) {
            step(entry, CaseStep.FEE_ASSESSED, at, CaseStatus.FEE_ASSESSED);
        } else if (event instanceof CourtFeePaid) {
            step(entry, CaseStep.FEE_PAID, at, CaseStatus.FEE_PAID);
        } else if (event instanceof OriginalsReceived received) {
            officeIfAbsent(received.officeId());
            step(entry, CaseStep.ORIGINALS_RECEIVED, at, null);
        } else if (event instanceof DocumentConformityVerified) {
            step(entry, CaseStep.CONFORMITY_VERIFIED, at, null);
        } else if (event instanceof DocumentConformityRejected) {
            step(entry, CaseStep.CONFORMITY_REJECTED, at, null);
        } else if (event instanceof ContactDetailsRegistered) {
            step(entry, CaseStep.CONTACT_DETAILS_REGISTERED, at, null);
        } else if (event instanceof NotificationUndertakingAcknowledged) {
            step(entry, CaseStep.UNDERTAKING_ACKNOWLEDGED, at, null);
        } else if (event instanceof TrackingCodeIssued issued) {
            trackingCode = issued.trackingCode().value();
            officeIfAbsent(issued.confirmingOfficeId());
            step(entry, CaseStep.TRACKING_CODE_ISSUED, at, CaseStatus.TRACKING_CODE_ISSUED);
        } else if (event instanceof SubmittedToCompetentAuthority submitted) {
            if (submitted.competentAuthority() != null) {
                competentAuthorityName = submitted.competentAuthority().name();
            }
            step(entry, CaseStep.SUBMITTED, at, CaseStatus.SUBMITTED);
        } else if (event instanceof ContactDetailsChanged) {
            step(entry, CaseStep.CONTACT_DETAILS_CHANGED, at, null);
        } else if (event instanceof PaperComplaintRegistered) {
            step(entry, CaseStep.PAPER_COMPLAINT_REGISTERED, at, CaseStatus.SUBMITTED);
        } else if (event instanceof RegisteredAsCase registered) {
            caseNumber = registered.caseNumber();
            caseBranch = registered.branch();
            returnReason = null;
            step(entry, CaseStep.REGISTERED_AS_CASE, at, CaseStatus.REGISTERED_AS_CASE);
        } else if (event instanceof FilingReturned returned) {
            caseNumber = null;
            caseBranch = null;
            returnReason = returned.reason();
            step(entry, CaseStep.RETURNED, at, CaseStatus.RETURNED);
        }
    }

    private void officeIfAbsent(String office) {
        if (officeId == null && office != null) {
            officeId = office;
        }
    }

    private void step(LedgerEntry entry, CaseStep step, Instant at, CaseStatus reached) {
        steps.put(entry.sequenceNumber(), new CaseStatusView.Step(step, at));
        if (reached != null && reached.compareTo(status) > 0) {
            status = reached;
        }
        if (at.isAfter(updatedAt)) {
            updatedAt = at;
        }
    }

    /** The status page as it was, or null before the filing started. */
    CaseStatusView view() {
        if (status == null) {
            return null;
        }
        return new CaseStatusView(trackingCode, status, kind, route, competentAuthorityName, startedAt, updatedAt,
                new ArrayList<>(steps.values()), caseNumber, caseBranch, returnReason);
    }

    List<CaseStatusView.Step> steps() {
        return List.copyOf(steps.values());
    }
}
