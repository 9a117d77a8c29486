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
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Makes every commit on the embedded H2 database durable before it returns (ADR 0010).
 *
 * <p>H2's MVStore writes committed changes to its file in the background, half a second later by
 * default (its {@code WRITE_DELAY}): a {@code kill -9} or a power cut in that window loses
 * transactions whose callers were already told they were committed. H2 offers no setting that
 * syncs on commit ({@code WRITE_DELAY=0} writes each commit before it returns but never forces
 * the file to the disk, so a power cut can still lose it).
 * So each connection handed out here, after a commit of a transaction that wrote (or an
 * auto-committed write), runs {@code CHECKPOINT SYNC}: the store writes what is unsaved and forces
 * it to the disk. Concurrent committers share one store write: whoever finds the store already
 * written after its own commit returns at once.
 *
 * <p>Only statements that can write count: {@code executeQuery} is a read; a transaction that only
 * read is committed without a sync.
 */
public final class DurableCommits extends DelegatingDataSource implements AutoCloseable {

    static final String SYNC = "CHECKPOINT SYNC";

    private static final Set<String> WRITES = Set.of("execute", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");

    public DurableCommits(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(super.getConnection(username, password));
    }

    /** Closes the pool underneath (Spring calls this on shutdown, as it would the pool's own close). */
    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    private static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(DurableCommits.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new SyncingConnection(connection));
    }

    /** One connection: remembers whether its current transaction wrote, and syncs after committing it. */
    private static final class SyncingConnection implements InvocationHandler {

        private final Connection target;
        private boolean wrote;

        SyncingConnection(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "commit":
                    target.commit();
                    syncIfWritten();
                    return null;
                case "rollback":
                    target.rollback();
                    if (args == null) {
                        wrote = false;
                    }
                    return null;
                case "setAutoCommit":
                    boolean was = target.getAutoCommit();
                    target.setAutoCommit((Boolean) args[0]);
                    if (!was && (Boolean) args[0]) {
                        // switching auto-commit on commits the open transaction (JDBC)
                        syncIfWritten();
                    }
                    return null;
                case "close":
                    wrote = false;
                    target.close();
                    return null;
                case "createStatement":
                case "prepareStatement":
                case "prepareCall":
                    Statement statement = (Statement) invokeOnTarget(method, args);
                    return statement(proxy, statement, method.getReturnType());
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                default:
                    return invokeOnTarget(method, args);
            }
        }

        private Object statement(Object connection, Statement statement, Class<?> type) {
            Class<?> api = CallableStatement.class.isAssignableFrom(type) ? CallableStatement.class
                    : PreparedStatement.class.isAssignableFrom(type) ? PreparedStatement.class : Statement.class;
            return Proxy.newProxyInstance(DurableCommits.class.getClassLoader(), new Class<?>[] {api},
                    (proxy, method, args) -> {
                        if ("getConnection".equals(method.getName())) {
                            return connection;
                        }
                        Object result = call(statement, method, args);
                        if (WRITES.contains(method.getName())) {
                            wrote = true;
                            if (target.getAutoCommit()) {
                                syncIfWritten();
                            }
                        }
                        return result;
                    });
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
