package ir.daftar.projections.casestatus;

import ir.daftar.core.filing.FilingKind;
import ir.daftar.core.filing.FilingRoute;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL of {@code case_status} and {@code case_status_step} (V100). Every write goes through
 * the injected {@link JdbcTemplate}, so it joins the event processor's transaction and commits
 * with its token.
 */
final class CaseStatusRepository {

    private final JdbcTemplate jdbc;

    CaseStatusRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The filing's row as {@code FilingStarted} creates it; a redelivered start changes nothing. */
    void insertIfAbsent(String filingId, String applicantIdHash, FilingKind kind, FilingRoute route,
                        String competentAuthorityName, String officeId, Instant startedAt) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM case_status WHERE filing_id = ?", Integer.class, filingId);
        if (rows != null && rows > 0) {
            return;
        }
        jdbc.update("""
                INSERT INTO case_status (filing_id, tracking_code, applicant_id_hash, kind, route, status,
                                         competent_authority_name, office_id, started_at, updated_at)
                VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)""",
                filingId, applicantIdHash, kind.name(), route.name(), CaseStatus.STARTED.name(),
                competentAuthorityName, officeId, utc(startedAt), utc(startedAt));
    }

    /** Replaces the step at {@code stepNo}, so replaying an event leaves one row. */
    void putStep(String filingId, long stepNo, CaseStep step, Instant occurredAt) {
        jdbc.update("DELETE FROM case_status_step WHERE filing_id = ? AND step_no = ?", filingId, stepNo);
        jdbc.update("INSERT INTO case_status_step (filing_id, step_no, step, occurred_at) VALUES (?, ?, ?, ?)",
                filingId, stepNo, step.name(), utc(occurredAt));
    }

    void setTrackingCode(String filingId, String trackingCode) {
        jdbc.update("UPDATE case_status SET tracking_code = ? WHERE filing_id = ?", trackingCode, filingId);
    }

    /** A portal filing gets its office when the originals are received. */
    void setOfficeIfAbsent(String filingId, String officeId) {
        if (officeId != null) {
            jdbc.update("UPDATE case_status SET office_id = ? WHERE filing_id = ? AND office_id IS NULL", officeId, filingId);
        }
    }

    /** A13: the authority's decision, shown to the applicant. */
    void setCourtDecision(String filingId, String caseNumber, String caseBranch, String returnReason) {
        jdbc.update("UPDATE case_status SET case_number = ?, case_branch = ?, return_reason = ? WHERE filing_id = ?",
                caseNumber, caseBranch, returnReason, filingId);
    }

    void setCompetentAuthorityName(String filingId, String name) {
        jdbc.update("UPDATE case_status SET competent_authority_name = ? WHERE filing_id = ?", name, filingId);
    }

    /**
     * Moves the status forward to {@code reached} (when given and later than the current one)
     * and the update time forward to {@code at}; never backwards, so redelivery is harmless.
     */
    void advance(String filingId, CaseStatus reached, Instant at) {
        List<Current> rows = jdbc.query("SELECT status, updated_at FROM case_status WHERE filing_id = ?",
                (rs, i) -> new Current(CaseStatus.valueOf(rs.getString("status")), instant(rs, "updated_at")), filingId);
        if (rows.isEmpty()) {
            return;
        }
        Current current = rows.get(0);
        CaseStatus status = reached != null && reached.isAfter(current.status()) ? reached : current.status();
        Instant updatedAt = truncate(at).isAfter(current.updatedAt()) ? truncate(at) : current.updatedAt();
        if (status != current.status() || !updatedAt.equals(current.updatedAt())) {
            jdbc.update("UPDATE case_status SET status = ?, updated_at = ? WHERE filing_id = ?",
                    status.name(), utc(updatedAt), filingId);
        }
    }

    /** The row with this tracking code and its steps in order, in one statement (one snapshot). */
    Optional<Found> findByTrackingCode(String trackingCode) {
        List<Header> header = new ArrayList<>(1);
        List<CaseStatusView.Step> steps = new ArrayList<>();
        jdbc.query("""
                SELECT s.tracking_code, s.applicant_id_hash, s.kind, s.route, s.status, s.competent_authority_name,
                       s.started_at, s.updated_at, s.case_number, s.case_branch, s.return_reason,
                       t.step, t.occurred_at
                  FROM case_status s
                  LEFT JOIN case_status_step t ON t.filing_id = s.filing_id
                 WHERE s.tracking_code = ?
                 ORDER BY t.step_no""", rs -> {
            if (header.isEmpty()) {
                header.add(new Header(rs.getString("applicant_id_hash"), rs.getString("tracking_code"),
                        CaseStatus.valueOf(rs.getString("status")), FilingKind.valueOf(rs.getString("kind")),
                        FilingRoute.valueOf(rs.getString("route")), rs.getString("competent_authority_name"),
                        instant(rs, "started_at"), instant(rs, "updated_at"), rs.getString("case_number"),
                        rs.getString("case_branch"), rs.getString("return_reason")));
            }
            String step = rs.getString("step");
            if (step != null) {
                steps.add(new CaseStatusView.Step(CaseStep.valueOf(step), instant(rs, "occurred_at")));
            }
        }, trackingCode);
        return header.stream().findFirst().map(h -> new Found(h.applicantIdHash(), new CaseStatusView(h.trackingCode(),
                h.status(), h.kind(), h.route(), h.competentAuthorityName(), h.startedAt(), h.updatedAt(), steps, h.caseNumber(), h.caseBranch(), h.returnReason())));
    }

    void deleteAll() {
        jdbc.update("DELETE FROM case_status_step");
        jdbc.update("DELETE FROM case_status");
    }

    /** A row found by tracking code, with the hash to check the lookup against. */
    record Found(String applicantIdHash, CaseStatusView view) {
    }

    private record Header(String applicantIdHash, String trackingCode, CaseStatus status, FilingKind kind,
                          FilingRoute route, String competentAuthorityName, Instant startedAt, Instant updatedAt,
                          String caseNumber, String caseBranch, String returnReason) {
    }

    private record Current(CaseStatus status, Instant updatedAt) {
    }

    /** Both databases keep microseconds; truncating here makes them store the same value. */
    private static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime utc(Instant instant) {
        return truncate(instant).atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
