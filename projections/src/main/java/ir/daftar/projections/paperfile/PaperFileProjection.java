package ir.daftar.projections.paperfile;

import ir.daftar.core.common.OccurredAt;
import ir.daftar.core.paper.PaperFileEvent.PaperFileRegistered;
import ir.daftar.projections.support.SqlTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * The {@code paper-files} read model (A10): one row per preliminary paper file, with the delay
 * between its first act ({@code occurredAt} metadata) and its recording (the event's timestamp).
 * Idempotent: a row is keyed by the paper file's id and replaced when its event comes again.
 */
@Component
@ProcessingGroup(PaperFileProjection.PROCESSING_GROUP)
public class PaperFileProjection {

    public static final String PROCESSING_GROUP = "paper-files";

    private final JdbcTemplate jdbc;

    public PaperFileProjection(JdbcTemplate jdbcTemplate) {
        this.jdbc = Objects.requireNonNull(jdbcTemplate, "jdbcTemplate");
    }

    @EventHandler
    public void on(PaperFileRegistered event, EventMessage<?> message) {
        Instant recordedAt = SqlTime.micros(message.getTimestamp());
        Instant firstActAt = SqlTime.micros(OccurredAt.read(message.getMetaData()).orElse(recordedAt));
        jdbc.update("DELETE FROM paper_file WHERE paper_file_id = ?", event.paperFileId());
        jdbc.update("""
                INSERT INTO paper_file (paper_file_id, filing_id, reporting_body_id, paper_reference, carried_by,
                                        registered_by, act_count, first_act_at, recorded_at, delay_seconds)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                event.paperFileId(), event.filingId(), event.reportingBodyId(), event.paperReference(), event.carriedBy(),
                event.registeredBy(), event.actCount(), SqlTime.column(firstActAt), SqlTime.column(recordedAt),
                Duration.between(firstActAt, recordedAt).toSeconds());
    }

    @QueryHandler
    public List<PaperFileView> handle(FindPaperFiles query) {
        StringBuilder sql = new StringBuilder("""
                SELECT paper_file_id, filing_id, reporting_body_id, paper_reference, carried_by, registered_by, act_count,
                       first_act_at, recorded_at, delay_seconds
                  FROM paper_file
                 WHERE delay_seconds >= ?""");
        List<Object> args = new ArrayList<>();
        args.add(query.minDelay() == null ? Long.MIN_VALUE : query.minDelay().toSeconds());
        if (query.filingId() != null) {
            sql.append(" AND filing_id = ?");
            args.add(query.filingId());
        }
        sql.append(" ORDER BY delay_seconds DESC, paper_file_id");
        return jdbc.query(sql.toString(), (rs, i) -> new PaperFileView(rs.getString("paper_file_id"),
                rs.getString("filing_id"), rs.getString("reporting_body_id"), rs.getString("paper_reference"),
                rs.getString("carried_by"), rs.getString("registered_by"), rs.getInt("act_count"),
                SqlTime.instant(rs, "first_act_at"), SqlTime.instant(rs, "recorded_at"), rs.getLong("delay_seconds")), args.toArray());
    }

    /** Before a replay rebuilds the model from the first event. */
    @ResetHandler
    public void reset() {
        jdbc.update("DELETE FROM paper_file");
    }
}
