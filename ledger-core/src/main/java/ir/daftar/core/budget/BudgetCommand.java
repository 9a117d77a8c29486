package ir.daftar.core.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a Kanoon's budget (A22(c), A29). */
public sealed interface BudgetCommand {

    String budgetId();

    /** A28/A29: the board proposes the annual dues of a Jalali year: one amount in rials per office. */
    record ProposeDues(@TargetAggregateIdentifier String budgetId, String kanoonId, int version, int year,
                       long amountPerOffice, String reasons) implements BudgetCommand {
    }

    /** A22(c): the GD gives its opinion on the proposed dues. */
    record GiveDuesOpinion(@TargetAggregateIdentifier String budgetId, int version, boolean agrees, String reasons)
            implements BudgetCommand {
    }

    /** A22(c): the Center head approves or refuses the dues, after the GD's opinion. */
    record DecideDues(@TargetAggregateIdentifier String budgetId, int version, boolean approved, String reasons)
            implements BudgetCommand {
    }

    /** A22(c): the Head of the Judiciary confirms (or does not) the dues the Center head approved. */
    record ConfirmDues(@TargetAggregateIdentifier String budgetId, int version, boolean confirmed, String reasons)
            implements BudgetCommand {
    }

    /** A29: the board invoices every office the Kanoon covers, not yet invoiced for the year, at the year's dues. */
    record InvoiceDues(@TargetAggregateIdentifier String budgetId, int year) implements BudgetCommand {
    }

    /** A29: the board records a payment received against an invoice, with its receipt's number. */
    record RecordDuesPayment(@TargetAggregateIdentifier String budgetId, String paymentId, String invoiceId, long amount,
                             String receipt) implements BudgetCommand {
    }

    /** A29: the board approves spending (naming its decision) out of the Kanoon's balance. */
    record ApproveSpending(@TargetAggregateIdentifier String budgetId, String spendingId, long amount, String purpose,
                           String boardDecision) implements BudgetCommand {
    }

    /** A29, A22(d): the GD, supervising, acknowledges the spending or objects to it with reasons. */
    record SuperviseSpending(@TargetAggregateIdentifier String budgetId, String spendingId, boolean objection,
                             String reasons) implements BudgetCommand {
    }
}
