package ir.daftar.ops.engines;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import org.axonframework.common.jpa.EntityManagerProvider;

/**
 * One entity manager per resource-local transaction, bound to the thread, as Spring's
 * {@code JpaTransactionManager} would give it: the persistence context lives as long as the
 * transaction, so it never grows across appends.
 */
final class JpaTransactions extends ThreadBoundTransactions<EntityManager> implements EntityManagerProvider {

    private final EntityManagerFactory factory;

    JpaTransactions(EntityManagerFactory factory) {
        super("JPA");
        this.factory = factory;
    }

    @Override
    public EntityManager getEntityManager() {
        return current();
    }

    @Override
    EntityManager begin() {
        EntityManager entityManager = factory.createEntityManager();
        try {
            entityManager.getTransaction().begin();
        } catch (RuntimeException e) {
            entityManager.close();
            throw e;
        }
        return entityManager;
    }

    @Override
    void end(EntityManager entityManager, boolean commit) {
        EntityTransaction transaction = entityManager.getTransaction();
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
}
