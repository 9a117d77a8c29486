package db.migration;

import ir.daftar.api.integrity.EventChainWriter;
import ir.daftar.core.integrity.StoredRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
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
            List<StoredRecord> batch = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT global_index, event_identifier, aggregate_identifier, "
                    + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data "
                    + "FROM domain_event_entry WHERE global_index > ? ORDER BY global_index")) {
                s.setLong(1, after);
                s.setMaxRows(1000);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        batch.add(EventChainWriter.stored(rs));
                    }
                }
            }
            if (batch.isEmpty()) {
                return;
            }
            EventChainWriter.chain(c, batch);
            after = batch.get(batch.size() - 1).globalIndex();
        }
    }
}
