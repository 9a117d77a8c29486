package ir.daftar.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognizes a failure of the database itself (stopped, unreachable, restarting, out of disk or
 * connections) among an exception's causes, whichever layer it surfaced in: Spring's JDBC and
 * transaction exceptions, Axon's event-store and JDBC exceptions, the status-lookup log, a query.
 * Such a failure is answered {@code 503} with {@code Retry-After} (docs/database-outage.md): the
 * request was not carried out, or its outcome is unknown, and the same request may be sent again.
 *
 * <p>What arrives when PostgreSQL stops was observed, not guessed (ops/reliability/db-outage.sh):
 * <ul>
 *   <li>a pooled connection whose server went away: {@code PSQLException} {@code 08006} with an
 *       {@code EOFException} or a broken pipe beneath it, surfacing as Spring's
 *       {@code DataAccessResourceFailureException} or Axon's {@code EventStoreException};</li>
 *   <li>a new connection: Hikari's {@code SQLTransientConnectionException} after its connection timeout,
 *       with {@code 08001} (connection refused) or {@code 57P03} (starting up) beneath it, surfacing as
 *       {@code CannotGetJdbcConnectionException} or {@code CannotCreateTransactionException};</li>
 *   <li>a statement, commit or rollback on a connection the pool had already closed: a bare
 *       {@code SQLException} without SQLState, under Axon's {@code JdbcException} or Spring's
 *       {@code TransactionSystemException} ("JDBC rollback failed", the failure that says why kept aside
 *       as its application exception, or only logged when it was the commit that failed);</li>
 *   <li>any of these inside a query's {@code CompletionException} or the status-lookup log's
 *       {@code IllegalStateException}.</li>
 * </ul>
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before sending the request again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    private DatabaseUnavailable() {
    }

    /** Whether the database's unavailability is the failure, or one of its causes. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t : causesOf(failure)) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException // CannotGetJdbcConnectionException too
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (unavailable(sql.getSQLState()) || closedByPool(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hikari's answer on a connection it has already closed, a bare "Connection is closed" without
     * SQLState. The pool closes a connection in use when a statement on it failed with a connection
     * error (08xxx), so this is what the next statement, commit or rollback on it sees.
     */
    private static boolean closedByPool(SQLException e) {
        StackTraceElement[] stack = e.getStackTrace();
        return e.getSQLState() == null && stack.length > 0 && stack[0].getClassName().startsWith("com.zaxxer.hikari.");
    }

    /**
     * The failure and everything beneath it: its causes, a batch's next exceptions, and the failure a
     * rollback hid. (When the rollback fails too, on a connection the pool has already closed, Spring
     * throws "JDBC rollback failed" caused by a bare "Connection is closed", and keeps the failure
     * that says why as the application exception.)
     */
    private static List<Throwable> causesOf(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty() && all.size() < 32) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof TransactionSystemException tse && tse.getApplicationException() != null) {
                todo.add(tse.getApplicationException());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
        }
        return all;
    }

    /**
     * What every 503 of this kind does besides its body: one WARN line (the request and the chain of
     * causes, no stack trace: the outage is the news, not where it was noticed) and the
     * {@code Retry-After} header.
     */
    static void answered(HttpServletRequest request, HttpServletResponse response, Throwable failure) {
        log.warn("database unavailable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
                causes(failure));
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
    }

    /**
     * SQLState classes of an unavailable server: 08 connection exception, 53 insufficient resources
     * (53100 disk full, 53300 too many connections), 57P operator intervention (shutdown, crash,
     * starting up), 58 system error (I/O error in the server).
     */
    static boolean unavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("53")
                || sqlState.startsWith("57P") || sqlState.startsWith("58"));
    }

    /**
     * The failure and what lies beneath it on one line, class names and SQLStates only (no messages:
     * they may carry input), e.g. {@code CannotCreateTransactionException > SQLTransientConnectionException
     * > PSQLException[08001] > ConnectException}.
     */
    public static String causes(Throwable failure) {
        StringJoiner line = new StringJoiner(" > ");
        for (Throwable t : causesOf(failure)) {
            String name = t.getClass().getSimpleName();
            line.add(t instanceof SQLException sql && sql.getSQLState() != null ? name + "[" + sql.getSQLState() + "]" : name);
        }
        return line.toString();
    }
}
