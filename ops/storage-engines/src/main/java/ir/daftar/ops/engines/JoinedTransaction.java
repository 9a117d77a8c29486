package ir.daftar.ops.engines;

import org.axonframework.common.transaction.Transaction;

/** A transaction started inside another: it joins the outer one, which alone commits or rolls back. */
enum JoinedTransaction implements Transaction {
    INSTANCE;

    @Override
    public void commit() {
    }

    @Override
    public void rollback() {
    }
}
