package ir.daftar.projections.casehistory;

import ir.daftar.projections.support.BatchedWrites;
import ir.daftar.projections.support.SqlTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
                row.filingId(), row.seq(), row.eventType(), row.eventId(), SqlTime.column(row.recordedAt()),
                row.actorId(), row.actorRole(), row.officeId(), row.details(),
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
                row.eventId(), row.filingId(), row.streamType(), row.streamId(), row.seq(), row.eventType(),
                SqlTime.column(row.recordedAt()), SqlTime.column(row.occurredAt()), row.actorId(), row.actorRole(), row.officeId(),
                row.authorityId(), row.reportingBodyId(), row.details());
    }

    /** The events of other aggregates about the case, in no particular order. */
    List<Row> findLinkedByFilingId(String filingId) {
        return jdbc.query("""
                SELECT event_id, filing_id, stream_type, stream_id, seq, event_type, recorded_at, occurred_at,
                       actor_id, actor_role, office_id, authority_id, reporting_body_id, details
                  FROM case_history_linked
                 WHERE filing_id = ?""", (rs, i) -> new Row(
                rs.getString("filing_id"),
                rs.getLong("seq"),
                rs.getString("event_type"),
                rs.getString("event_id"),
                SqlTime.instant(rs, "recorded_at"),
                rs.getString("actor_id"),
                rs.getString("actor_role"),
                rs.getString("office_id"),
                rs.getString("details"),
                SqlTime.instant(rs, "occurred_at"),
                rs.getString("authority_id"),
                rs.getString("reporting_body_id"),
                rs.getString("stream_type"),
                rs.getString("stream_id")), filingId);
    }

    List<Row> findByFilingId(String filingId) {
        return jdbc.query("""
                SELECT filing_id, seq, event_type, event_id, recorded_at, actor_id, actor_role, office_id, details,
                       occurred_at, authority_id, reporting_body_id
                  FROM case_history
                 WHERE filing_id = ?
                 ORDER BY seq""", (rs, i) -> new Row(
                rs.getString("filing_id"),
                rs.getLong("seq"),
                rs.getString("event_type"),
                rs.getString("event_id"),
                SqlTime.instant(rs, "recorded_at"),
                rs.getString("actor_id"),
                rs.getString("actor_role"),
                rs.getString("office_id"),
                rs.getString("details"),
                SqlTime.instant(rs, "occurred_at"),
                rs.getString("authority_id"),
                rs.getString("reporting_body_id"),
                FILING_STREAM,
                rs.getString("filing_id")), filingId);
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
                row.filingId(), row.noticeId(), row.seq(), row.eventType(), row.eventId(),
                row.recordedAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC),
                row.actorId(), row.actorRole(), row.officeId(), row.channelMobile(), row.channelAddress(), row.details());
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
                rs.getString("event_type"),
                rs.getString("event_id"),
                SqlTime.instant(rs, "recorded_at"),
                rs.getString("actor_id"),
                rs.getString("actor_role"),
                rs.getString("office_id"),
                rs.getString("channel_mobile"),
                rs.getString("channel_address"),
                rs.getString("details")), filingId);
    }

    /** One row of {@code case_history_notice} (V110). */
    record NoticeRow(String filingId, String noticeId, long seq, String eventType, String eventId, Instant recordedAt,
                     String actorId, String actorRole, String officeId, String channelMobile, String channelAddress,
                     String details) {
    }

    /** The stream type of the filing's own events. */
    static final String FILING_STREAM = "Filing";

    /**
     * One row of {@code case_history} or {@code case_history_linked}; {@code details} is JSON text;
     * {@code occurredAt} is null when the act happened when it was recorded.
     */
    record Row(String filingId, long seq, String eventType, String eventId, Instant recordedAt,
               String actorId, String actorRole, String officeId, String details,
               Instant occurredAt, String authorityId, String reportingBodyId, String streamType, String streamId) {

        /** A filing event without the A10 time or the authority or body of the actor. */
        Row(String filingId, long seq, String eventType, String eventId, Instant recordedAt,
            String actorId, String actorRole, String officeId, String details) {
            this(filingId, seq, eventType, eventId, recordedAt, actorId, actorRole, officeId, details,
                    null, null, null, FILING_STREAM, filingId);
        }
    }
}
