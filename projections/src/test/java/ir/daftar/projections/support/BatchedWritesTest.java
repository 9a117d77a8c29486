package ir.daftar.projections.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.daftar.projections.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class BatchedWritesTest {

    /** One statement per letter; each records its letter and argument in {@code written}, in execution order. */
    private static String write(String letter) {
        return "INSERT INTO written (statement, arg) VALUES ('" + letter + "', ?)";
    }

    private JdbcDataSource dataSource;
    private RecordingJdbcTemplate jdbc;
    private BatchedWrites writes;

    @BeforeEach
    void open() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:bw_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        jdbc = new RecordingJdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE written (n BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                + "statement VARCHAR(10) NOT NULL, arg VARCHAR(40) NOT NULL)");
        jdbc.execute("CREATE TABLE token (segment INT PRIMARY KEY, position BIGINT NOT NULL)");
        jdbc.calls.clear();
        writes = new BatchedWrites(jdbc);
    }

    @AfterEach
    void close() {
        jdbc.execute("SHUTDOWN");
    }

    @Test
    void without_a_unit_of_work_each_write_runs_at_once() {
        writes.add(1, write("A"), "a1");
        assertThat(written()).containsExactly("A a1");

        writes.add(0, write("B"), "b1");

        assertThat(written()).containsExactly("A a1", "B b1");
        assertThat(jdbc.calls).containsExactly("update A", "update B");
    }

    @Test
    void in_a_unit_of_work_nothing_is_written_before_its_prepare_commit() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(event(0));
        writes.add(0, write("A"), "a1");
        writes.add(0, write("A"), "a2");

        assertThat(written()).isEmpty();
        assertThat(jdbc.calls).isEmpty();
        unitOfWork.commit();

        assertThat(written()).containsExactly("A a1", "A a2");
        assertThat(jdbc.calls).containsExactly("batch A x2");
    }

    @Test
    void the_flush_runs_phase_by_phase_and_one_batch_per_statement_in_the_order_statements_first_appear() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(event(0));
        writes.add(2, write("C"), "c1");
        writes.add(1, write("B"), "b1");
        writes.add(0, write("A"), "a1");
        writes.add(1, write("D"), "d1");
        writes.add(1, write("B"), "b2");
        writes.add(0, write("A"), "a2");
        writes.add(2, write("C"), "c2");
        writes.add(1, write("D"), "d2");
        unitOfWork.commit();

        assertThat(jdbc.calls).containsExactly("batch A x2", "batch B x2", "batch D x2", "batch C x2");
        assertThat(written()).containsExactly("A a1", "A a2", "B b1", "B b2", "D d1", "D d2", "C c1", "C c2");
    }

    @Test
    void a_later_phase_sees_what_an_earlier_phase_wrote_although_it_was_handed_in_first() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(event(0));
        writes.add(1, "UPDATE token SET position = ? WHERE segment = ?", 42L, 0);
        writes.add(0, "INSERT INTO token (segment, position) VALUES (?, ?)", 0, 1L);
        unitOfWork.commit();

        assertThat(jdbc.queryForObject("SELECT position FROM token WHERE segment = 0", Long.class)).isEqualTo(42L);
    }

    @Test
    void a_rolled_back_unit_of_work_sends_nothing() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(event(0));
        writes.add(0, write("A"), "a1");

        unitOfWork.rollback();

        assertThat(written()).isEmpty();
        assertThat(jdbc.calls).isEmpty();
    }

    @Test
    void a_batch_of_events_is_one_unit_of_work_and_its_writes_one_jdbc_batch_per_statement() {
        List<EventMessage<?>> batch = IntStream.range(0, 100).<EventMessage<?>>mapToObj(BatchedWritesTest::event).toList();
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(batch));
        unitOfWork.attachTransaction(TestDatabase.transactions(dataSource));

        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            writes.add(1, write("B"), "b" + unitOfWork.getMessage().getPayload());
            writes.add(0, write("A"), "a" + unitOfWork.getMessage().getPayload());
            return null;
        });

        assertThat(result.isExceptional()).isFalse();
        assertThat(jdbc.calls).containsExactly("batch A x100", "batch B x100");
        assertThat(written()).hasSize(200).startsWith("A a0", "A a1").endsWith("B b98", "B b99");
    }

    /**
     * As a pooled processor does: the token is stored in a prepare-commit handler registered before the
     * events are handled, and the transaction commits after every prepare-commit handler has run. A
     * failing write therefore takes the token with it, and so do the writes of the batch sent before it.
     */
    @Test
    void the_writes_commit_or_roll_back_together_with_the_token() {
        ResultMessage<?> committed = processBatch(List.of(event(0), event(1)), 10L, -1);
        assertThat(committed.isExceptional()).isFalse();
        assertThat(written()).containsExactly("A a0", "A a1");
        assertThat(jdbc.queryForObject("SELECT position FROM token WHERE segment = 0", Long.class)).isEqualTo(10L);

        ResultMessage<?> failed = processBatch(List.of(event(2), event(3)), 20L, 3);

        assertThat(failed.isExceptional()).isTrue();
        assertThat(written()).containsExactly("A a0", "A a1");
        assertThat(jdbc.queryForObject("SELECT position FROM token WHERE segment = 0", Long.class)).isEqualTo(10L);
    }

    @Test
    void a_write_handed_in_after_the_flush_still_runs_in_the_transaction() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(event(0));
        unitOfWork.attachTransaction(TestDatabase.transactions(dataSource));
        writes.add(0, write("A"), "a1");
        unitOfWork.onPrepareCommit(u -> writes.add(0, write("B"), "b1")); // runs after the flush

        unitOfWork.commit();

        assertThat(written()).containsExactly("A a1", "B b1");
        assertThat(jdbc.calls).containsExactly("batch A x1", "update B");
    }

    @Test
    void two_buffers_in_one_unit_of_work_keep_their_own_writes() {
        BatchedWrites other = new BatchedWrites(jdbc);
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(event(0));
        writes.add(1, write("A"), "a1");
        other.add(0, write("B"), "b1");

        unitOfWork.commit();

        assertThat(written()).containsExactly("A a1", "B b1"); // each flushed on its own, in registration order
    }

    /** One batch as a pooled processor runs it; the event at {@code failAt} adds a write that the database refuses. */
    private ResultMessage<?> processBatch(List<EventMessage<?>> batch, long position, int failAt) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(batch));
        unitOfWork.attachTransaction(TestDatabase.transactions(dataSource));
        unitOfWork.onPrepareCommit(u -> jdbc.update("MERGE INTO token (segment, position) KEY (segment) VALUES (0, ?)",
                position));
        return unitOfWork.executeWithResult(() -> {
            int n = (Integer) unitOfWork.getMessage().getPayload();
            writes.add(0, write("A"), "a" + n);
            if (n == failAt) {
                writes.add(1, write("X"), (Object) null); // arg is NOT NULL
            }
            return null;
        });
    }

    private List<String> written() {
        return jdbc.queryForList("SELECT statement || ' ' || arg FROM written ORDER BY n", String.class);
    }

    private static EventMessage<?> event(int n) {
        return GenericEventMessage.asEventMessage(n);
    }

    /** Records each statement sent: one {@code update} or one batch with its size. */
    private static final class RecordingJdbcTemplate extends JdbcTemplate {

        final List<String> calls = new ArrayList<>();

        RecordingJdbcTemplate(JdbcDataSource dataSource) {
            super(dataSource);
        }

        @Override
        public int update(String sql, Object... args) {
            calls.add("update " + letter(sql));
            return super.update(sql, args);
        }

        @Override
        public int[] batchUpdate(String sql, List<Object[]> batchArgs) {
            calls.add("batch " + letter(sql) + " x" + batchArgs.size());
            return super.batchUpdate(sql, batchArgs);
        }

        private static String letter(String sql) {
            int quote = sql.indexOf('\'');
            return quote < 0 ? sql : sql.substring(quote + 1, sql.indexOf('\'', quote + 1));
        }
    }
}
