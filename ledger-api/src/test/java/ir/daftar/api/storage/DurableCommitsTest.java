package ir.daftar.api.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ADR 0010: on an H2 file database a commit that wrote is synced to the disk before it returns; reads are not. */
class DurableCommitsTest {

    @TempDir
    Path dir;

    final List<String> executed = new ArrayList<>();
    DataSource durable;

    @BeforeEach
    void database() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL");
        h2.setUser("sa");
        durable = new DurableCommits(recording(h2));
        try (Connection c = durable.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id BIGINT PRIMARY KEY)");
        }
        executed.clear();
    }

    @Test
    void a_transaction_that_wrote_is_synced_after_its_commit() throws Exception {
        try (Connection c = durable.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO t VALUES (?)")) {
                p.setLong(1, 1);
                p.executeUpdate();
            }
            assertThat(executed).doesNotContain(DurableCommits.SYNC);
            c.commit();
            assertThat(executed).containsExactly(DurableCommits.SYNC);
        }
    }

    @Test
    void a_batch_is_a_write() throws Exception {
        try (Connection c = durable.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO t VALUES (?)")) {
                p.setLong(1, 1);
                p.addBatch();
                p.setLong(1, 2);
                p.addBatch();
                p.executeBatch();
            }
            c.commit();
        }
        assertThat(executed).containsExactly(DurableCommits.SYNC);
    }

    @Test
    void an_auto_committed_write_is_synced_at_once() throws Exception {
        try (Connection c = durable.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO t VALUES (7)");
            assertThat(executed).containsExactly(DurableCommits.SYNC);
        }
    }

    @Test
    void a_transaction_that_only_read_commits_without_a_sync() throws Exception {
        try (Connection c = durable.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
                rs.next();
            }
            c.commit();
        }
        assertThat(executed).isEmpty();
    }

    @Test
    void a_rolled_back_write_is_not_synced_and_the_next_commit_is_judged_on_its_own() throws Exception {
        try (Connection c = durable.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO t VALUES (1)");
            }
            c.rollback();
            c.commit();
            assertThat(executed).isEmpty();
        }
    }

    @Test
    void turning_auto_commit_back_on_commits_and_syncs() throws Exception {
        try (Connection c = durable.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO t VALUES (1)");
            }
            c.setAutoCommit(true);
            assertThat(executed).containsExactly(DurableCommits.SYNC);
        }
        try (Connection c = durable.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1);
        }
    }

    @Test
    void one_transaction_writes_at_a_time_and_a_second_writer_waits_for_the_first_to_commit() throws Exception {
        DurableCommits commits = (DurableCommits) durable;
        try (Connection first = durable.getConnection()) {
            first.setAutoCommit(false);
            try (Statement s = first.createStatement()) {
                s.executeUpdate("INSERT INTO t VALUES (1)");
            }
            assertThat(commits.writing()).isTrue();
            java.util.concurrent.CompletableFuture<Long> second = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try (Connection c = durable.getConnection(); Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO t VALUES (2)");
                    return System.nanoTime();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // a read does not wait for the permit
            try (Connection reader = durable.getConnection(); Statement s = reader.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
            Thread.sleep(300);
            assertThat(second).isNotDone();
            long committed = System.nanoTime();
            first.commit();
            assertThat(second.get(10, java.util.concurrent.TimeUnit.SECONDS)).isGreaterThan(committed);
        }
        assertThat(commits.writing()).isFalse();
    }

    @Test
    void a_row_lock_takes_the_permit_and_a_rollback_or_a_close_gives_it_back() throws Exception {
        DurableCommits commits = (DurableCommits) durable;
        try (Connection c = durable.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM t WHERE id = 1 FOR UPDATE");
                 ResultSet rs = p.executeQuery()) {
                assertThat(rs.next()).isFalse();
            }
            assertThat(commits.writing()).isTrue();
            c.rollback();
            assertThat(commits.writing()).isFalse();
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO t VALUES (3)");
            }
            assertThat(commits.writing()).isTrue();
        }
        assertThat(commits.writing()).isFalse();
        try (Connection c = durable.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            assertThat(rs.getLong(1)).as("closed without a commit: rolled back").isZero();
        }
    }

    @Test
    void the_background_writer_is_off() throws Exception {
        try (Connection c = durable.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("0");
        }
    }

    @Test
    void statements_hand_back_the_wrapping_connection() throws Exception {
        try (Connection c = durable.getConnection(); Statement s = c.createStatement()) {
            assertThat(s.getConnection()).isSameAs(c);
        }
    }

    @Test
    void only_file_databases_are_wrapped() {
        assertThat(EmbeddedDurabilityConfiguration.isEmbeddedFile("jdbc:h2:file:./data/daftar;MODE=PostgreSQL")).isTrue();
        assertThat(EmbeddedDurabilityConfiguration.isEmbeddedFile("jdbc:h2:./data/daftar")).isTrue();
        assertThat(EmbeddedDurabilityConfiguration.isEmbeddedFile("jdbc:h2:mem:test")).isFalse();
        assertThat(EmbeddedDurabilityConfiguration.isEmbeddedFile("jdbc:h2:tcp://host/db")).isFalse();
        assertThat(EmbeddedDurabilityConfiguration.isEmbeddedFile("jdbc:postgresql://127.0.0.1/daftar")).isFalse();
        assertThat(EmbeddedDurabilityConfiguration.isEmbeddedFile(null)).isFalse();
    }

    /** The H2 data source, recording every SQL text run through a plain statement's execute (the sync's path). */
    private DataSource recording(JdbcDataSource h2) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = method.invoke(h2, args);
                    if (result instanceof Connection connection) {
                        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                                (p, m, a) -> {
                                    Object r = m.invoke(connection, a);
                                    if (r instanceof Statement statement && "createStatement".equals(m.getName())) {
                                        return Proxy.newProxyInstance(getClass().getClassLoader(),
                                                new Class<?>[] {Statement.class}, (sp, sm, sa) -> {
                                                    if ("execute".equals(sm.getName()) && sa != null && sa.length == 1) {
                                                        executed.add((String) sa[0]);
                                                    }
                                                    return sm.invoke(statement, sa);
                                                });
                                    }
                                    return r;
                                });
                    }
                    return result;
                });
    }
}
