package ir.daftar.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The exception chains that reached the web layer while PostgreSQL was stopped under load
 * (ops/reliability/db-outage.sh, the WARN lines of its runs), rebuilt from the same classes; and
 * storage failures that are not an outage.
 */
class DatabaseUnavailableTest {

    static PSQLException refused() {
        return new PSQLException("Connection to 127.0.0.1:5433 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                new ConnectException("Connection refused"));
    }

    static PSQLException startingUp() {
        return new PSQLException(new ServerErrorMessage("SFATAL\0C57P03\0Mthe database system is starting up\0"));
    }

    static PSQLException ioError(Exception beneath) {
        return new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE, beneath);
    }

    static SQLTransientConnectionException poolTimedOut(SQLException lastFailure) {
        return new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms",
                lastFailure.getSQLState(), lastFailure);
    }

    /** Hikari's own "Connection is closed", from a real pool's proxy after the connection was closed. */
    static SQLException closedByPool() throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:closed-by-pool");
        try (HikariDataSource pool = new HikariDataSource(config)) {
            Connection c = pool.getConnection();
            c.close();
            try {
                c.rollback();
            } catch (SQLException e) {
                return e;
            }
        }
        throw new AssertionError("a closed pooled connection accepted a rollback");
    }

    @Test
    void a_new_connection_refused_or_starting_up_after_the_pool_waited() {
        assertThat(DatabaseUnavailable.isCause(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                poolTimedOut(refused())))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction", poolTimedOut(startingUp())))).isTrue();
    }

    @Test
    void a_pooled_connection_whose_server_went_away() {
        assertThat(DatabaseUnavailable.isCause(new DataAccessResourceFailureException("PreparedStatementCallback",
                ioError(new EOFException())))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new EventStoreException("An event could not be persisted",
                ioError(new SocketException("Broken pipe"))))).isTrue();
    }

    @Test
    void inside_a_query_or_the_status_lookup_log() {
        assertThat(DatabaseUnavailable.isCause(new CompletionException(new CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction", poolTimedOut(refused()))))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("could not log a status lookup",
                new ExecutionException(new CannotCreateTransactionException("x", poolTimedOut(refused())))))).isTrue();
    }

    @Test
    void a_statement_commit_or_rollback_on_a_connection_the_pool_had_closed() throws SQLException {
        SQLException closed = closedByPool();
        assertThat(closed.getSQLState()).isNull();
        assertThat(DatabaseUnavailable.isCause(new JdbcException("Failed to create a SQL statement", closed))).isTrue();
        // the commit failed (only logged by Spring), then the rollback: all that is thrown
        assertThat(DatabaseUnavailable.isCause(new TransactionSystemException("JDBC rollback failed", closed))).isTrue();
    }

    @Test
    void the_failure_a_failed_rollback_kept_aside() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("x", ioError(new SocketException())));
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("could not log a status lookup",
                new ExecutionException(rollback)))).isTrue();
        assertThat(DatabaseUnavailable.causes(rollback)).isEqualTo(
                "TransactionSystemException > SQLException > DataAccessResourceFailureException > PSQLException[08006] > SocketException");
    }

    @Test
    void disk_full_and_too_many_connections_are_an_unavailable_database() {
        assertThat(DatabaseUnavailable.isCause(new EventStoreException("x",
                new PSQLException(new ServerErrorMessage("SERROR\0C53100\0Mcould not extend file: No space left on device\0")))))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new PSQLException(
                new ServerErrorMessage("SFATAL\0C53300\0Msorry, too many clients already\0")))).isTrue();
    }

    @Test
    void other_storage_failures_are_not() {
        assertThat(DatabaseUnavailable.isCause(new DuplicateKeyException("x",
                new PSQLException(new ServerErrorMessage("SERROR\0C23505\0Mduplicate key\0"))))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new BadSqlGrammarException("query", "SELECT nothing",
                new SQLException("relation does not exist", "42P01")))).isFalse();
        // a closed connection the pool did not close: the application's own mistake, not an outage
        assertThat(DatabaseUnavailable.isCause(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("could not log a status lookup",
                new ExecutionException(new IllegalStateException("shut down"))))).isFalse();
    }

    @Test
    void the_causes_on_one_line_name_classes_and_sql_states_only() {
        String line = DatabaseUnavailable.causes(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                poolTimedOut(refused())));
        assertThat(line).isEqualTo(
                "CannotGetJdbcConnectionException > SQLTransientConnectionException[08001] > PSQLException[08001] > ConnectException");
    }
}
