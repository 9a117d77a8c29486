package ir.daftar.projections.casestatus;

import ir.daftar.core.common.Digits;
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
import ir.daftar.core.filing.FilingEvent.PaperComplaintRegistered;
import ir.daftar.core.filing.FilingEvent.RegisteredAsCase;
import ir.daftar.core.filing.FilingEvent.FilingStarted;
import ir.daftar.core.filing.FilingEvent.IdentityVerified;
import ir.daftar.core.filing.FilingEvent.NotificationUndertakingAcknowledged;
import ir.daftar.core.filing.FilingEvent.OriginalsReceived;
import ir.daftar.core.filing.FilingEvent.SubmittedToCompetentAuthority;
import ir.daftar.core.filing.FilingEvent.TrackingCodeIssued;
import ir.daftar.core.filing.TrackingCode;
import ir.daftar.projections.privacy.PersonalDataHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code case-status} read model (A5, A7): a filing's {@link CaseStatus} and its
 * {@link CaseStep}s, found by tracking code and answered only to someone who also knows the
 * applicant's national code. It stores no names, no contact details and nothing about other
 * parties; the applicant's identifier only as {@link PersonalDataHasher a keyed hash}.
 *
 * <p>Idempotent: a step is numbered by its event's sequence number in the filing's stream and
 * written once (a redelivered event changes nothing); the status and the update time only move forward.
 * A rebuild resets the tables ({@link #reset()}) and replays every event.
 *
 * <p>The handlers never read the tables: each write is blind and is held until the end of the
 * processor's batch, then sent with the batch's other writes in a few JDBC batches, in the batch's
 * transaction ({@link ir.daftar.projections.support.BatchedWrites}, ADR 0101). A replay costs a few
 * round trips per hundred events instead of several per event.
 */
@Component
@ProcessingGroup(CaseStatusProjection.PROCESSING_GROUP)
public class CaseStatusProjection {

    public static final String PROCESSING_GROUP = "case-status";

    private final CaseStatusRepository repository;
    private final PersonalDataHasher hasher;

    public CaseStatusProjection(JdbcTemplate jdbcTemplate, PersonalDataHasher hasher) {
        this.repository = new CaseStatusRepository(Objects.requireNonNull(jdbcTemplate, "jdbcTemplate"));
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    @EventHandler
    public void on(FilingStarted event, @SequenceNumber long seq, @Timestamp Instant at) {
        String applicantId = canonical(event.applicant() == null ? null : event.applicant().identifier());
        repository.insertIfAbsent(event.filingId(), applicantId == null ? null : hasher.hash(applicantId),
                event.kind(), event.route(), event.competentAuthority().id(), event.competentAuthority().name(),
                event.officeId(), at);
        step(event, seq, CaseStep.FILING_STARTED, at, CaseStatus.STARTED);
    }

    @EventHandler
    public void on(IdentityVerified event, @SequenceNumber long seq, @Timestamp Instant at) {
        step(event, seq, CaseStep.IDENTITY_VERIFIED, at, null);
    }

    @EventHandler
    public void on(DocumentDigitized event, @SequenceNumber long seq, @Timestamp Instant at) {
        step(event, seq, CaseStep.DOCUMENT_DIGITIZED, at, null);
    }

    @EventHandler
    public void on(ApplicantConfirmedDocuments event, @SequenceNumber long seq, @Timestamp Instant at) {
        step(event, seq, CaseStep.APPLICANT_CONFIRMED_DOCUMENTS, at, null);
    }

    @EventHandler
    public void on(CourtFeeAssessed event, @SequenceNumber long seq, @Timestamp Instant at) {
        step(event, seq, CaseStep.FEE_ASSESSED, at, CaseStatus.FEE_ASSESSED);
    }

    @EventHandler
    public void on(CourtFeePaid event, @SequenceNumber long seq, @Timestamp Instant at) {
        step(event, seq, CaseStep.FEE_PAID, at, CaseStatus.FEE_PAID);
    }

    @EventHandler
    public void on(OriginalsReceived event, @SequenceNumber long seq, @Timestamp Instant at) {
        repository.setOfficeIfAbsent(event.filingId(), event.officeId());
        step(event, seq, CaseStep.ORIGINALS_RECEIVED, at, null);
    }

    @EventHandler
    public void on(DocumentConformityVerified event, @SequenceNumber long seq, @Timestamp Instant at) {
        step(event, seq, CaseStep.CONFORMITY_VERIFIED, at, null);
    }

    @EventHandler
    public void on(DocumentConformityRejected event, @SequenceNumber long seq, @Timestamp Instant at) {
        step(event, seq, CaseStep.CONFORMITY_REJECTED, at, null);
    }

    /** Only that it happened: the mobile and the electronic address stay out of this model. */
    @EventHandler
    public void on(ContactDetailsRegistered event, @SequenceNumber long seq, @Timestamp Instant at) {
        step(event, seq, CaseStep.CONTACT_DETAILS_REGISTERED, at, null);
    }

    @EventHandler
    public void on(NotificationUndertakingAcknowledged event, @SequenceNumber long seq, @Timestamp Instant at) {
        step(event, seq, CaseStep.UNDERTAKING_ACKNOWLEDGED, at, null);
    }

    @EventHandler
    public void on(TrackingCodeIssued event, @SequenceNumber long seq, @Timestamp Instant at) {
        repository.setTrackingCode(event.filingId(), event.trackingCode().value());
        repository.setOfficeIfAbsent(event.filingId(), event.confirmingOfficeId());
        step(event, seq, CaseStep.TRACKING_CODE_ISSUED, at, CaseStatus.TRACKING_CODE_ISSUED);
    }

    @EventHandler
    public void on(SubmittedToCompetentAuthority event, @SequenceNumber long seq, @Timestamp Instant at) {
        if (event.competentAuthority() != null) {
            repository.setCompetentAuthorityName(event.filingId(), event.competentAuthority().name());
        }
        step(event, seq, CaseStep.SUBMITTED, at, CaseStatus.SUBMITTED);
    }

    /** Only that it happened: neither the previous nor the current details are stored here. */
    @EventHandler
    public void on(ContactDetailsChanged event, @SequenceNumber long seq, @Timestamp Instant at) {
        step(event, seq, CaseStep.CONTACT_DETAILS_CHANGED, at, null);
    }

    /** A11: a complaint lodged on paper is with the competent authority from the start. */
    @EventHandler
    public void on(PaperComplaintRegistered event, @SequenceNumber long seq, @Timestamp Instant at) {
        step(event, seq, CaseStep.PAPER_COMPLAINT_REGISTERED, at, CaseStatus.SUBMITTED);
    }

    /** A13: registered as a case; the applicant sees the case number and branch. */
    @EventHandler
    public void on(RegisteredAsCase event, @SequenceNumber long seq, @Timestamp Instant at) {
        repository.setCourtDecision(event.filingId(), event.caseNumber(), event.branch(), null);
        step(event, seq, CaseStep.REGISTERED_AS_CASE, at, CaseStatus.REGISTERED_AS_CASE);
    }

    /** A13: returned by the authority; the applicant sees the reason. */
    @EventHandler
    public void on(FilingReturned event, @SequenceNumber long seq, @Timestamp Instant at) {
        repository.setCourtDecision(event.filingId(), null, null, event.reason());
        step(event, seq, CaseStep.RETURNED, at, CaseStatus.RETURNED);
    }

    /**
     * The public status lookup. The national code is hashed and compared with the stored hash in
     * constant time; an unknown tracking code and a wrong national code both give {@code null},
     * so the answer never tells whether a tracking code exists.
     */
    @QueryHandler
    public CaseStatusView handle(FindCaseStatus query) {
        String nationalCode = canonical(query.nationalCode());
        String trackingCode = canonical(query.trackingCode());
        if (nationalCode == null || nationalCode.isEmpty() || trackingCode == null || !TrackingCode.isValid(trackingCode)) {
            return null;
        }
        byte[] given = hasher.hash(nationalCode).getBytes(StandardCharsets.UTF_8);
        Optional<CaseStatusRepository.Found> found = repository.findByTrackingCode(trackingCode);
        if (found.isEmpty() || found.get().applicantIdHash() == null) {
            return null;
        }
        byte[] stored = found.get().applicantIdHash().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(stored, given) ? found.get().view() : null;
    }

    /** A5/A12: the applicant's own filings, newest first, found by the keyed hash of their national code. */
    @QueryHandler
    public List<FilingSummary> handle(FindFilingsOfApplicant query) {
        String nationalCode = canonical(query.nationalCode());
        if (nationalCode == null || nationalCode.isEmpty()) {
            return List.of();
        }
        return repository.findByApplicant(hasher.hash(nationalCode), query.limit());
    }

    /** One filing and its steps, whoever its applicant is; null when unknown. */
    @QueryHandler
    public FilingDetail handle(FindFiling query) {
        return repository.findByFilingId(query.filingId()).map(CaseStatusRepository.FoundFiling::detail).orElse(null);
    }

    /** One filing of this applicant; unknown and someone else's both give null. */
    @QueryHandler
    public FilingDetail handle(FindOwnFiling query) {
        String nationalCode = canonical(query.nationalCode());
        if (nationalCode == null || nationalCode.isEmpty()) {
            return null;
        }
        Optional<CaseStatusRepository.FoundFiling> found = repository.findByFilingId(query.filingId());
        if (found.isEmpty() || found.get().applicantIdHash() == null) {
            return null;
        }
        byte[] given = hasher.hash(nationalCode).getBytes(StandardCharsets.UTF_8);
        byte[] stored = found.get().applicantIdHash().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(stored, given) ? found.get().detail() : null;
    }

    /** A12/A13: the filing's competent authority, the offices that acted on it and its applicant; null when unknown. */
    @QueryHandler
    public CaseAccess handle(FindCaseAccess query) {
        return repository.findAccess(query.filingId()).orElse(null);
    }

    /** Before a replay rebuilds the model from the first event. */
    @ResetHandler
    public void reset() {
        repository.deleteAll();
    }

    private void step(FilingEvent event, long seq, CaseStep step, Instant at, CaseStatus reached) {
        repository.putStep(event.filingId(), seq, step, at);
        repository.advance(event.filingId(), reached, at);
    }

    /** National codes, national ids and tracking codes as ASCII digits without separators. */
    private static String canonical(String typed) {
        return typed == null ? null : Digits.digitsOnly(typed).strip();
    }
}
