package db.migration;

import ir.daftar.api.integrity.EventChainWriter;
import ir.daftar.core.integrity.StoredRecord;
import ir.daftar.projections.store.StoredEvents;
import java.sql.Connection;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Chains the events recorded before tamper evidence existed (a ledger upgraded in place), in
 * global order, so that every later event has a chained predecessor. Empty on a new ledger.
 */
public class V31__chain_existing_events extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        long after = Long.MIN_VALUE;
        while (true) {
            List<StoredRecord> batch = StoredEvents.after(c, after, 1000);
            if (batch.isEmpty()) {
                return;
            }
            EventChainWriter.chain(c, batch);
            after = batch.get(batch.size() - 1).globalIndex();
        }
    }
}
