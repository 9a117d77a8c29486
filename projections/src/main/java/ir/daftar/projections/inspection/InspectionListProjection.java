package ir.daftar.projections.inspection;

import ir.daftar.core.inspection.InspectionEvent.InspectionOpened;
import ir.daftar.core.inspection.InspectionEvent.ReportFinalized;
import ir.daftar.core.inspection.InspectionEvent.ReportSentToGd;
import ir.daftar.core.inspection.InspectionEvent.RequestAnswered;
import ir.daftar.core.inspection.InspectionEvent.RequestSentToOffice;
import ir.daftar.core.inspection.InspectionKind;
import ir.daftar.projections.support.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code inspection-list} read model (A28, A33): one row per inspection and one per inspector of
 * it, so that an inspector can list their inspections. Idempotent: a redelivered opening finds its rows
 * and changes nothing; the report's state only moves forward (open, finalized, sent). A rebuild resets
 * the tables ({@link #reset()}) and replays. The inspection's file itself is read from its events
 * ({@link InspectionFile}); this model only lists.
 */
@Component
@ProcessingGroup(InspectionListProjection.PROCESSING_GROUP)
public class InspectionListProjection {

    public static final String PROCESSING_GROUP = "inspection-list";

    private static final String ADVANCE = "UPDATE inspection_list SET state = ? WHERE inspection_id = ? AND state IN (%s)";

    private final JdbcTemplate jdbc;

    public InspectionListProjection(JdbcTemplate jdbcTemplate) {
        this.jdbc = Objects.requireNonNull(jdbcTemplate, "jdbcTemplate");
    }

    @EventHandler
    public void on(InspectionOpened event, EventMessage<?> message) {
        jdbc.update("""
                INSERT INTO inspection_list (inspection_id, kind, kanoon_id, office_id, period_from, period_to, opened_by,
                                             opened_at, state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""",
                event.inspectionId(), event.kind().name(), event.kanoonId(), event.officeId(), SqlTime.column(event.periodFrom()),
                SqlTime.column(event.periodTo()), event.openedBy(), SqlTime.column(message.getTimestamp()), InspectionSummary.State.OPEN.name());
        for (String inspector : event.inspectorIds()) {
            jdbc.update("""
                    INSERT INTO inspection_list_inspector (inspection_id, inspector_id) VALUES (?, ?)
                    ON CONFLICT DO NOTHING""", event.inspectionId(), inspector);
        }
    }

    @EventHandler
    public void on(ReportFinalized event) {
        jdbc.update(ADVANCE.formatted("'OPEN'"), InspectionSummary.State.FINALIZED.name(), event.inspectionId());
    }

    @EventHandler
    public void on(ReportSentToGd event, EventMessage<?> message) {
        jdbc.update(ADVANCE.formatted("'OPEN', 'FINALIZED'"), InspectionSummary.State.SENT_TO_GD.name(),
                event.inspectionId());
        jdbc.update("UPDATE inspection_list SET sent_at = ? WHERE inspection_id = ? AND sent_at IS NULL",
                SqlTime.column(message.getTimestamp()), event.inspectionId());
    }

    /** A37-9 (ADR 1300): a request to the office, pending until answered. */
    @EventHandler
    public void on(RequestSentToOffice event, EventMessage<?> message) {
        jdbc.update("""
                INSERT INTO inspection_request (inspection_id, request_id, office_id, text, deadline, sent_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", event.inspectionId(), event.requestId(), event.officeId(), event.text(),
                SqlTime.column(event.deadline()), SqlTime.column(message.getTimestamp()));
    }

    @EventHandler
    public void on(RequestAnswered event, EventMessage<?> message) {
        jdbc.update("UPDATE inspection_request SET answered_at = ? WHERE inspection_id = ? AND request_id = ? "
                + "AND answered_at IS NULL", SqlTime.column(message.getTimestamp()), event.inspectionId(), event.requestId());
    }

    /** A33 (ADR 1300): the reports sent to the GD, the latest first, each with all its inspectors. */
    @QueryHandler
    public List<InspectionSummary> handle(FindReportsSentToGd query) {
        Map<String, Row> rows = new LinkedHashMap<>();
        jdbc.query("""
                SELECT l.inspection_id, l.kind, l.kanoon_id, l.office_id, l.period_from, l.period_to, l.opened_by,
                       l.opened_at, l.state, o.inspector_id
                  FROM inspection_list l
                  JOIN inspection_list_inspector o ON o.inspection_id = l.inspection_id
                 WHERE l.state = 'SENT_TO_GD'
                 ORDER BY l.sent_at DESC, l.inspection_id, o.inspector_id""", rs -> {
            Row row = rows.computeIfAbsent(rs.getString("inspection_id"), id -> row(rs));
            row.inspectors.add(rs.getString("inspector_id"));
        });
        return rows.values().stream().map(r -> new InspectionSummary(r.id, r.kind, r.kanoonId, r.officeId, r.periodFrom,
                r.periodTo, r.inspectors, r.openedBy, r.openedAt, r.state)).toList();
    }

    /** A33/A37-9 (ADR 1300): the office's unanswered requests, the earliest deadline first. */
    @QueryHandler
    public List<PendingRequest> handle(FindPendingRequestsOfOffice query) {
        return jdbc.query("""
                SELECT inspection_id, request_id, text, deadline, sent_at FROM inspection_request
                 WHERE office_id = ? AND answered_at IS NULL
                 ORDER BY deadline, inspection_id, request_id""",
                (rs, i) -> new PendingRequest(rs.getString("inspection_id"), rs.getString("request_id"),
                        rs.getString("text"), SqlTime.instant(rs, "deadline"), SqlTime.instant(rs, "sent_at")),
                query.officeId());
    }

    /** The inspector's inspections, newest first, each with all its inspectors. */
    @QueryHandler
    public List<InspectionSummary> handle(FindInspectionsOfInspector query) {
        Map<String, Row> rows = new LinkedHashMap<>();
        jdbc.query("""
                SELECT l.inspection_id, l.kind, l.kanoon_id, l.office_id, l.period_from, l.period_to, l.opened_by,
                       l.opened_at, l.state, o.inspector_id
                  FROM inspection_list_inspector m
                  JOIN inspection_list l ON l.inspection_id = m.inspection_id
                  JOIN inspection_list_inspector o ON o.inspection_id = l.inspection_id
                 WHERE m.inspector_id = ?
                 ORDER BY l.opened_at DESC, l.inspection_id, o.inspector_id""", rs -> {
            Row row = rows.computeIfAbsent(rs.getString("inspection_id"), id -> row(rs));
            row.inspectors.add(rs.getString("inspector_id"));
        }, query.inspectorId());
        return rows.values().stream().map(r -> new InspectionSummary(r.id, r.kind, r.kanoonId, r.officeId, r.periodFrom,
                r.periodTo, r.inspectors, r.openedBy, r.openedAt, r.state)).toList();
    }

    /** Before a replay rebuilds the model from the first event. */
    @ResetHandler
    public void reset() {
        jdbc.update("DELETE FROM inspection_request");
        jdbc.update("DELETE FROM inspection_list_inspector");
        jdbc.update("DELETE FROM inspection_list");
    }

    private static Row row(ResultSet rs) {
        try {
            return new Row(rs.getString("inspection_id"), InspectionKind.valueOf(rs.getString("kind")),
                    rs.getString("kanoon_id"), rs.getString("office_id"), SqlTime.instant(rs, "period_from"),
                    SqlTime.instant(rs, "period_to"), rs.getString("opened_by"), SqlTime.instant(rs, "opened_at"),
                    InspectionSummary.State.valueOf(rs.getString("state")));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the inspection list", e);
        }
    }

    private static final class Row {
        final String id;
        final InspectionKind kind;
        final String kanoonId;
        final String officeId;
        final Instant periodFrom;
        final Instant periodTo;
        final String openedBy;
        final Instant openedAt;
        final InspectionSummary.State state;
        final List<String> inspectors = new ArrayList<>();

        Row(String id, InspectionKind kind, String kanoonId, String officeId, Instant periodFrom, Instant periodTo,
            String openedBy, Instant openedAt, InspectionSummary.State state) {
            this.id = id;
            this.kind = kind;
            this.kanoonId = kanoonId;
            this.officeId = officeId;
            this.periodFrom = periodFrom;
            this.periodTo = periodTo;
            this.openedBy = openedBy;
            this.openedAt = openedAt;
            this.state = state;
        }
    }
}
