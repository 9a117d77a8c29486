package ir.daftar.api.receipt;

import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** The server's own ledger, for the public check: whether it holds a receipt's events, sealed (ADR 1000). */
public final class ReceiptLedger {

    /** The most events a receipt names that the public check looks up. */
    static final int MAX_EVENTS_CHECKED = 20;

    private final JdbcTemplate jdbc;
    private final ReceiptKeyRing keys;

    public ReceiptLedger(JdbcTemplate jdbc, ReceiptKeyRing keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    public LedgerInclusion.Result inclusion(List<ReceiptVerifier.EventRef> events) {
        if (events.size() > MAX_EVENTS_CHECKED) {
            return new LedgerInclusion.Result(LedgerInclusion.Outcome.NOT_INCLUDED, "names more events than a receipt does");
        }
        return jdbc.execute((ConnectionCallback<LedgerInclusion.Result>) c -> LedgerInclusion.check(c, events, keys.published()));
    }
}
