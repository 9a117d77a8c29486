package ir.daftar.core.budget;

import static ir.daftar.core.testing.RuleMatchers.violates;
import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.budget.BudgetCommand.ApproveSpending;
import ir.daftar.core.budget.BudgetCommand.ConfirmDues;
import ir.daftar.core.budget.BudgetCommand.DecideDues;
import ir.daftar.core.budget.BudgetCommand.GiveDuesOpinion;
import ir.daftar.core.budget.BudgetCommand.InvoiceDues;
import ir.daftar.core.budget.BudgetCommand.ProposeDues;
import ir.daftar.core.budget.BudgetCommand.RecordDuesPayment;
import ir.daftar.core.budget.BudgetCommand.SuperviseSpending;
import ir.daftar.core.budget.BudgetEvent.DuesConfirmed;
import ir.daftar.core.budget.BudgetEvent.DuesDecided;
import ir.daftar.core.budget.BudgetEvent.DuesInvoiced;
import ir.daftar.core.budget.BudgetEvent.DuesOpinionGiven;
import ir.daftar.core.budget.BudgetEvent.DuesPaymentRecorded;
import ir.daftar.core.budget.BudgetEvent.DuesProposed;
import ir.daftar.core.budget.BudgetEvent.SpendingApproved;
import ir.daftar.core.budget.BudgetEvent.SpendingSupervised;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.Rule;
import ir.daftar.core.kanoon.Kanoon;
import ir.daftar.core.kanoon.KanoonBoardSeats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A Kanoon's budget (A22(c), A29): dues through the approval chain, invoices, payments, spending, its ledger. */
class KanoonBudgetTest {

    static final String KANOON = Kanoon.idFor("tehran");
    static final String BUDGET = KanoonBudget.idFor(KANOON);
    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    static final String MEMBER = "0011000031";
    static final Map<String, String> BOARD = new Actor(MEMBER, ActorRole.KANOON_BOARD_MEMBER, null).asMetaData();
    static final Map<String, String> OTHER_BOARD =
            new Actor("0011000049", ActorRole.KANOON_BOARD_MEMBER, null).asMetaData();
    static final Map<String, String> GD = new Actor("0011000102", ActorRole.GD_OFFICER, null).asMetaData();
    static final Map<String, String> HEAD = new Actor("0011000103", ActorRole.CENTER_HEAD, null).asMetaData();
    static final Map<String, String> HOJ = new Actor("0011000104", ActorRole.HEAD_OF_JUDICIARY, null).asMetaData();
    static final Map<String, String> COUNCIL = new Actor("0011000101", ActorRole.COUNCIL_MEMBER, null).asMetaData();

