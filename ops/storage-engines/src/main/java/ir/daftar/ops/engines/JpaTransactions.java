package ir.daftar.ops.engines;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * One entity manager per resource-local transaction, bound to the thread, as Spring's
 * {@code JpaTransactionManager} would give it: the persistence context lives as long as the
 * transaction, so it never grows across appends. A transaction started inside another joins it.
 */
final class JpaTransactions implements EntityManagerProvider, TransactionManager {

    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> bound = new ThreadLocal<>();

    JpaTransactions(EntityManagerFactory factory) {
        this.factory = factory;
    }

    @Override
    public EntityManager getEntityManager() {
        EntityManager entityManager = bound.get();
        if (entityManager == null) {
            throw new IllegalStateException("the JPA engine was used outside a transaction");
        }
        return entityManager;
    }

    @Override
    public Transaction startTransaction() {
        if (bound.get() != null) {
            return JoinedTransaction.INSTANCE;
        }
        EntityManager entityManager = factory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
        } catch (RuntimeException e) {
            entityManager.close();
            throw e;
        }
        bound.set(entityManager);
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
                try {
                    if (commit) {
                        transaction.commit();
                    } else if (transaction.isActive()) {
                        transaction.rollback();
                    }
                } finally {
                    entityManager.close();
                }
            }
        };
    }
}
