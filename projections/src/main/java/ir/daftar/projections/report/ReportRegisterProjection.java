package ir.daftar.projections.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.daftar.core.common.Digits;
import ir.daftar.core.common.OccurredAt;
import ir.daftar.core.filing.ElectronicDocument;
import ir.daftar.core.report.ExternalReportEvent.ReportAcknowledged;
import ir.daftar.core.report.ExternalReportEvent.ReportSubmitted;
import ir.daftar.core.report.ReportKind;
import ir.daftar.core.report.ReportingBodyKind;
import ir.daftar.projections.support.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code reports} read model (A9): one row per report, keyed by the report's id and found by its
 * tracking code. Idempotent: a redelivered {@code ReportSubmitted} finds its row and changes nothing;
 * an acknowledgement sets the same values again. A rebuild resets the table ({@link #reset()}) and replays.
 */
@Component
@ProcessingGroup(ReportRegisterProjection.PROCESSING_GROUP)
public class ReportRegisterProjection {

    public static final String PROCESSING_GROUP = "reports";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ReportRegisterProjection(JdbcTemplate jdbcTemplate, ObjectMapper objectMapper) {
        this.jdbc = Objects.requireNonNull(jdbcTemplate, "jdbcTemplate");
        this.json = Objects.requireNonNull(objectMapper, "objectMapper");
    }

    @EventHandler
    public void on(ReportSubmitted event, EventMessage<?> message) {
        Instant occurredAt = OccurredAt.read(message.getMetaData()).orElse(null);
        jdbc.update("""
                INSERT INTO report_register (report_id, tracking_code, filing_id, reporting_body_id, body_kind, kind, title,
                                             documents, competent_authority_id, submitted_by, submitted_at, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""",
                event.reportId(), event.trackingCode().value(), event.filingId(), event.reportingBodyId(),
                event.bodyKind().name(), event.kind().name(), event.title(), write(event.documents()),
                event.competentAuthorityId(), event.submittedBy(), SqlTime.column(message.getTimestamp()),
                SqlTime.column(occurredAt));
    }

    @EventHandler
    public void on(ReportAcknowledged event, EventMessage<?> message) {
        jdbc.update("UPDATE report_register SET acknowledged_at = ?, acknowledged_by = ? WHERE report_id = ?",
                SqlTime.column(message.getTimestamp()), event.acknowledgedBy(), event.reportId());
    }

    @QueryHandler
    public ReportView handle(FindReportByTrackingCode query) {
        String code = query.trackingCode() == null ? null : Digits.digitsOnly(query.trackingCode()).strip();
        if (code == null || code.isEmpty()) {
            return null;
        }
        List<ReportView> found = jdbc.query("""
                SELECT report_id, tracking_code, filing_id, reporting_body_id, body_kind, kind, title, documents,
                       competent_authority_id, submitted_by, submitted_at, occurred_at, acknowledged_at, acknowledged_by
                  FROM report_register WHERE tracking_code = ?""", (rs, i) -> view(rs), code);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Before a replay rebuilds the model from the first event. */
    @ResetHandler
    public void reset() {
        jdbc.update("DELETE FROM report_register");
    }

    private ReportView view(ResultSet rs) throws SQLException {
        return new ReportView(rs.getString("report_id"), rs.getString("tracking_code"), rs.getString("filing_id"),
                rs.getString("reporting_body_id"), ReportingBodyKind.valueOf(rs.getString("body_kind")),
                ReportKind.valueOf(rs.getString("kind")), rs.getString("title"), read(rs.getString("documents")),
                rs.getString("competent_authority_id"), rs.getString("submitted_by"), SqlTime.instant(rs, "submitted_at"),
                SqlTime.instant(rs, "occurred_at"), SqlTime.instant(rs, "acknowledged_at"), rs.getString("acknowledged_by"));
    }

    private String write(List<ElectronicDocument> documents) {
        try {
            return json.writeValueAsString(documents == null ? List.of() : documents);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report's documents", e);
        }
    }

    private List<ElectronicDocument> read(String documents) {
        try {
            return Arrays.asList(json.readValue(documents, ElectronicDocument[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the report's documents", e);
        }
    }
}
