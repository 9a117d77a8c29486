package ir.daftar.api.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The SQL of {@code alert_outbox} (V10). Every statement joins the caller's transaction. */
@Component
public class AlertOutbox {

    /** A row of the outbox. */
    public record Row(String attemptId, String noticeId, String filingId, String mobile, String message, String status,
                      int attempts, int totalAttempts, Instant nextAttemptAt, String lastError, String gateway,
                      Instant createdAt, Instant updatedAt, Instant sentAt) {

        OutboundAlert alert() {
            return new OutboundAlert(attemptId, noticeId, mobile, message);
        }
    }

    private static final String COLUMNS = "attempt_id, notice_id, filing_id, mobile, message, status, attempts, "
            + "total_attempts, next_attempt_at, last_error, gateway, created_at, updated_at, sent_at";

    private final JdbcTemplate jdbc;

    AlertOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the alert of an attempt unless it is already there: the same attempt id is never queued twice. */
    boolean enqueue(String attemptId, String noticeId, String filingId, String mobile, String message, Instant now) {
        return jdbc.update("""
                INSERT INTO alert_outbox (attempt_id, notice_id, filing_id, mobile, message, status, attempts,
                                          total_attempts, next_attempt_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 'PENDING', 0, 0, ?, ?, ?)
                ON CONFLICT DO NOTHING""", attemptId, noticeId, filingId, mobile, message, time(now), time(now),
                time(now)) == 1;
    }

    /**
     * Claims up to {@code limit} due alerts for {@code token} until {@code until}: rows locked by
     * another dispatcher are skipped, so two dispatchers never hold the same row. Call in a transaction.
     */
    List<Row> claimDue(String token, Instant now, Instant until, int limit) {
        List<String> ids = jdbc.queryForList("""
                SELECT attempt_id FROM alert_outbox
                 WHERE status IN ('PENDING', 'FAILED') AND next_attempt_at <= ?
                   AND (claimed_until IS NULL OR claimed_until < ?)
                 ORDER BY next_attempt_at, attempt_id
                 LIMIT ?
                 FOR UPDATE SKIP LOCKED""", String.class, time(now), time(now), limit);
        for (String id : ids) {
            jdbc.update("UPDATE alert_outbox SET claim_token = ?, claimed_until = ? WHERE attempt_id = ?",
                    token, time(until), id);
        }
        return ids.isEmpty() ? List.of() : ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Marks the attempt sent, if this dispatcher still holds it. */
    boolean markSent(String attemptId, String token, String gateway, Instant now) {
        return jdbc.update("""
                UPDATE alert_outbox SET status = 'SENT', attempts = attempts + 1, total_attempts = total_attempts + 1,
                       gateway = ?, sent_at = ?, updated_at = ?, claim_token = NULL, claimed_until = NULL, last_error = NULL
                 WHERE attempt_id = ? AND claim_token = ? AND status IN ('PENDING', 'FAILED')""",
                gateway, time(now), time(now), attemptId, token) == 1;
    }

    /** Records a failed try: FAILED with the next try at {@code next}, or DEAD. */
    boolean markFailed(String attemptId, String token, boolean dead, String error, Instant next, Instant now) {
        return jdbc.update("""
                UPDATE alert_outbox SET status = ?, attempts = attempts + 1, total_attempts = total_attempts + 1,
                       last_error = ?, next_attempt_at = ?, updated_at = ?, claim_token = NULL, claimed_until = NULL
                 WHERE attempt_id = ? AND claim_token = ? AND status IN ('PENDING', 'FAILED')""",
                dead ? "DEAD" : "FAILED", error, time(next), time(now), attemptId, token) == 1;
    }

    /** An operator's retry of a dead alert: a new round of tries, starting now. */
    boolean retryDead(String attemptId, Instant now) {
        return jdbc.update("""
                UPDATE alert_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?, updated_at = ?,
                       claim_token = NULL, claimed_until = NULL
                 WHERE attempt_id = ? AND status = 'DEAD'""", time(now), time(now), attemptId) == 1;
    }

    public Optional<Row> find(String attemptId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM alert_outbox WHERE attempt_id = ?", ROW, attemptId).stream()
                .findFirst();
    }

    public List<Row> withStatus(String status, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM alert_outbox WHERE status = ? ORDER BY updated_at, attempt_id LIMIT ?",
                ROW, status, limit);
    }

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(
            rs.getString("attempt_id"), rs.getString("notice_id"), rs.getString("filing_id"), rs.getString("mobile"),
            rs.getString("message"), rs.getString("status"), rs.getInt("attempts"), rs.getInt("total_attempts"),
            instant(rs, "next_attempt_at"), rs.getString("last_error"), rs.getString("gateway"),
            instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "sent_at"));

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
