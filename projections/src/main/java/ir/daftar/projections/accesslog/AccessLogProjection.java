package ir.daftar.projections.accesslog;

import ir.daftar.core.access.AccessEvent.CaseDataRead;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.projections.support.BatchedWrites;
import ir.daftar.projections.support.SqlTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code access-log} read model: one row per {@link CaseDataRead}, keyed by the event id
 * (a replayed event finds its row there and changes nothing). The applicant sees who read the case (office or
 * authority, and role) and when; the reader's personal id stays for inspectors only.
 *
 * <p>The handler never reads the table: the rows of a batch's events are deleted first (phase 0)
 * and inserted after (phase 1), held until the end of the processor's batch and sent as JDBC
 * batches in its transaction ({@link BatchedWrites}, ADR 0101).
 */
@Component
@ProcessingGroup(AccessLogProjection.PROCESSING_GROUP)
public class AccessLogProjection {

    public static final String PROCESSING_GROUP = "access-log";

    private static final int INSERT = 0;

    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    public AccessLogProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new BatchedWrites(jdbc);
    }

    @EventHandler
    public void on(CaseDataRead event, EventMessage<?> message) {
        MetaData m = message.getMetaData();
        writes.add(INSERT, """
                INSERT INTO access_log (event_id, filing_id, reader_id, reader_role, reader_office_id, reader_authority_id,
                                        view_name, purpose, read_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""",
                message.getIdentifier(), event.filingId(), text(m.get(MetaDataKeys.ACTOR_ID)), text(m.get(MetaDataKeys.ACTOR_ROLE)),
                text(m.get(MetaDataKeys.OFFICE_ID)), text(m.get(MetaDataKeys.AUTHORITY_ID)), event.view(), event.purpose(),
                message.getTimestamp().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
    }

    /** Reads of a filing, oldest first. */
    @QueryHandler
    public AccessLogView handle(FindAccessLog query) {
        List<AccessLogView.Read> reads = jdbc.query("""
                SELECT reader_role, reader_office_id, reader_authority_id, view_name, purpose, read_at
                  FROM access_log WHERE filing_id = ? ORDER BY read_at, event_id""",
                (rs, i) -> new AccessLogView.Read(rs.getString("reader_role"), rs.getString("reader_office_id"),
                        rs.getString("reader_authority_id"), rs.getString("view_name"), rs.getString("purpose"),
                        SqlTime.instant(rs, "read_at")), query.filingId());
        return new AccessLogView(query.filingId(), reads);
    }

    /** Run at once, not batched: Axon calls the reset handler before the replay, outside any batch. */
    @ResetHandler
    public void reset() {
        jdbc.update("DELETE FROM access_log");
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
