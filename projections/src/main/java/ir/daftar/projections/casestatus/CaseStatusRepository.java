package ir.daftar.projections.casestatus;

import ir.daftar.core.common.FilingKind;
import ir.daftar.core.filing.FilingRoute;
import ir.daftar.projections.support.BatchedWrites;
import ir.daftar.projections.support.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL of {@code case_status} and {@code case_status_step} (V100). The writes are blind (none
 * reads the row it changes) and go through {@link BatchedWrites}, so a processor's batch sends
 * them as a few JDBC batches inside its transaction, which commits them with its token. Phases:
 * the row is created first (0), then the steps (1), then the row's columns are set (2). In phase 2
 * each column is written by one statement only and the status and update time only move forward,
 * so the order of the writes across statements does not matter.
 */
final class CaseStatusRepository {

    static final int CREATE = 0;
    static final int STEPS = 1;
    static final int UPDATE = 2;

    /** The status's place in {@link CaseStatus}'s order, as SQL over the {@code status} column. */
    private static final String STATUS_RANK = Arrays.stream(CaseStatus.values())
            .map(status -> "WHEN '" + status.name() + "' THEN " + status.ordinal())
            .collect(Collectors.joining(" ", "CASE status ", " END"));

    private static final String ADVANCE = "UPDATE case_status SET status = CASE WHEN " + STATUS_RANK
            + " < ? THEN ? ELSE status END, updated_at = GREATEST(updated_at, ?) WHERE filing_id = ?";

    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    CaseStatusRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new BatchedWrites(jdbc);
    }

    /** The filing's row as {@code FilingStarted} creates it; a redelivered start changes nothing. */
    void insertIfAbsent(String filingId, String applicantIdHash, FilingKind kind, FilingRoute route,
                        String competentAuthorityId, String competentAuthorityName, String officeId, Instant startedAt) {
        writes.add(CREATE, """
                INSERT INTO case_status (filing_id, tracking_code, applicant_id_hash, kind, route, status,
                                         competent_authority_id, competent_authority_name, office_id, started_at,
                                         updated_at)
                VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""",
                filingId, applicantIdHash, kind.name(), route.name(), CaseStatus.STARTED.name(),
                competentAuthorityId, competentAuthorityName, officeId, SqlTime.column(startedAt), SqlTime.column(startedAt));
    }

    /** The step at {@code stepNo}, written once: a replayed event would write the same row, and changes nothing. */
    void putStep(String filingId, long stepNo, CaseStep step, Instant occurredAt) {
        writes.add(STEPS, """
                INSERT INTO case_status_step (filing_id, step_no, step, occurred_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""",
                filingId, stepNo, step.name(), SqlTime.column(occurredAt));
    }

    void setTrackingCode(String filingId, String trackingCode) {
        writes.add(UPDATE, "UPDATE case_status SET tracking_code = ? WHERE filing_id = ?", trackingCode, filingId);
    }

    /** A portal filing gets its office when the originals are received; the first office given stays. */
    void setOfficeIfAbsent(String filingId, String officeId) {
        if (officeId != null) {
            writes.add(UPDATE, "UPDATE case_status SET office_id = ? WHERE filing_id = ? AND office_id IS NULL",
                    officeId, filingId);
        }
    }

    /** A13: the authority's decision, shown to the applicant. */
    void setCourtDecision(String filingId, String caseNumber, String caseBranch, String returnReason) {
        writes.add(UPDATE, "UPDATE case_status SET case_number = ?, case_branch = ?, return_reason = ? WHERE filing_id = ?",
                caseNumber, caseBranch, returnReason, filingId);
    }

    void setCompetentAuthorityName(String filingId, String name) {
        writes.add(UPDATE, "UPDATE case_status SET competent_authority_name = ? WHERE filing_id = ?", name, filingId);
    }

    /**
     * Moves the status forward to {@code reached} (when given and later than the current one in
     * {@link CaseStatus}'s order) and the update time forward to {@code at}; never backwards, so
     * redelivery is harmless and two advances give the same row in either order. Without a status
     * it advances to {@link CaseStatus#STARTED}, the first, which never changes the status.
     */
    void advance(String filingId, CaseStatus reached, Instant at) {
        CaseStatus target = reached == null ? CaseStatus.STARTED : reached;
        writes.add(UPDATE, ADVANCE, target.ordinal(), target.name(), SqlTime.column(at), filingId);
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
                        SqlTime.instant(rs, "started_at"), SqlTime.instant(rs, "updated_at"), rs.getString("case_number"),
                        rs.getString("case_branch"), rs.getString("return_reason")));
            }
            String step = rs.getString("step");
            if (step != null) {
                steps.add(new CaseStatusView.Step(CaseStep.valueOf(step), SqlTime.instant(rs, "occurred_at")));
            }
        }, trackingCode);
        return header.stream().findFirst().map(h -> new Found(h.applicantIdHash(), new CaseStatusView(h.trackingCode(),
                h.status(), h.kind(), h.route(), h.competentAuthorityName(), h.startedAt(), h.updatedAt(), steps, h.caseNumber(), h.caseBranch(), h.returnReason())));
    }

    private static final String SUMMARY_COLUMNS = """
            filing_id, tracking_code, status, kind, route, competent_authority_name, office_id, started_at, updated_at,
            case_number, case_branch, return_reason""";

    /** A5/A12: the filings of the applicant with this identifier hash, newest first. */
    List<FilingSummary> findByApplicant(String applicantIdHash, int limit) {
        return jdbc.query("SELECT " + SUMMARY_COLUMNS + " FROM case_status WHERE applicant_id_hash = ?"
                + " ORDER BY started_at DESC, filing_id FETCH FIRST " + limit + " ROWS ONLY",
                (rs, i) -> summary(rs), applicantIdHash);
    }

    /**
     * A13: the filings at this authority with status SUBMITTED (neither registered nor returned), newest
     * submission first; the submission is the first SUBMITTED or PAPER_COMPLAINT_REGISTERED step.
     */
    List<IncomingFiling> findIncoming(String competentAuthorityId, int limit) {
        return jdbc.query("SELECT " + SUMMARY_COLUMNS + ", (SELECT MIN(t.occurred_at) FROM case_status_step t"
                + " WHERE t.filing_id = case_status.filing_id AND t.step IN (?, ?)) AS submitted_at"
                + " FROM case_status WHERE competent_authority_id = ? AND status = ?"
                + " ORDER BY submitted_at DESC, filing_id FETCH FIRST " + limit + " ROWS ONLY",
                (rs, i) -> new IncomingFiling(summary(rs), SqlTime.instant(rs, "submitted_at")),
                CaseStep.SUBMITTED.name(), CaseStep.PAPER_COMPLAINT_REGISTERED.name(), competentAuthorityId,
                CaseStatus.SUBMITTED.name());
    }

    /** The statuses of a filing still at its office: not yet with the competent authority. */
    private static final String IN_PROGRESS = Arrays.stream(CaseStatus.values())
            .filter(s -> s.ordinal() < CaseStatus.SUBMITTED.ordinal())
            .map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    /** A6: the filings this office holds and has not yet submitted, the most recently updated first. */
    List<FilingSummary> findInProgressAtOffice(String officeId, int limit) {
        return jdbc.query("SELECT " + SUMMARY_COLUMNS + " FROM case_status WHERE office_id = ? AND status IN "
                + IN_PROGRESS + " ORDER BY updated_at DESC, filing_id FETCH FIRST " + limit + " ROWS ONLY",
                (rs, i) -> summary(rs), officeId);
    }

    /** One filing with its steps, and the applicant's identifier hash to check an applicant against. */
    Optional<FoundFiling> findByFilingId(String filingId) {
        List<FoundFiling> found = jdbc.query("SELECT applicant_id_hash, " + SUMMARY_COLUMNS
                + " FROM case_status WHERE filing_id = ?",
                (rs, i) -> new FoundFiling(rs.getString("applicant_id_hash"), new FilingDetail(summary(rs), List.of())),
                filingId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<CaseStatusView.Step> steps = jdbc.query(
                "SELECT step, occurred_at FROM case_status_step WHERE filing_id = ? ORDER BY step_no",
                (rs, i) -> new CaseStatusView.Step(CaseStep.valueOf(rs.getString("step")), SqlTime.instant(rs, "occurred_at")),
                filingId);
        FoundFiling first = found.get(0);
        return Optional.of(new FoundFiling(first.applicantIdHash(), new FilingDetail(first.detail().filing(), steps)));
    }

    /** A12/A13: what decides who may read the filing (V153), or empty when unknown. */
    Optional<CaseAccess> findAccess(String filingId) {
        return jdbc.query("SELECT competent_authority_id, office_id, applicant_id_hash FROM case_status WHERE filing_id = ?",
                (rs, i) -> new CaseAccess(filingId, rs.getString("competent_authority_id"),
                        rs.getString("office_id") == null ? List.of() : List.of(rs.getString("office_id")),
                        rs.getString("applicant_id_hash")),
                filingId).stream().findFirst();
    }

    private static FilingSummary summary(ResultSet rs) throws SQLException {
        return new FilingSummary(rs.getString("filing_id"), rs.getString("tracking_code"),
                CaseStatus.valueOf(rs.getString("status")), FilingKind.valueOf(rs.getString("kind")),
                FilingRoute.valueOf(rs.getString("route")), rs.getString("competent_authority_name"),
                rs.getString("office_id"), SqlTime.instant(rs, "started_at"), SqlTime.instant(rs, "updated_at"),
                rs.getString("case_number"), rs.getString("case_branch"), rs.getString("return_reason"));
    }

    /** A filing found by id, with the hash to check an applicant against. */
    record FoundFiling(String applicantIdHash, FilingDetail detail) {
    }

    /** Run at once, not batched: Axon calls the reset handler before the replay, outside any batch. */
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
}
