package ir.daftar.ops.engines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.daftar.ops.engines.EngineStore.Kind;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Both engines, briefly, against PostgreSQL: each returns exactly what it stored, so that the benchmark
 * compares two working engines and not a fast broken one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorageEnginesIT {

    private static final Database DATABASE = Database.fromSystemProperties("DAFTAR_TEST_DB");
    private static final int AGGREGATES = 20;
    private static final int EVENTS = AGGREGATES * SampleEvents.EVENTS_PER_AGGREGATE;
    private static final int THREADS = 4;

    static {
        StorageEngineBenchmark.quietLogging();
    }

    private final Map<Kind, EngineStore> stores = new EnumMap<>(Kind.class);
    private final Map<Kind, List<String>> aggregates = new EnumMap<>(Kind.class);
    private final Map<Kind, Measurement> appends = new EnumMap<>(Kind.class);

    /** Each engine gets the same workload once, through the benchmark's own append path; the tests read it back. */
    @BeforeAll
    void append_to_both_engines() throws Exception {
        for (Kind kind : Kind.values()) {
            EngineStore store = open(kind);
            stores.put(kind, store);
            aggregates.put(kind, aggregateIds());
            appends.put(kind, Workload.append(store, aggregates.get(kind), THREADS));
        }
    }

    @AfterAll
    void drop_both_schemas() throws SQLException {
        for (EngineStore store : stores.values()) {
            store.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void each_engine_returns_what_it_stored(Kind kind) throws Exception {
        EngineStore store = stores.get(kind);

        assertThat(appends.get(kind).count()).isEqualTo(EVENTS);
        assertThat(store.countEvents()).isEqualTo(EVENTS);
        for (String id : aggregates.get(kind)) {
            List<? extends DomainEventMessage<?>> events = store.transactions()
                    .fetchInTransaction(() -> store.engine().readEvents(id).asStream().toList());
            assertThat(events).extracting(DomainEventMessage::getSequenceNumber)
                    .containsExactlyElementsOf(LongStream.range(0, SampleEvents.EVENTS_PER_AGGREGATE).boxed().toList());
            assertThat(events).<Object>extracting(DomainEventMessage::getPayload)
                    .containsExactlyElementsOf(LongStream.range(0, SampleEvents.EVENTS_PER_AGGREGATE)
                            .mapToObj(seq -> SampleEvents.payload(id, seq)).toList());
            assertThat(events).allSatisfy(event -> {
                assertThat(event.getType()).isEqualTo("Filing");
                assertThat(event.getMetaData()).isEqualTo(SampleEvents.metaData(id));
            });
        }
        assertThat(Workload.load(store, aggregates.get(kind), 50, THREADS, 1L).count()).isEqualTo(50);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void each_engine_streams_the_whole_store_in_global_order_without_gaps(Kind kind) {
        EngineStore store = stores.get(kind);

        List<? extends TrackedEventMessage<?>> all = store.engine().readEvents(null, false).toList();

        // one number per event, from 1, with no gaps: the identity column and the increment-1 sequence alike
        assertThat(all).extracting(event -> ((GapAwareTrackingToken) event.trackingToken()).getIndex())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, EVENTS).boxed().toList());
        assertThat(all).allSatisfy(event -> {
            DomainEventMessage<?> domainEvent = (DomainEventMessage<?>) event;
            assertThat(domainEvent.getPayload()).isEqualTo(
                    SampleEvents.payload(domainEvent.getAggregateIdentifier(), domainEvent.getSequenceNumber()));
        });
        assertThat(Workload.stream(store, EVENTS).count()).isEqualTo(EVENTS);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void a_second_event_at_the_same_sequence_number_is_a_concurrency_conflict(Kind kind) throws Exception {
        EngineStore store = stores.get(kind);
        String id = aggregates.get(kind).get(0);

        assertThatThrownBy(() -> store.engine().appendEvents(SampleEvents.event(id, 5)))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(store.countEvents()).isEqualTo(EVENTS);
    }

    @Test
    void the_workload_fails_an_engine_that_returns_the_wrong_events() throws Exception {
        try (EngineStore store = open(Kind.JDBC)) {
            List<String> ids = aggregateIds().subList(0, 3);
            Workload.append(store, ids, 3);
            store.execute("UPDATE domain_event_entry SET sequence_number = 20 WHERE aggregate_identifier = '"
                    + ids.get(1) + "' AND sequence_number = 10");

            assertThatThrownBy(() -> Workload.load(store, ids.subList(1, 2), 4, 2, 1L))
                    .rootCause().hasMessageContaining("for " + ids.get(1) + " at sequence 10");
            assertThatThrownBy(() -> Workload.stream(store, 3L * SampleEvents.EVENTS_PER_AGGREGATE + 1))
                    .hasMessageContaining("streamed 33 events of 34");
        }
    }

    @Test
    void the_jpa_engine_keeps_payloads_in_the_row_and_numbers_events_one_by_one() throws Exception {
        EngineStore store = stores.get(Kind.JPA);

        assertThat(store.queryLong("SELECT count(*) FROM information_schema.columns WHERE table_schema = '"
                + store.schema() + "' AND column_name IN ('payload', 'metadata') AND data_type = 'bytea'"))
                .as("payload and metadata of both entries as bytea, never oid")
                .isEqualTo(4);
        assertThat(store.queryLong("SELECT increment_by FROM pg_sequences WHERE schemaname = '"
                + store.schema() + "' AND sequencename = 'domain_event_entry_seq'"))
                .isEqualTo(1);
    }

    @Test
    void the_jdbc_engine_runs_on_the_ledgers_own_migration() throws Exception {
        EngineStore store = stores.get(Kind.JDBC);

        assertThat(store.queryLong("SELECT count(*) FROM information_schema.columns WHERE table_schema = '"
                + store.schema() + "' AND table_name = 'domain_event_entry' AND column_name = 'global_index'"
                + " AND is_identity = 'YES' AND data_type = 'bigint'"))
                .isEqualTo(1);
        assertThat(store.queryLong("SELECT count(*) FROM information_schema.columns WHERE table_schema = '"
                + store.schema() + "' AND table_name = 'domain_event_entry' AND column_name IN ('payload', 'meta_data')"
                + " AND data_type = 'bytea'"))
                .isEqualTo(2);
    }

    private static EngineStore open(Kind kind) throws SQLException {
        String schema = "engines_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_"
                + kind.label();
        return EngineStore.open(kind, DATABASE, schema, THREADS, false);
    }

    private static List<String> aggregateIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < AGGREGATES; i++) {
            ids.add(SampleEvents.newAggregateId());
        }
        return ids;
    }
}
