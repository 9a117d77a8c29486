package ir.daftar.api.storage;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Makes every commit on the embedded H2 database durable before it returns, and keeps a crash from
 * leaving half a transaction behind (ADR 0010).
 *
 * <p>H2's MVStore writes committed changes to its file in the background, half a second later by
 * default (its {@code WRITE_DELAY}): a {@code kill -9} or a power cut in that window loses
 * transactions whose callers were already told they were committed. H2 offers no setting that
 * syncs on commit ({@code WRITE_DELAY=0} writes each commit before it returns but never forces
 * the file to the disk, so a power cut can still lose it).
 * So each connection handed out here, after a commit of a transaction that wrote (or an
 * auto-committed write), runs {@code CHECKPOINT SYNC}: the store writes what is unsaved and forces
 * it to the disk. A transaction that only read is committed without a sync: {@code executeQuery} is
 * a read unless it locks rows ({@code FOR UPDATE}).
 *
 * <p>One writer at a time. A store write takes every map of the database as it is at that moment,
 * the half-done work of transactions still open included; after a crash H2 is meant to roll that work
 * back, but the crash drill showed it does not always: an index entry of a transaction cut off by the
 * kill stayed behind without its row, refused or (worse) answered for a filing start re-sent with
 * the same key, and once a hash-chain row outlived the event it was written with. So a transaction
 * takes the database's single write permit before its first write (or row lock) and gives it back
 * after its commit and sync, or its rollback; and H2's background writer is off ({@code WRITE_DELAY 0}):
 * a store write happens only at a commit, when no other transaction has anything unwritten. Reads
 * never wait for the permit. The permit is reentrant, so a thread whose transaction opens another
 * connection on the way (a nested transaction) is not blocked by itself.
 */
public final class DurableCommits extends DelegatingDataSource implements AutoCloseable {

    static final String SYNC = "CHECKPOINT SYNC";
    /** H2's background writer off: the store is written at commits only (see the class comment). */
    static final String NO_BACKGROUND_WRITES = "SET WRITE_DELAY 0";

    private static final Set<String> WRITES = Set.of("execute", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");

    /** The database's one write permit. */
    private final ReentrantLock writer = new ReentrantLock(true);
    private volatile boolean configured;

    public DurableCommits(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(configure(super.getConnection()));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(configure(super.getConnection(username, password)));
    }

    /** Turns H2's background writer off, once, on the first connection (a setting of the open database). */
    private Connection configure(Connection connection) throws SQLException {
        if (!configured) {
            synchronized (this) {
                if (!configured) {
                    try (Statement s = connection.createStatement()) {
                        s.execute(NO_BACKGROUND_WRITES);
                    } catch (SQLException e) {
                        connection.close();
                        throw e;
                    }
                    configured = true;
                }
            }
        }
        return connection;
    }

    /** Whether a transaction (on any connection) holds the write permit now; for tests. */
    boolean writing() {
        return writer.isLocked();
    }

    /** Closes the pool underneath (Spring calls this on shutdown, as it would the pool's own close). */
    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    private Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(DurableCommits.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new SyncingConnection(connection, writer));
    }

    /**
     * One connection: takes the write permit before its transaction's first write, remembers that it wrote,
     * syncs after committing and gives the permit back at the transaction's end.
     */
    private static final class SyncingConnection implements InvocationHandler {

        private final Connection target;
        private final ReentrantLock writer;
        private boolean wrote;
        private boolean holding;

        SyncingConnection(Connection target, ReentrantLock writer) {
            this.target = target;
            this.writer = writer;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "commit":
                    try {
                        target.commit();
                        syncIfWritten();
                    } finally {
                        release();
                    }
                    return null;
                case "rollback":
                    try {
                        target.rollback();
                    } finally {
                        if (args == null) {
                            wrote = false;
                            release();
                        }
                    }
                    return null;
                case "setAutoCommit":
                    boolean was = target.getAutoCommit();
                    try {
                        target.setAutoCommit((Boolean) args[0]);
                        if (!was && (Boolean) args[0]) {
                            // switching auto-commit on commits the open transaction (JDBC)
                            syncIfWritten();
                        }
                    } finally {
                        if (!was && (Boolean) args[0]) {
                            release();
                        }
                    }
                    return null;
                case "close":
                    try {
                        // an open transaction is rolled back by the pool or the driver as the connection goes back
                        wrote = false;
                        target.close();
                    } finally {
                        release();
                    }
                    return null;
                case "createStatement":
                case "prepareStatement":
                case "prepareCall":
                    Statement statement = (Statement) invokeOnTarget(method, args);
                    boolean locks = args != null && args.length > 0 && args[0] instanceof String sql && locksRows(sql);
                    return statement(proxy, statement, method.getReturnType(), locks);
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                default:
                    return invokeOnTarget(method, args);
            }
        }

        private Object statement(Object connection, Statement statement, Class<?> type, boolean preparedLocks) {
            Class<?> api = CallableStatement.class.isAssignableFrom(type) ? CallableStatement.class
                    : PreparedStatement.class.isAssignableFrom(type) ? PreparedStatement.class : Statement.class;
            return Proxy.newProxyInstance(DurableCommits.class.getClassLoader(), new Class<?>[] {api},
                    (proxy, method, args) -> {
                        if ("getConnection".equals(method.getName())) {
                            return connection;
                        }
                        boolean write = WRITES.contains(method.getName());
                        boolean locks = "executeQuery".equals(method.getName())
                                && (preparedLocks || args != null && args.length > 0 && args[0] instanceof String sql
                                && locksRows(sql));
                        if (write || locks) {
                            acquire();
                        }
                        Object result;
                        try {
                            result = call(statement, method, args);
                        } finally {
                            if (write) {
                                wrote = true;
                            }
                            if ((write || locks) && target.getAutoCommit()) {
                                try {
                                    syncIfWritten();
                                } finally {
                                    release();
                                }
                            }
                        }
                        return result;
                    });
        }

        /** Before the transaction's first write or row lock: wait for the database's write permit. */
        private void acquire() {
            if (!holding) {
                writer.lock();
                holding = true;
            }
        }

        /** At the transaction's end: give the permit back, if this connection holds it. */
        private void release() {
            if (holding) {
                holding = false;
                writer.unlock();
            }
        }

        private static boolean locksRows(String sql) {
            return sql.toUpperCase(Locale.ROOT).contains("FOR UPDATE");
        }

        private void syncIfWritten() throws SQLException {
            if (wrote) {
                wrote = false;
                try (Statement sync = target.createStatement()) {
                    sync.execute(SYNC);
                }
            }
        }

        private Object invokeOnTarget(Method method, Object[] args) throws Throwable {
            return call(target, method, args);
        }

        private static Object call(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
