package ir.daftar.core.budget;

import ir.daftar.core.budget.BudgetEvent.DuesInvoiced;
import ir.daftar.core.budget.BudgetEvent.DuesPaymentRecorded;
import ir.daftar.core.budget.BudgetEvent.SpendingApproved;
import ir.daftar.core.budget.BudgetEvent.SpendingSupervised;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A29: a Kanoon's ledger as of an instant, folded from its budget's events as they were recorded: the events recorded
 * after the instant are left out, so the answer for a past instant is what the ledger said then. Dues invoiced are
 * receivable, not money; payments are money in, approved spending money out.
 */
public final class KanoonLedger {

    private KanoonLedger() {
    }

    /** A budget event and when it was recorded. */
    public record Recorded(BudgetEvent event, Instant at) {
    }

    /** One movement: {@code amount} positive for money in, negative for money out; zero for an invoice. */
    public record Entry(Instant at, String kind, String ref, String officeId, long amount, String note) {
    }

    /**
     * The ledger at {@code asOf}: dues invoiced and still owed, money received and spent, the balance, and every
     * entry up to then (oldest first).
     */
    public record Ledger(Instant asOf, long invoiced, long outstanding, long received, long spent, long balance,
                         List<Entry> entries) {
    }

    public static Ledger asOf(List<Recorded> recorded, Instant asOf) {
        long invoiced = 0;
        long received = 0;
        long spent = 0;
        List<Entry> entries = new ArrayList<>();
        for (Recorded r : recorded) {
            if (r.at().isAfter(asOf)) {
                continue;
            }
            if (r.event() instanceof DuesInvoiced e) {
                invoiced += e.amount();
                entries.add(new Entry(r.at(), "INVOICE", e.invoiceId(), e.officeId(), 0, String.valueOf(e.amount())));
            } else if (r.event() instanceof DuesPaymentRecorded e) {
                received += e.amount();
                entries.add(new Entry(r.at(), "PAYMENT", e.paymentId(), e.officeId(), e.amount(), e.receipt()));
            } else if (r.event() instanceof SpendingApproved e) {
                spent += e.amount();
                entries.add(new Entry(r.at(), "SPENDING", e.spendingId(), null, -e.amount(), e.purpose()));
            } else if (r.event() instanceof SpendingSupervised e) {
                entries.add(new Entry(r.at(), e.objection() ? "GD_OBJECTION" : "GD_ACKNOWLEDGEMENT", e.spendingId(), null,
                        0, e.reasons()));
            }
        }
        return new Ledger(asOf, invoiced, invoiced - received, received, spent, received - spent, List.copyOf(entries));
    }
}