    final List<String> covered = new ArrayList<>(List.of("OFF-1", "OFF-2"));
    AggregateTestFixture<KanoonBudget> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(KanoonBudget.class);
        fixture.registerInjectableResource((KanoonBoardSeats) (kanoon, person, day) -> KANOON.equals(kanoon)
                && MEMBER.equals(person) && day.equals(LocalDate.of(2026, 3, 1)));
        fixture.registerInjectableResource((CoveredOffices) kanoon -> KANOON.equals(kanoon) ? List.copyOf(covered) : List.of());
    }

    TestExecutor<KanoonBudget> given(Object... events) {
        return fixture.givenCurrentTime(NOW).andGiven(List.of(events));
    }

    static DuesProposed proposed() {
        return new DuesProposed(BUDGET, KANOON, 1, 1405, 50_000_000L, "هزینه‌های سال ۱۴۰۵");
    }

    static Object[] confirmed() {
        return new Object[] {proposed(), new DuesOpinionGiven(BUDGET, 1, true, null), new DuesDecided(BUDGET, 1, true, null),
                new DuesConfirmed(BUDGET, 1, true, null)};
    }

    static Object[] invoiced() {
        List<Object> events = new ArrayList<>(List.of(confirmed()));
        events.add(new DuesInvoiced(BUDGET, "1405-OFF-1", 1405, "OFF-1", 50_000_000L));
        events.add(new DuesInvoiced(BUDGET, "1405-OFF-2", 1405, "OFF-2", 50_000_000L));
        return events.toArray();
    }

    static Object[] paid() {
        List<Object> events = new ArrayList<>(List.of(invoiced()));
        events.add(new DuesPaymentRecorded(BUDGET, "PAY-1", "1405-OFF-1", "OFF-1", 50_000_000L, "R-77"));
        return events.toArray();
    }

    @Nested
    class TheApprovalChain {

        @Test
        void the_board_proposes_the_gd_opines_the_center_head_approves_the_head_of_the_judiciary_confirms() {
            fixture.givenCurrentTime(NOW).when(new ProposeDues(BUDGET, KANOON, 1, 1405, 50_000_000L, "هزینه‌های سال ۱۴۰۵"), BOARD)
                    .expectEvents(proposed());
            given(proposed()).when(new GiveDuesOpinion(BUDGET, 1, true, null), GD)
                    .expectEvents(new DuesOpinionGiven(BUDGET, 1, true, null));
            given(proposed(), new DuesOpinionGiven(BUDGET, 1, true, null)).when(new DecideDues(BUDGET, 1, true, null), HEAD)
                    .expectEvents(new DuesDecided(BUDGET, 1, true, null));
            given(proposed(), new DuesOpinionGiven(BUDGET, 1, true, null), new DuesDecided(BUDGET, 1, true, null))
                    .when(new ConfirmDues(BUDGET, 1, true, null), HOJ).expectEvents(new DuesConfirmed(BUDGET, 1, true, null));
        }

        @Test
        void each_step_is_its_own_actors() {
            fixture.givenCurrentTime(NOW).when(new ProposeDues(BUDGET, KANOON, 1, 1405, 1L, "دلایل"), COUNCIL)
                    .expectException(violates(Rule.A29_BOARD_MEMBER_ONLY));
            fixture.givenCurrentTime(NOW).when(new ProposeDues(BUDGET, KANOON, 1, 1405, 1L, "دلایل"), OTHER_BOARD)
                    .expectException(violates(Rule.A29_BOARD_MEMBER_ONLY));
            given(proposed()).when(new GiveDuesOpinion(BUDGET, 1, true, null), HEAD)
                    .expectException(violates(Rule.A22_DUES_OPINION_BY_GD_ONLY));
            given(proposed(), new DuesOpinionGiven(BUDGET, 1, true, null)).when(new DecideDues(BUDGET, 1, true, null), GD)
                    .expectException(violates(Rule.A22_DUES_APPROVAL_BY_CENTER_HEAD_ONLY));
            given(proposed(), new DuesOpinionGiven(BUDGET, 1, true, null), new DuesDecided(BUDGET, 1, true, null))
                    .when(new ConfirmDues(BUDGET, 1, true, null), HEAD)
                    .expectException(violates(Rule.A22_DUES_CONFIRMATION_BY_HEAD_OF_JUDICIARY_ONLY));
        }

        @Test
        void steps_go_in_order_and_a_refusal_closes_the_version() {
            given(proposed()).when(new DecideDues(BUDGET, 1, true, null), HEAD)
                    .expectException(violates(Rule.A22_DUES_OUT_OF_ORDER));
            given(proposed()).when(new ProposeDues(BUDGET, KANOON, 2, 1405, 1L, "دلایل"), BOARD)
                    .expectException(violates(Rule.A22_DUES_OUT_OF_ORDER));
            given(proposed(), new DuesOpinionGiven(BUDGET, 1, false, "زیاد است"), new DuesDecided(BUDGET, 1, false, "زیاد است"))
                    .when(new ProposeDues(BUDGET, KANOON, 2, 1405, 40_000_000L, "کاهش یافت"), BOARD)
                    .expectEvents(new DuesProposed(BUDGET, KANOON, 2, 1405, 40_000_000L, "کاهش یافت"));
        }

        @Test
        void a_refusal_or_disagreement_states_its_reasons_and_a_confirmed_year_is_not_proposed_again() {
            given(proposed()).when(new GiveDuesOpinion(BUDGET, 1, false, " "), GD)
                    .expectException(violates(Rule.A22_DUES_REASON_REQUIRED));
            given(confirmed()).when(new ProposeDues(BUDGET, KANOON, 2, 1405, 1L, "دلایل"), BOARD)
                    .expectException(violates(Rule.A29_DUES_INVALID));
            fixture.givenCurrentTime(NOW).when(new ProposeDues(BUDGET, KANOON, 1, 1405, 0L, "دلایل"), BOARD)
                    .expectException(violates(Rule.A29_DUES_INVALID));
        }
    }

    @Nested
    class Invoices {

        @Test
        void every_covered_office_is_invoiced_once_a_year_at_the_confirmed_dues() {
            given(confirmed()).when(new InvoiceDues(BUDGET, 1405), BOARD).expectEvents(
                    new DuesInvoiced(BUDGET, "1405-OFF-1", 1405, "OFF-1", 50_000_000L),
                    new DuesInvoiced(BUDGET, "1405-OFF-2", 1405, "OFF-2", 50_000_000L));
            given(invoiced()).when(new InvoiceDues(BUDGET, 1405), BOARD)
                    .expectException(violates(Rule.A29_DUES_ALREADY_INVOICED));
        }

        @Test
        void an_office_covered_later_is_invoiced_alone() {
            covered.add("OFF-3");
            given(invoiced()).when(new InvoiceDues(BUDGET, 1405), BOARD)
                    .expectEvents(new DuesInvoiced(BUDGET, "1405-OFF-3", 1405, "OFF-3", 50_000_000L));
        }

        @Test
        void a_year_without_confirmed_dues_is_not_invoiced() {
            given(proposed()).when(new InvoiceDues(BUDGET, 1405), BOARD)
                    .expectException(violates(Rule.A29_DUES_NOT_CONFIRMED));
            given(confirmed()).when(new InvoiceDues(BUDGET, 1406), BOARD)
                    .expectException(violates(Rule.A29_DUES_NOT_CONFIRMED));
        }

        @Test
        void a_payment_is_at_most_what_is_owed_against_a_known_invoice_with_a_receipt() {
            given(invoiced()).when(new RecordDuesPayment(BUDGET, "PAY-1", "1405-OFF-1", 50_000_000L, "R-77"), BOARD)
                    .expectEvents(new DuesPaymentRecorded(BUDGET, "PAY-1", "1405-OFF-1", "OFF-1", 50_000_000L, "R-77"));
            given(paid()).when(new RecordDuesPayment(BUDGET, "PAY-2", "1405-OFF-1", 1L, "R-78"), BOARD)
                    .expectException(violates(Rule.A29_PAYMENT_INVALID));
            given(invoiced()).when(new RecordDuesPayment(BUDGET, "PAY-1", "1405-OFF-9", 1L, "R-78"), BOARD)
                    .expectException(violates(Rule.A29_PAYMENT_INVALID));
            given(invoiced()).when(new RecordDuesPayment(BUDGET, "PAY-1", "1405-OFF-1", 1L, " "), BOARD)
                    .expectException(violates(Rule.A29_PAYMENT_INVALID));
            given(invoiced()).when(new RecordDuesPayment(BUDGET, "PAY-1", "1405-OFF-1", 1L, "R-1"), GD)
                    .expectException(violates(Rule.A29_BOARD_MEMBER_ONLY));
        }
    }

    @Nested
    class Spending {

        @Test
        void the_board_spends_within_the_balance_and_the_gd_acknowledges_or_objects_once() {
            given(paid()).when(new ApproveSpending(BUDGET, "SP-1", 20_000_000L, "اجاره دفتر کانون", "مصوبه ۱۴۰۵/۳"), BOARD)
                    .expectEvents(new SpendingApproved(BUDGET, "SP-1", 20_000_000L, "اجاره دفتر کانون", "مصوبه ۱۴۰۵/۳"));
            given(paid()).when(new ApproveSpending(BUDGET, "SP-1", 50_000_001L, "خرید", "مصوبه ۱۴۰۵/۴"), BOARD)
                    .expectException(violates(Rule.A29_INSUFFICIENT_FUNDS));
            SpendingApproved spent = new SpendingApproved(BUDGET, "SP-1", 20_000_000L, "اجاره", "مصوبه ۱۴۰۵/۳");
            given(paid()).andGiven(spent).when(new SuperviseSpending(BUDGET, "SP-1", true, "بدون مناقصه"), GD)
                    .expectEvents(new SpendingSupervised(BUDGET, "SP-1", true, "بدون مناقصه"));
            given(paid()).andGiven(spent, new SpendingSupervised(BUDGET, "SP-1", false, null))
                    .when(new SuperviseSpending(BUDGET, "SP-1", false, null), GD)
                    .expectException(violates(Rule.A29_SUPERVISION_BY_GD_ONLY));
            given(paid()).andGiven(spent).when(new SuperviseSpending(BUDGET, "SP-1", true, " "), GD)
                    .expectException(violates(Rule.A22_DUES_REASON_REQUIRED));
            given(paid()).andGiven(spent).when(new SuperviseSpending(BUDGET, "SP-1", false, null), HEAD)
                    .expectException(violates(Rule.A29_SUPERVISION_BY_GD_ONLY));
        }
    }

    @Nested
    class Ledger {

        @Test
        void the_balance_as_of_an_instant_counts_only_what_was_recorded_by_then() {
            Instant t1 = Instant.parse("2026-04-01T08:00:00Z");
            Instant t2 = Instant.parse("2026-05-01T08:00:00Z");
            Instant t3 = Instant.parse("2026-06-01T08:00:00Z");
            List<KanoonLedger.Recorded> recorded = List.of(
                    new KanoonLedger.Recorded(new DuesInvoiced(BUDGET, "1405-OFF-1", 1405, "OFF-1", 50L), t1),
                    new KanoonLedger.Recorded(new DuesInvoiced(BUDGET, "1405-OFF-2", 1405, "OFF-2", 50L), t1),
                    new KanoonLedger.Recorded(new DuesPaymentRecorded(BUDGET, "P", "1405-OFF-1", "OFF-1", 50L, "R"), t2),
                    new KanoonLedger.Recorded(new SpendingApproved(BUDGET, "S", 20L, "اجاره", "مصوبه"), t3));

            KanoonLedger.Ledger before = KanoonLedger.asOf(recorded, t2.minusSeconds(1));
            KanoonLedger.Ledger atPayment = KanoonLedger.asOf(recorded, t2);
            KanoonLedger.Ledger after = KanoonLedger.asOf(recorded, t3.plusSeconds(1));

            assertThat(before.balance()).isZero();
            assertThat(before.outstanding()).isEqualTo(100L);
            assertThat(before.entries()).hasSize(2);
            assertThat(atPayment.balance()).isEqualTo(50L);
            assertThat(atPayment.outstanding()).isEqualTo(50L);
            assertThat(after.balance()).isEqualTo(30L);
            assertThat(after.spent()).isEqualTo(20L);
            assertThat(after.entries()).extracting(KanoonLedger.Entry::kind)
                    .containsExactly("INVOICE", "INVOICE", "PAYMENT", "SPENDING");
        }
    }
}
