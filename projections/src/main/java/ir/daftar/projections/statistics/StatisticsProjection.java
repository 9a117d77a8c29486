package ir.daftar.projections.statistics;

import ir.daftar.core.calendar.TehranTime;
import ir.daftar.core.filing.FilingEvent.DocumentConformityRejected;
import ir.daftar.core.filing.FilingEvent.DocumentConformityVerified;
import ir.daftar.core.filing.FilingEvent.FilingReturned;
import ir.daftar.core.filing.FilingEvent.FilingStarted;
import ir.daftar.core.filing.FilingEvent.OriginalsReceived;
import ir.daftar.core.filing.FilingEvent.RegisteredAsCase;
import ir.daftar.core.filing.FilingEvent.SubmittedToCompetentAuthority;
import ir.daftar.core.filing.FilingEvent.TrackingCodeIssued;
import ir.daftar.core.inspection.InspectionEvent.FindingAccepted;
import ir.daftar.core.inspection.InspectionEvent.InspectionOpened;
import ir.daftar.core.notice.NoticeEvent.AlertFailed;
import ir.daftar.core.notice.NoticeEvent.NoticeDeposited;
import ir.daftar.core.notice.NoticeEvent.NoticeIssued;
import ir.daftar.core.notice.NoticeEvent.NoticeViewed;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionDecided;
import ir.daftar.core.office.OfficeEvent.OfficeRegistered;
import ir.daftar.projections.support.BatchedWrites;
import ir.daftar.projections.support.SqlTime;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code statistics} read model (A12, A22(d), A28(c), A37-3; ADR 1100): one row per counted event (a
 * {@link Measure fact}) with its recording time, Tehran day, subject and the office and authority it names, plus
 * the few dimensions a fact does not carry (a filing's route, kind, competent authority and office; an office's
 * province; an inspection's office). Reports count and time the facts of a period, as of any instant, when read
 * ({@link StatisticsRepository}).
 *
 * <p>Cheap on the live path: each handler adds one or two blind writes, held until the end of the processor's batch
 * and sent in a few JDBC batches in its transaction ({@link BatchedWrites}, ADR 0101); it never reads. Only the
 * event types it counts have a handler, so the other events are not even deserialized for it. Idempotent: a fact is
 * keyed by its event's identifier ({@code ON CONFLICT DO NOTHING}), a dimension row by its id. A rebuild resets the
 * tables ({@link #reset()}) and replays (ADR 0102's one pass includes it).
 */
@Component
@ProcessingGroup(StatisticsProjection.PROCESSING_GROUP)
public class StatisticsProjection {

    public static final String PROCESSING_GROUP = "statistics";

    private static final String FACT = """
            INSERT INTO stat_fact (event_id, measure, recorded_at, tehran_day, subject_id, office_id, authority_id, clause)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";

    private final BatchedWrites writes;
    private final StatisticsRepository repository;

    public StatisticsProjection(JdbcTemplate jdbcTemplate) {
        Objects.requireNonNull(jdbcTemplate, "jdbcTemplate");
        this.writes = new BatchedWrites(jdbcTemplate);
        this.repository = new StatisticsRepository(jdbcTemplate);
    }

    /** A5/A6/A11: a filing started; its route, kind and competent authority are the filing's dimensions. */
    @EventHandler
    public void on(FilingStarted event, EventMessage<?> message) {
        Instant at = message.getTimestamp();
        writes.add(0, """
                INSERT INTO stat_filing (filing_id, route, kind, authority_id, authority_name, office_id, started_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""",
                event.filingId(), event.route().name(), event.kind().name(), event.competentAuthority().id(),
                event.competentAuthority().name(), event.officeId(), SqlTime.column(at));
        fact(message, Measure.FILING_STARTED, event.filingId(), event.officeId(), event.competentAuthority().id(), null);
    }

    /** A5: a portal filing is held from now on by the office that received its originals. */
    @EventHandler
    public void on(OriginalsReceived event) {
        writes.add(1, "UPDATE stat_filing SET office_id = ? WHERE filing_id = ? AND office_id IS NULL",
                event.officeId(), event.filingId());
    }

    @EventHandler
    public void on(TrackingCodeIssued event, EventMessage<?> message) {
        fact(message, Measure.TRACKING_CODE_ISSUED, event.filingId(), event.confirmingOfficeId(), null, null);
    }

    @EventHandler
    public void on(DocumentConformityVerified event, EventMessage<?> message) {
        fact(message, Measure.CONFORMITY_VERIFIED, event.filingId(), event.officeId(), null, null);
    }

    @EventHandler
    public void on(DocumentConformityRejected event, EventMessage<?> message) {
        fact(message, Measure.CONFORMITY_REJECTED, event.filingId(), event.officeId(), null, null);
    }

    @EventHandler
    public void on(SubmittedToCompetentAuthority event, EventMessage<?> message) {
        fact(message, Measure.SUBMITTED, event.filingId(), event.officeId(),
                event.competentAuthority() == null ? null : event.competentAuthority().id(), null);
    }

    @EventHandler
    public void on(RegisteredAsCase event, EventMessage<?> message) {
        fact(message, Measure.REGISTERED_AS_CASE, event.filingId(), null, event.authorityId(), null);
    }

    @EventHandler
    public void on(FilingReturned event, EventMessage<?> message) {
        fact(message, Measure.RETURNED, event.filingId(), null, event.authorityId(), null);
    }

    @EventHandler
    public void on(NoticeIssued event, EventMessage<?> message) {
        fact(message, Measure.NOTICE_ISSUED, event.filingId(), null, event.authorityId(), null);
    }

    @EventHandler
    public void on(NoticeDeposited event, EventMessage<?> message) {
        fact(message, Measure.NOTICE_SERVED, event.filingId(), null, null, null);
    }

    @EventHandler
    public void on(NoticeViewed event, EventMessage<?> message) {
        fact(message, Measure.NOTICE_VIEWED, event.filingId(), null, null, null);
    }

    @EventHandler
    public void on(AlertFailed event, EventMessage<?> message) {
        fact(message, Measure.ALERT_FAILED, event.filingId(), null, null, null);
    }

    @EventHandler
    public void on(OfficeRegistered event, EventMessage<?> message) {
        writes.add(0, """
                INSERT INTO stat_office (office_id, name, province, city, registered_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", event.officeId(), event.name(), event.province(), event.city(),
                SqlTime.column(message.getTimestamp()));
    }

    /** A14/A22(b): a licence decision of the Center head, counted by its kind when approved. */
    @EventHandler
    public void on(LicenceDecisionDecided event, EventMessage<?> message) {
        if (event.approved()) {
            fact(message, Measure.LICENCE_DECIDED, event.officeId(), event.officeId(), null, event.kind().name());
        }
    }

    @EventHandler
    public void on(InspectionOpened event) {
        writes.add(0, """
                INSERT INTO stat_inspection (inspection_id, office_id) VALUES (?, ?)
                ON CONFLICT DO NOTHING""", event.inspectionId(), event.officeId());
    }

    /** A33/A37: a finding accepted into an inspection report, counted by its rule, whose code names the clause. */
    @EventHandler
    public void on(FindingAccepted event, EventMessage<?> message) {
        fact(message, Measure.FINDING_ACCEPTED, event.inspectionId(), null, null,
                event.rule() == null ? event.article() : event.rule().name());
    }

    /** The facts of a period as of an instant, for the reports. */
    @QueryHandler
    public StatisticsFacts handle(FindStatistics query) {
        return repository.facts(query);
    }

    /** Before a replay rebuilds the model from the first event. */
    @ResetHandler
    public void reset() {
        repository.deleteAll();
    }

    private void fact(EventMessage<?> message, Measure measure, String subjectId, String officeId, String authorityId,
                      String clause) {
        Instant at = message.getTimestamp();
        writes.add(1, FACT, message.getIdentifier(), measure.name(), SqlTime.column(at), TehranTime.dayOf(at), subjectId,
                officeId, authorityId, clause);
    }
}
