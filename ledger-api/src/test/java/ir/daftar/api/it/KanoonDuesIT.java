package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.api.it.ApiClient.Response;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.TehranTime;
import ir.daftar.core.common.ActorRole;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * A Kanoon's dues and ledger on PostgreSQL (issue 18, A22(c), A29, A30; ADR 1320): Tehran's board proposes the dues
 * of 1405, which go through the GD's opinion, the Center head's approval and the Head of the Judiciary's
 * confirmation; every office Tehran covers is invoiced, an office in Qom among them; it pays; the ledger's balance as
 * of before the payment is what it was then; spending within the balance, the GD's objection; a delegation with dates.
 */
class KanoonDuesIT extends PostgresIntegrationTest {

    private static final String ADMIN = TestAccounts.username(ActorRole.ADMIN);
    private static final String GD = TestAccounts.username(ActorRole.GD_OFFICER);
    private static final String HEAD = TestAccounts.username(ActorRole.CENTER_HEAD);
    private static final String HOJ = TestAccounts.username(ActorRole.HEAD_OF_JUDICIARY);
    private static final String K = "/api/v1/kanoons/" + KanoonOrders.TEHRAN;
    private static final long DUES = 50_000_000L;

    @Test
    void dues_approved_in_four_steps_are_invoiced_to_each_covered_office_and_the_ledger_answers_as_of_any_instant()
            throws Exception {
        KanoonOrders.tehranFormed(api);
        String office = "OFF-QOM-" + UUID.randomUUID().toString().substring(0, 8);
        api.ok(ADMIN, HttpMethod.POST, "/api/v1/offices", Map.of("officeId", office, "name", "دفتر قم",
                "origin", "NEW", "province", "قم", "city", "قم"));
        String member = KanoonOrders.boardMember(api);

        // the chain, in order: a step out of turn and a step by the wrong person are refused
        Response proposed = KanoonOrders.asBoard(api, member, HttpMethod.POST, K + "/dues", Map.of("version", 1,
                "year", 1405, "amountPerOffice", DUES, "reasons", "هزینه‌های جاری سال ۱۴۰۵"));
        assertThat(proposed.status()).as(proposed.body().toString()).isEqualTo(201);
        Response early = api.call(HEAD, HttpMethod.POST, K + "/dues/1/decision", Map.of("yes", true));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text("code")).isEqualTo("A22_DUES_OUT_OF_ORDER");
        assertThat(early.text("article")).isEqualTo("A22");
        Response notYet = KanoonOrders.asBoard(api, member, HttpMethod.POST, K + "/dues-invoices", Map.of("year", 1405));
        assertThat(notYet.status()).isEqualTo(422);
        assertThat(notYet.text("code")).isEqualTo("A29_DUES_NOT_CONFIRMED");
        api.ok(GD, HttpMethod.POST, K + "/dues/1/opinion", Map.of("yes", true));
        api.ok(HEAD, HttpMethod.POST, K + "/dues/1/decision", Map.of("yes", true));
        Response byHead = api.call(HEAD, HttpMethod.POST, K + "/dues/1/confirmation", Map.of("yes", true));
        assertThat(byHead.status()).isEqualTo(403);
        api.ok(HOJ, HttpMethod.POST, K + "/dues/1/confirmation", Map.of("yes", true));

