package ir.daftar.projections.casehistory;

import ir.daftar.projections.support.BatchedWrites;
import ir.daftar.projections.support.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL of {@code case_history} (V101, V121), {@code case_history_linked} (V121) and {@code case_history_notice}
 * (V110). The writes go through {@link BatchedWrites}, so a processor's batch sends them as a few JDBC batches
 * inside its transaction, which commits them with its token.
 *
 * <p>Each row has two keys (its position in its stream and its event id) and is written once: an event is
 * immutable, so a redelivered event would write the very row that is already there, and its insert does
 * nothing ({@code ON CONFLICT DO NOTHING}). No delete precedes the insert: a delete by either key cost a
 * scan per event while a rebuild filled the table (the planner's plan dated from the emptied table), and
 * made the rebuild quadratic (docs/performance.md).
 */
final class CaseHistoryRepository {

    static final int INSERT = 0;

    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    CaseHistoryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new BatchedWrites(jdbc);
    }

    /** The row of this event; a replayed event leaves the one row there is. */
    void put(Row row) {
        writes.add(INSERT, """
                INSERT INTO case_history (filing_id, seq, event_type, event_id, recorded_at,
                                          actor_id, actor_role, office_id, details,
                                          occurred_at, authority_id, reporting_body_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""",
                row.filingId(), row.seq(), row.recorded().eventType(), row.recorded().eventId(),
                SqlTime.column(row.recorded().at()), row.recorded().actorId(), row.recorded().actorRole(),
                row.recorded().officeId(), row.details(),
                SqlTime.column(row.occurredAt()), row.authorityId(), row.reportingBodyId());
    }

    /** An event of another aggregate about the case (A9, A10), written once. */
    void putLinked(Row row) {
        writes.add(INSERT, """
                INSERT INTO case_history_linked (event_id, filing_id, stream_type, stream_id, seq, event_type,
                                                 recorded_at, occurred_at, actor_id, actor_role, office_id,
                                                 authority_id, reporting_body_id, details)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""",
                row.recorded().eventId(), row.filingId(), row.streamType(), row.streamId(), row.seq(),
                row.recorded().eventType(), SqlTime.column(row.recorded().at()), SqlTime.column(row.occurredAt()),
                row.recorded().actorId(), row.recorded().actorRole(), row.recorded().officeId(),
                row.authorityId(), row.reportingBodyId(), row.details());
    }

    /** The events of other aggregates about the case, in no particular order. */
    List<Row> findLinkedByFilingId(String filingId) {
        return jdbc.query("""
                SELECT event_id, filing_id, stream_type, stream_id, seq, event_type, recorded_at, occurred_at,
                       actor_id, actor_role, office_id, authority_id, reporting_body_id, details
                  FROM case_history_linked
                 WHERE filing_id = ?""",
                (rs, i) -> row(rs, rs.getString("stream_type"), rs.getString("stream_id")), filingId);
    }

    List<Row> findByFilingId(String filingId) {
        return jdbc.query("""
                SELECT filing_id, seq, event_type, event_id, recorded_at, actor_id, actor_role, office_id, details,
                       occurred_at, authority_id, reporting_body_id
                  FROM case_history
                 WHERE filing_id = ?
                 ORDER BY seq""", (rs, i) -> row(rs, FILING_STREAM, rs.getString("filing_id")), filingId);
    }

    /** A row of {@code case_history} or {@code case_history_linked}: their common columns, and the stream named. */
    private static Row row(ResultSet rs, String streamType, String streamId) throws SQLException {
        return new Row(
                rs.getString("filing_id"),
                rs.getLong("seq"),
                recorded(rs),
                rs.getString("details"),
                SqlTime.instant(rs, "occurred_at"),
                rs.getString("authority_id"),
                rs.getString("reporting_body_id"),
                streamType,
                streamId);
    }

    /** Run at once, not batched: Axon calls the reset handler before the replay, outside any batch. */
    void deleteAll() {
        jdbc.update("DELETE FROM case_history");
        jdbc.update("DELETE FROM case_history_linked");
        jdbc.update("DELETE FROM case_history_notice");
    }

    /** The row of this notice event, written once. */
    void putNotice(NoticeRow row) {
        writes.add(INSERT, """
                INSERT INTO case_history_notice (filing_id, notice_id, seq, event_type, event_id, recorded_at,
                                                 actor_id, actor_role, office_id, channel_mobile, channel_address, details)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""",
                row.filingId(), row.noticeId(), row.seq(), row.recorded().eventType(), row.recorded().eventId(),
                SqlTime.column(row.recorded().at()), row.recorded().actorId(), row.recorded().actorRole(),
                row.recorded().officeId(), row.channelMobile(), row.channelAddress(), row.details());
    }

    /** The notice events of a filing in the order they were recorded. */
    List<NoticeRow> findNoticeRowsByFilingId(String filingId) {
        return jdbc.query("""
                SELECT filing_id, notice_id, seq, event_type, event_id, recorded_at, actor_id, actor_role, office_id,
                       channel_mobile, channel_address, details
                  FROM case_history_notice
                 WHERE filing_id = ?
                 ORDER BY recorded_at, notice_id, seq""", (rs, i) -> new NoticeRow(
                rs.getString("filing_id"),
                rs.getString("notice_id"),
                rs.getLong("seq"),
                recorded(rs),
                rs.getString("channel_mobile"),
                rs.getString("channel_address"),
                rs.getString("details")), filingId);
    }

    /** The columns the three tables share: which event was recorded, when, and who acted in which role and office. */
    private static Recorded recorded(ResultSet rs) throws SQLException {
        return new Recorded(
                rs.getString("event_type"),
                rs.getString("event_id"),
                SqlTime.instant(rs, "recorded_at"),
                rs.getString("actor_id"),
                rs.getString("actor_role"),
                rs.getString("office_id"));
    }

    /**
     * What every row of the timeline keeps of its event, whichever table it is in: the event's type and id, when it
     * was recorded ({@code recorded_at}), and the actor's id, role and office from its metadata.
     */
    record Recorded(String eventType, String eventId, Instant at, String actorId, String actorRole, String officeId) {
    }

    /** One row of {@code case_history_notice} (V110). */
    record NoticeRow(String filingId, String noticeId, long seq, Recorded recorded, String channelMobile,
                     String channelAddress, String details) {
    }

    /** The stream type of the filing's own events. */
    static final String FILING_STREAM = "Filing";

    /**
     * One row of {@code case_history} or {@code case_history_linked}; {@code details} is JSON text;
     * {@code occurredAt} is null when the act happened when it was recorded.
     */
    record Row(String filingId, long seq, Recorded recorded, String details, Instant occurredAt, String authorityId,
               String reportingBodyId, String streamType, String streamId) {
    }
}
