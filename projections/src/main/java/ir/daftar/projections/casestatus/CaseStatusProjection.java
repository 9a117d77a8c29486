package ir.daftar.projections.casestatus;

import ir.daftar.core.common.Digits;
import ir.daftar.core.filing.FilingEvent;
import ir.daftar.core.filing.FilingEvent.FilingStarted;
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

    /**
     * Every filing event, through the one mapping {@link CaseStatusChange#of}: the step it adds, the
     * status it reaches, and what it sets. The applicant's identifier is kept only as its keyed hash.
     */
    @EventHandler
    public void on(FilingEvent event, @SequenceNumber long seq, @Timestamp Instant at) {
        CaseStatusChange change = CaseStatusChange.of(event);
        String filingId = event.filingId();
        if (change.start() != null && event instanceof FilingStarted started) {
            String applicantId = canonical(started.applicant() == null ? null : started.applicant().identifier());
            CaseStatusChange.Start start = change.start();
            repository.insertIfAbsent(filingId, applicantId == null ? null : hasher.hash(applicantId), start.kind(),
                    start.route(), started.competentAuthority().id(), start.competentAuthorityName(), start.officeId(), at);
        }
        if (change.trackingCode() != null) {
            repository.setTrackingCode(filingId, change.trackingCode());
        }
        if (change.officeIfAbsent() != null) {
            repository.setOfficeIfAbsent(filingId, change.officeIfAbsent());
        }
        if (change.competentAuthorityName() != null) {
            repository.setCompetentAuthorityName(filingId, change.competentAuthorityName());
        }
        if (change.decision() != null) {
            CaseStatusChange.Decision decision = change.decision();
            repository.setCourtDecision(filingId, decision.caseNumber(), decision.caseBranch(), decision.returnReason());
        }
        repository.putStep(filingId, seq, change.step(), at);
        repository.advance(filingId, change.reached(), at);
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

    /** A13: the filings waiting at this competent authority, newest submission first. */
    @QueryHandler
    public List<IncomingFiling> handle(FindIncomingFilings query) {
        if (query.competentAuthorityId() == null || query.competentAuthorityId().isBlank()) {
            return List.of();
        }
        return repository.findIncoming(query.competentAuthorityId(), query.limit());
    }

    /** A6: the office's filings not yet submitted, the most recently worked on first. */
    @QueryHandler
    public List<FilingSummary> handle(FindFilingsOfOffice query) {
        return repository.findInProgressAtOffice(query.officeId(), query.limit());
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

    /** National codes, national ids and tracking codes as ASCII digits without separators. */
    private static String canonical(String typed) {
        return typed == null ? null : Digits.digitsOnly(typed).strip();
    }
}
