package ir.daftar.ops.engines;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.ConnectionWrapperFactory;
import org.axonframework.eventsourcing.eventstore.EventStoreException;

/**
 * One connection per transaction, bound to the thread, as Spring's {@code DataSourceTransactionManager}
 * does for the ledger: the JDBC engine opens and "closes" a connection for every statement, and every
 * one of those must be the transaction's connection.
 */
final class JdbcTransactions extends ThreadBoundTransactions<JdbcTransactions.Bound> implements ConnectionProvider {

    /** The transaction's connection, and the same as the engine gets it: its close does nothing, the transaction closes it. */
    record Bound(Connection connection, Connection asGiven) {
    }

    private final DataSource dataSource;

    JdbcTransactions(DataSource dataSource) {
        super("JDBC");
        this.dataSource = dataSource;
    }

    @Override
    public Connection getConnection() {
        return current().asGiven();
    }

    @Override
    Bound begin() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (connection.getAutoCommit()) {
                connection.setAutoCommit(false);
            }
            // the engine closes what it is given after each statement: the transaction closes it at its end
            return new Bound(connection, ConnectionWrapperFactory.wrap(connection, new ConnectionWrapperFactory.NoOpCloseHandler()));
        } catch (SQLException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException closeFailed) {
                    e.addSuppressed(closeFailed);
                }
            }
            throw new EventStoreException("Failed to begin a transaction", e);
        }
    }

    @Override
    void end(Bound bound, boolean commit) {
        try (Connection connection = bound.connection()) {
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new EventStoreException("Failed to " + (commit ? "commit" : "roll back") + " a transaction", e);
        }
    }
}
