package ir.daftar.api.config.axon;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.springframework.stereotype.Component;

/**
 * Recognizes a unique-key violation (SQLState 23505, the same on PostgreSQL and H2) anywhere in
 * an exception's causes or batch chain, so that Axon reports a concurrent append to an
 * aggregate (or a reused aggregate id) as a concurrency conflict rather than a storage failure.
 */
@Component
class DuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.push(exception);
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLException sql) {
                if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
                if (sql.getNextException() != null) {
                    todo.push(sql.getNextException());
                }
            }
            if (t.getCause() != null) {
                todo.push(t.getCause());
            }
        }
        return false;
    }
}
