package ir.daftar.core.budget;

import org.axonframework.serialization.Revision;

/** What happened to a Kanoon's budget (A22(c), A29). The actor of each is in its metadata. */
public sealed interface BudgetEvent {

    String budgetId();

    /** A28/A29: the board proposed the dues of a Jalali year. */
    @Revision("1")
    record DuesProposed(String budgetId, String kanoonId, int version, int year, long amountPerOffice, String reasons)
            implements BudgetEvent {
    }

    /** A22(c): the GD's opinion on the dues. */
    @Revision("1")
    record DuesOpinionGiven(String budgetId, int version, boolean agrees, String reasons) implements BudgetEvent {
    }

    /** A22(c): the Center head's approval or refusal. */
    @Revision("1")
    record DuesDecided(String budgetId, int version, boolean approved, String reasons) implements BudgetEvent {
    }

    /** A22(c): the Head of the Judiciary's confirmation or its refusal; confirmed dues are invoiced for their year. */
    @Revision("1")
    record DuesConfirmed(String budgetId, int version, boolean confirmed, String reasons) implements BudgetEvent {
    }

    /** A29: an office was invoiced the year's dues. */
    @Revision("1")
    record DuesInvoiced(String budgetId, String invoiceId, int year, String officeId, long amount)
            implements BudgetEvent {
    }

    /** A29: a payment was received against an invoice. */
    @Revision("1")
    record DuesPaymentRecorded(String budgetId, String paymentId, String invoiceId, String officeId, long amount,
                               String receipt) implements BudgetEvent {
    }

    /** A29: the board approved spending out of the Kanoon's balance. */
    @Revision("1")
    record SpendingApproved(String budgetId, String spendingId, long amount, String purpose, String boardDecision)
            implements BudgetEvent {
    }

    /** A29: the GD, supervising, acknowledged the spending or objected to it (with reasons). */
    @Revision("1")
    record SpendingSupervised(String budgetId, String spendingId, boolean objection, String reasons)
            implements BudgetEvent {
    }
}