        // every office Tehran covers is invoiced once: the one in Qom too
        Response invoiced = KanoonOrders.asBoard(api, member, HttpMethod.POST, K + "/dues-invoices", Map.of("year", 1405));
        assertThat(invoiced.status()).as(invoiced.body().toString()).isEqualTo(201);
        String invoice = "1405-" + office;
        JsonNode qom = null;
        for (JsonNode i : invoiced.body().path("invoices")) {
            if (i.path("officeId").asText().equals(office)) {
                qom = i;
            }
        }
        assertThat(qom).as(invoiced.body().toString()).isNotNull();
        assertThat(qom.path("invoiceId").asText()).isEqualTo(invoice);
        assertThat(qom.path("amount").asLong()).isEqualTo(DUES);
        int offices = invoiced.body().path("invoices").size();
        Response twice = KanoonOrders.asBoard(api, member, HttpMethod.POST, K + "/dues-invoices", Map.of("year", 1405));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.text("code")).isEqualTo("A29_DUES_ALREADY_INVOICED");

        // the office in Qom pays; the ledger as of before the payment still says what it said then
        Thread.sleep(5);
        Instant beforePayment = Instant.now();
        Thread.sleep(5);
        Response overpaid = KanoonOrders.asBoard(api, member, HttpMethod.POST, K + "/dues-payments", Map.of(
                "paymentId", "PAY-1", "invoiceId", invoice, "amount", DUES + 1, "receipt", "R-1405-77"));
        assertThat(overpaid.status()).isEqualTo(422);
        assertThat(overpaid.text("code")).isEqualTo("A29_PAYMENT_INVALID");
        assertThat(KanoonOrders.asBoard(api, member, HttpMethod.POST, K + "/dues-payments", Map.of("paymentId", "PAY-1",
                "invoiceId", invoice, "amount", DUES, "receipt", "R-1405-77")).status()).isEqualTo(201);
        Thread.sleep(5);
        Instant afterPayment = Instant.now();
        Thread.sleep(5);

        JsonNode before = api.ok(GD, HttpMethod.GET, K + "/ledger?asOf=" + beforePayment, null).body();
        JsonNode after = api.ok(GD, HttpMethod.GET, K + "/ledger?asOf=" + afterPayment, null).body();
        assertThat(before.path("balance").asLong()).isZero();
        assertThat(before.path("received").asLong()).isZero();
        assertThat(before.path("outstanding").asLong()).isEqualTo(DUES * offices);
        assertThat(after.path("balance").asLong()).isEqualTo(DUES);
        assertThat(after.path("outstanding").asLong()).isEqualTo(DUES * (offices - 1));
        assertThat(after.path("entries").findValuesAsText("kind")).contains("PAYMENT");

        // spending within the balance only, then the GD's objection is recorded
        Response tooMuch = KanoonOrders.asBoard(api, member, HttpMethod.POST, K + "/spending", Map.of("spendingId", "SP-1",
                "amount", DUES + 1, "purpose", "خرید تجهیزات", "boardDecision", "مصوبه ۱۴۰۵/۲"));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.text("code")).isEqualTo("A29_INSUFFICIENT_FUNDS");
        assertThat(KanoonOrders.asBoard(api, member, HttpMethod.POST, K + "/spending", Map.of("spendingId", "SP-1",
                "amount", 20_000_000L, "purpose", "اجاره دفتر کانون", "boardDecision", "مصوبه ۱۴۰۵/۳")).status())
                .isEqualTo(201);
        api.ok(GD, HttpMethod.POST, K + "/spending/SP-1/supervision", Map.of("objection", true, "reasons", "بدون استعلام بها"));
        JsonNode now = api.ok(HEAD, HttpMethod.GET, K + "/ledger", null).body();
        assertThat(now.path("balance").asLong()).isEqualTo(DUES - 20_000_000L);
        assertThat(now.path("entries").findValuesAsText("kind")).contains("SPENDING", "GD_OBJECTION");
        assertThat(api.ok(GD, HttpMethod.GET, K + "/ledger?asOf=" + afterPayment, null).body().path("balance").asLong())
                .isEqualTo(DUES);

        // A30: the GD delegates a duty to the board for dates, and withdraws it
        JalaliDate today = JalaliDate.of(TehranTime.dayOf(Instant.now()));
        String until = new JalaliDate(today.year() + 1, 1, 15).toString();
        String delegation = "DEL-" + UUID.randomUUID().toString().substring(0, 8);
        api.ok(GD, HttpMethod.POST, K + "/delegations", Map.of("delegationId", delegation,
                "duty", "بررسی درخواست‌های جابجایی دفاتر", "from", today.toString(), "until", until));
        JsonNode delegated = delegation(KanoonOrders.asBoard(api, member, HttpMethod.GET, K + "/delegations", null).body(),
                delegation);
        assertThat(delegated.path("inForce").asBoolean()).isTrue();
        assertThat(delegated.path("until").asText()).isEqualTo(until);
        api.ok(GD, HttpMethod.POST, K + "/delegations/" + delegation + "/withdrawal", Map.of("reasons", "پایان نیاز"));
        JsonNode withdrawn = delegation(api.ok(GD, HttpMethod.GET, K + "/delegations", null).body(), delegation);
        assertThat(withdrawn.path("inForce").asBoolean()).isFalse();
        assertThat(withdrawn.path("until").asText()).isEqualTo(today.toString());
        assertThat(withdrawn.path("withdrawnReasons").asText()).isEqualTo("پایان نیاز");
    }

    private static JsonNode delegation(JsonNode delegations, String id) {
        for (JsonNode d : delegations.path("delegations")) {
            if (d.path("delegationId").asText().equals(id)) {
                return d;
            }
        }
        throw new AssertionError("no delegation " + id + " in " + delegations);
    }
}
