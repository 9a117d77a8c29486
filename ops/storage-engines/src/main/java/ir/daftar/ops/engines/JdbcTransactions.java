package ir.daftar.ops.engines;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.ConnectionWrapperFactory;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStoreException;

/**
 * One connection per transaction, bound to the thread, as Spring's {@code DataSourceTransactionManager}
 * does for the ledger: the JDBC engine opens and "closes" a connection for every statement, and every
 * one of those must be the transaction's connection. A transaction started inside another joins it.
 */
final class JdbcTransactions implements ConnectionProvider, TransactionManager {

    private final DataSource dataSource;
    /** The transaction's connection, as the engine gets it: its close does nothing, the transaction closes it. */
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();

    JdbcTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getConnection() {
        Connection connection = bound.get();
        if (connection == null) {
            throw new IllegalStateException("the JDBC engine was used outside a transaction");
        }
        return connection;
    }

    @Override
    public Transaction startTransaction() {
        if (bound.get() != null) {
            return JoinedTransaction.INSTANCE;
        }
        Connection connection = begin();
        // the engine closes what it is given after each statement: the transaction closes it at its end
        bound.set(ConnectionWrapperFactory.wrap(connection, new ConnectionWrapperFactory.NoOpCloseHandler()));
        return new Transaction() {
            private boolean done;

            @Override
            public void commit() {
                finish(true);
            }

            @Override
            public void rollback() {
                finish(false);
            }

            private void finish(boolean commit) {
                if (done) {
                    return;
                }
                done = true;
                bound.remove();
                try (connection) {
                    if (commit) {
                        connection.commit();
                    } else {
                        connection.rollback();
                    }
                } catch (SQLException e) {
                    throw new EventStoreException("Failed to " + (commit ? "commit" : "roll back") + " a transaction", e);
                }
            }
        };
    }

    private Connection begin() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (connection.getAutoCommit()) {
                connection.setAutoCommit(false);
            }
            return connection;
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
}
