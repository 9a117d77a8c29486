package ir.daftar.projections.discipline;

import ir.daftar.core.discipline.BoardLevel;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.AppealLodged;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.CaseReferredToBoard;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.CenterHeadObjected;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.ComplaintWithdrawn;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.CrimeReferred;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.DisciplinaryCaseOpened;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.ReprimandPublished;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.ReprimandWithdrawn;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingBecameFinal;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingIssued;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingNotified;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingSetAside;
import ir.daftar.core.discipline.DisciplinaryHistory;
import ir.daftar.core.discipline.FinalRuling;
import ir.daftar.projections.discipline.DisciplineViews.DocketEntry;
import ir.daftar.projections.discipline.DisciplineViews.HistoryEntry;
import ir.daftar.projections.discipline.DisciplineViews.PublicReprimand;
import ir.daftar.projections.discipline.DisciplineViews.RulingAsOf;
import ir.daftar.projections.support.SqlTime;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code discipline} read model (A34-A38, ADR 1200). Idempotent: inserts do nothing when the row exists and
 * each update sets a value from its event, so a redelivered event changes nothing. A rebuild resets the tables.
 * It also answers the repeat-offence rule's port ({@link DisciplinaryHistory}): the final rulings against a person
 * not set aside.
 */
@Component
@ProcessingGroup(DisciplineProjection.PROCESSING_GROUP)
public class DisciplineProjection implements DisciplinaryHistory {

    public static final String PROCESSING_GROUP = "discipline";

    private final JdbcTemplate jdbc;

    public DisciplineProjection(JdbcTemplate jdbcTemplate) {
        this.jdbc = Objects.requireNonNull(jdbcTemplate, "jdbcTemplate");
    }

