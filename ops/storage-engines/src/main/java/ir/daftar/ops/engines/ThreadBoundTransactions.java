package ir.daftar.ops.engines;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * A transaction's resource (a connection, an entity manager) bound to the thread for the transaction's
 * length, as Spring's transaction managers bind it for the ledger: every call of the engine inside the
 * transaction gets the same one, and a transaction started inside another joins it.
 *
 * @param <R> what a transaction holds while it is open
 */
abstract class ThreadBoundTransactions<R> implements TransactionManager {

    private final String engine;
    private final ThreadLocal<R> bound = new ThreadLocal<>();

    ThreadBoundTransactions(String engine) {
        this.engine = engine;
    }

    /** Opens the resource of a new transaction and begins it. */
    abstract R begin();

    /** Commits ({@code commit}) or rolls back the transaction, and releases its resource. */
    abstract void end(R resource, boolean commit);

    /** The open transaction's resource on this thread. */
    final R current() {
        R resource = bound.get();
        if (resource == null) {
            throw new IllegalStateException("the " + engine + " engine was used outside a transaction");
        }
        return resource;
    }

    @Override
    public final Transaction startTransaction() {
        if (bound.get() != null) {
            return JoinedTransaction.INSTANCE;
        }
        R resource = begin();
        bound.set(resource);
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
                end(resource, commit);
            }
        };
    }
}
