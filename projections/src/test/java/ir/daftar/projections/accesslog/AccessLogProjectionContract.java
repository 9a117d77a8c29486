package ir.daftar.projections.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.access.AccessEvent.CaseDataRead;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.projections.testing.FilingStory;
import ir.daftar.projections.testing.ProjectionContract;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The access-log projection against one database; the subclasses pick H2 or PostgreSQL. */
abstract class AccessLogProjectionContract extends ProjectionContract {

    private static final String FILING = "filing-office-1";
    private static final Instant T0 = FilingStory.T0;

    @Override
    protected Object projection(JdbcTemplate jdbc) {
        return new AccessLogProjection(jdbc);
    }

    @Override
    protected List<String> tables() {
        return List.of("access_log");
    }

    @Test
    void a12_the_reads_of_a_filing_are_listed_oldest_first_with_who_read_what_and_why() {
        axon.feed(reads());

        AccessLogView view = axon.query(new FindAccessLog(FILING), AccessLogView.class);

        assertThat(view.reads()).containsExactly(
                new AccessLogView.Read("OFFICE_CLERK", FilingStory.OFFICE_ID, null, "history", "پیگیری", T0),
                new AccessLogView.Read("COURT_STAFF", null, "court-tehran-12", "documents", "رسیدگی",
                        T0.plus(Duration.ofMinutes(5))),
                new AccessLogView.Read("INSPECTOR", null, null, "history", "بازرسی", T0.plus(Duration.ofMinutes(9))));
        assertThat(axon.query(new FindAccessLog("filing-other"), AccessLogView.class).reads()).hasSize(1);
    }

    @Test
    void a_redelivered_read_leaves_one_row_and_a_reset_clears_the_log() {
        axon.feed(reads());
        List<Map<String, Object>> once = rows();

        axon.feed(reads());

        assertThat(rows()).isEqualTo(once).hasSize(4);
        axon.reset();
        assertThat(rows()).isEmpty();
    }

    @Test
    void a_batch_gives_the_rows_of_one_read_at_a_time_and_its_redelivery_changes_nothing() {
        axon.feedOneByOne(reads(), database.transactions());
        List<Map<String, Object>> oneByOne = rows();
        assertThat(oneByOne).hasSize(4);
        emptyTables();

        axon.feedAsOneBatch(reads(), database.transactions());
        assertThat(rows()).isEqualTo(oneByOne);

        axon.feedAsOneBatch(reads(), database.transactions());
        assertThat(rows()).isEqualTo(oneByOne);
    }

    /** Three reads of the filing, recorded out of order, and one of another filing. */
    private static List<EventMessage<?>> reads() {
        return List.of(
                read("read-2", FILING, "documents", "رسیدگی", T0.plus(Duration.ofMinutes(5)),
                        staff("COURT-1", ActorRole.COURT_STAFF).and(MetaDataKeys.AUTHORITY_ID, "court-tehran-12")),
                read("read-1", FILING, "history", "پیگیری", T0,
                        staff(FilingStory.CLERK_ID, ActorRole.OFFICE_CLERK).and(MetaDataKeys.OFFICE_ID, FilingStory.OFFICE_ID)),
                read("read-other", "filing-other", "history", null, T0.plus(Duration.ofMinutes(7)),
                        staff(FilingStory.CLERK_ID, ActorRole.OFFICE_CLERK)),
                read("read-3", FILING, "history", "بازرسی", T0.plus(Duration.ofMinutes(9)),
                        staff("INSPECTOR-4", ActorRole.INSPECTOR)));
    }

    private static EventMessage<?> read(String id, String filingId, String view, String purpose, Instant at,
                                        MetaData metaData) {
        return new GenericEventMessage<>(id, new CaseDataRead(filingId, view, purpose), metaData, at);
    }

    private static MetaData staff(String id, ActorRole role) {
        return MetaData.with(MetaDataKeys.ACTOR_ID, id).and(MetaDataKeys.ACTOR_ROLE, role.name());
    }

    private List<Map<String, Object>> rows() {
        return new ArrayList<>(jdbc.queryForList("SELECT * FROM access_log ORDER BY event_id"));
    }
}