    @EventHandler
    public void on(DisciplinaryCaseOpened event, EventMessage<?> message) {
        jdbc.update("""
                INSERT INTO discipline_case (case_id, origin, office_id, accused_id, accused_role, charges, inspection_id,
                                             finding_id, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", event.caseId(), event.origin().name(), event.officeId(), event.accusedId(),
                event.accusedRole().name(), clauses(event.charges()), event.inspectionId(), event.findingId(),
                SqlTime.column(message.getTimestamp()));
    }

    @EventHandler
    public void on(CaseReferredToBoard event) {
        String column = event.level() == BoardLevel.PRIMARY ? "primary_board_id" : "appeal_board_id";
        jdbc.update("UPDATE discipline_case SET " + column + " = ? WHERE case_id = ?", event.boardId(), event.caseId());
    }

    @EventHandler
    public void on(RulingIssued event, EventMessage<?> message) {
        jdbc.update("""
                INSERT INTO discipline_ruling (case_id, ruling_id, office_id, accused_id, level, board_id, degree,
                                               suspension_months, issued_at)
                SELECT c.case_id, ?, c.office_id, c.accused_id, ?, ?, ?, ?, ? FROM discipline_case c WHERE c.case_id = ?
                ON CONFLICT DO NOTHING""", event.rulingId(), event.level().name(), event.boardId(),
                event.penalty() == null ? null : event.penalty().degree(),
                event.penalty() == null ? null : event.penalty().suspensionMonths(), SqlTime.column(message.getTimestamp()),
                event.caseId());
    }

    @EventHandler
    public void on(RulingNotified event) {
        jdbc.update("UPDATE discipline_ruling SET notified_at = ?, appeal_due = ? WHERE case_id = ? AND ruling_id = ?",
                SqlTime.column(event.servedAt()), event.deadline() == null ? null : Date.valueOf(event.deadline().dueDate()),
                event.caseId(), event.rulingId());
    }

    @EventHandler
    public void on(AppealLodged event, EventMessage<?> message) {
        jdbc.update("UPDATE discipline_ruling SET appealed_at = ? WHERE case_id = ? AND ruling_id = ?",
                SqlTime.column(message.getTimestamp()), event.caseId(), event.rulingId());
    }

    @EventHandler
    public void on(CenterHeadObjected event, EventMessage<?> message) {
        jdbc.update("UPDATE discipline_ruling SET objected_at = ? WHERE case_id = ? AND ruling_id = ?",
                SqlTime.column(message.getTimestamp()), event.caseId(), event.rulingId());
    }

    @EventHandler
    public void on(RulingBecameFinal event) {
        jdbc.update("""
                UPDATE discipline_ruling SET final_at = ?, final_basis = ?, suspended_until = ?
                 WHERE case_id = ? AND ruling_id = ?""", SqlTime.column(event.effectiveFrom()), event.basis().name(),
                event.suspendedUntil() == null ? null : SqlTime.column(event.suspendedUntil()), event.caseId(), event.rulingId());
    }

    @EventHandler
    public void on(RulingSetAside event, EventMessage<?> message) {
        jdbc.update("UPDATE discipline_ruling SET set_aside_at = ?, set_aside_by = ? WHERE case_id = ? AND ruling_id = ?",
                SqlTime.column(message.getTimestamp()), event.byRulingId(), event.caseId(), event.rulingId());
    }

    @EventHandler
    public void on(CrimeReferred event) {
        jdbc.update("UPDATE discipline_case SET crime_referred = TRUE WHERE case_id = ?", event.caseId());
    }

    @EventHandler
    public void on(ComplaintWithdrawn event) {
        jdbc.update("UPDATE discipline_case SET complaint_withdrawn = TRUE WHERE case_id = ?", event.caseId());
    }

    @EventHandler
    public void on(ReprimandPublished event, EventMessage<?> message) {
        jdbc.update("""
                INSERT INTO discipline_reprimand (case_id, ruling_id, office_id, accused_role, charges, published_at)
                SELECT c.case_id, ?, c.office_id, c.accused_role, c.charges, ? FROM discipline_case c WHERE c.case_id = ?
                ON CONFLICT DO NOTHING""", event.rulingId(), SqlTime.column(message.getTimestamp()), event.caseId());
    }

    @EventHandler
    public void on(ReprimandWithdrawn event, EventMessage<?> message) {
        jdbc.update("UPDATE discipline_reprimand SET withdrawn_at = ? WHERE case_id = ? AND ruling_id = ?",
                SqlTime.column(message.getTimestamp()), event.caseId(), event.rulingId());
    }

    // ---- queries -------------------------------------------------------------------------

    @QueryHandler
    public List<DocketEntry> handle(FindBoardDocket query) {
        return jdbc.query("""
                SELECT c.case_id, c.office_id, c.origin, c.charges, c.opened_at,
                       CASE WHEN c.appeal_board_id = ? THEN 'APPEAL' ELSE 'PRIMARY' END AS level,
                       r.ruling_id, r.degree, r.issued_at
                  FROM discipline_case c
                  LEFT JOIN discipline_ruling r ON r.case_id = c.case_id AND r.board_id = ?
                 WHERE c.primary_board_id = ? OR c.appeal_board_id = ?
                 ORDER BY c.opened_at DESC, c.case_id""", (rs, i) -> new DocketEntry(rs.getString("case_id"),
                        rs.getString("office_id"), rs.getString("level"), rs.getString("origin"), rs.getString("charges"),
                        SqlTime.instant(rs, "opened_at"), rs.getString("ruling_id"), integer(rs, "degree"),
                        SqlTime.instant(rs, "issued_at")),
                query.boardId(), query.boardId(), query.boardId(), query.boardId());
    }

    /** The office's cases opened by {@code asOf}, each ruling as it stood then. */
    @QueryHandler
    public List<HistoryEntry> handle(FindDisciplinaryHistory query) {
        Instant at = query.asOf();
        Map<String, HistoryEntry> cases = new LinkedHashMap<>();
        jdbc.query("""
                SELECT case_id, origin, accused_role, charges, inspection_id, finding_id, opened_at
                  FROM discipline_case WHERE office_id = ? AND opened_at <= ? ORDER BY opened_at, case_id""", rs -> {
            cases.put(rs.getString("case_id"), new HistoryEntry(rs.getString("case_id"), rs.getString("origin"),
                    rs.getString("accused_role"), rs.getString("charges"), rs.getString("inspection_id"),
                    rs.getString("finding_id"), SqlTime.instant(rs, "opened_at"), new ArrayList<>()));
        }, query.officeId(), SqlTime.column(at));
        jdbc.query("""
                SELECT * FROM discipline_ruling WHERE office_id = ? AND issued_at <= ? ORDER BY issued_at, ruling_id""", rs -> {
            HistoryEntry entry = cases.get(rs.getString("case_id"));
            if (entry != null) {
                entry.rulings().add(rulingAsOf(rs, at));
            }
        }, query.officeId(), SqlTime.column(at));
        return List.copyOf(cases.values());
    }

    @QueryHandler
    public List<PublicReprimand> handle(FindPublicReprimands query) {
        return jdbc.query("""
                SELECT office_id, case_id, ruling_id, accused_role, charges, published_at FROM discipline_reprimand
                 WHERE withdrawn_at IS NULL ORDER BY published_at DESC, case_id""", (rs, i) -> new PublicReprimand(
                rs.getString("office_id"), rs.getString("case_id"), rs.getString("ruling_id"), rs.getString("accused_role"),
                rs.getString("charges"), SqlTime.instant(rs, "published_at")));
    }

    @QueryHandler
    public List<String> handle(FindUnappealedRulingsPastDue query) {
        return jdbc.query("""
                SELECT case_id, ruling_id FROM discipline_ruling
                 WHERE level = 'PRIMARY' AND degree >= 5 AND appeal_due < ? AND appealed_at IS NULL AND objected_at IS NULL
                   AND final_at IS NULL
                 ORDER BY appeal_due, case_id""", (rs, i) -> rs.getString("case_id") + "/" + rs.getString("ruling_id"),
                Date.valueOf(query.today()));
    }

    /** A38 note 3: the final rulings with a penalty against the person, not set aside. */
    @Override
    public List<FinalRuling> finalRulingsAgainst(String personId) {
        return jdbc.query("""
                SELECT case_id, ruling_id, degree, final_at FROM discipline_ruling
                 WHERE accused_id = ? AND final_at IS NOT NULL AND set_aside_at IS NULL AND degree IS NOT NULL""",
                (rs, i) -> new FinalRuling(rs.getString("case_id"), rs.getString("ruling_id"), rs.getInt("degree"),
                        SqlTime.instant(rs, "final_at")), personId);
    }

    @ResetHandler
    public void reset() {
        jdbc.update("DELETE FROM discipline_reprimand");
        jdbc.update("DELETE FROM discipline_ruling");
        jdbc.update("DELETE FROM discipline_case");
    }

    private static RulingAsOf rulingAsOf(ResultSet rs, Instant at) throws SQLException {
        Instant finalAt = SqlTime.instant(rs, "final_at");
        Instant setAsideAt = SqlTime.instant(rs, "set_aside_at");
        Instant notifiedAt = SqlTime.instant(rs, "notified_at");
        Instant appealedAt = SqlTime.instant(rs, "appealed_at");
        Instant objectedAt = SqlTime.instant(rs, "objected_at");
        boolean setAside = setAsideAt != null && !setAsideAt.isAfter(at);
        boolean fin = finalAt != null && !finalAt.isAfter(at);
        Date due = rs.getDate("appeal_due");
        return new RulingAsOf(rs.getString("ruling_id"), rs.getString("level"), rs.getString("board_id"),
                integer(rs, "degree"), integer(rs, "suspension_months"), SqlTime.instant(rs, "issued_at"),
                notifiedAt != null && !notifiedAt.isAfter(at) ? notifiedAt : null,
                notifiedAt != null && !notifiedAt.isAfter(at) && due != null ? due.toLocalDate() : null,
                appealedAt != null && !appealedAt.isAfter(at), objectedAt != null && !objectedAt.isAfter(at),
                setAside ? "SET_ASIDE" : fin ? "FINAL" : "ISSUED", fin ? finalAt : null,
                fin ? rs.getString("final_basis") : null, fin ? SqlTime.instant(rs, "suspended_until") : null,
                setAside ? setAsideAt : null);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static String clauses(List<Integer> clauses) {
        return clauses.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
