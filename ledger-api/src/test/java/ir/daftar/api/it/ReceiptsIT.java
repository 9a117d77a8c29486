package ir.daftar.api.it;

import static ir.daftar.api.it.ApiClient.APPLICANT_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.api.integrity.LedgerCheckpointer;
import ir.daftar.api.receipt.LedgerInclusion;
import ir.daftar.api.receipt.PublishedKeys;
import ir.daftar.api.receipt.ReceiptVerifier;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * Signed receipts on PostgreSQL (issue 21, ADR 1000): issued for whoever may read the case, checked by the
 * public endpoint with the published keys, and proved to rest on sealed events; a receipt whose events were
 * altered in the database fails the inclusion check.
 */
class ReceiptsIT extends PostgresIntegrationTest {

    @Autowired
    LedgerCheckpointer checkpointer;
    @Autowired
    DataSource dataSource;

    private JsonNode verify(String receipt) {
        return api.ok(null, HttpMethod.POST, "/api/v1/receipts/verify", Map.of("receipt", receipt)).body();
    }

    private PublishedKeys keys() {
        return PublishedKeys.parse(api.ok(null, HttpMethod.GET, "/.well-known/daftar-keys.json", null).body().toString());
    }

    @Test
    void a7_the_office_confirmation_verifies_and_rests_on_sealed_events() {
        String[] filing = api.officeRouteToSubmission("clerk1001", "legal1001");
        ApiClient.Response issued = api.ok("clerk1001", HttpMethod.GET,
                "/api/v1/filings/" + filing[0] + "/receipts/office-confirmation", null);
        String receipt = issued.text("receipt");
        JsonNode facts = issued.body().path("statement").path("facts");
        assertThat(facts.path("trackingCode").asText()).isEqualTo(filing[1]);
        assertThat(facts.path("office").asText()).isEqualTo("OFF-1001");
        assertThat(facts.path("applicant").asText()).isEqualTo("******" + APPLICANT_CODE.substring(6));
        assertThat(facts.path("undertaking").path("signedFormSha256").asText()).isEqualTo(ApiClient.SIGNED_FORM);
        assertThat(receipt).doesNotContain(APPLICANT_CODE);
        assertThat(issued.body().path("statement").path("events").size()).isEqualTo(3);

        checkpointer.sealUpTo(Long.MAX_VALUE);
        JsonNode verdict = verify(receipt);
        assertThat(verdict.path("valid").asBoolean()).as(verdict.toString()).isTrue();
        assertThat(verdict.path("ledger").asText()).as(verdict.toString()).isEqualTo("INCLUDED");
        assertThat(verdict.path("statement").path("facts").path("trackingCode").asText()).isEqualTo(filing[1]);

        // the applicant gets the same facts; the clerk of another office does not learn the filing exists
        ApiClient.Response mine = api.ok("applicant", HttpMethod.GET,
                "/api/v1/filings/" + filing[0] + "/receipts/office-confirmation", null);
        assertThat(mine.body().path("statement").path("facts")).isEqualTo(facts);
        assertThat(api.call("clerk1002", HttpMethod.GET, "/api/v1/filings/" + filing[0] + "/receipts/office-confirmation",
                null).status()).isEqualTo(404);
        assertThat(api.call(null, HttpMethod.GET, "/api/v1/filings/" + filing[0] + "/receipts/office-confirmation",
                null).status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%CaseDataRead' "
                + "AND convert_from(payload, 'UTF8') LIKE ? AND convert_from(payload, 'UTF8') LIKE '%receipt office-confirmation%'",
                Long.class, "%" + filing[0] + "%")).isEqualTo(2);
    }

    @Test
    void a_receipt_whose_event_was_altered_in_the_database_fails_the_inclusion_check() throws Exception {
        String[] filing = api.officeRouteToSubmission("clerk1001b", "legal1001");
        String receipt = api.ok("clerk1001b", HttpMethod.GET, "/api/v1/filings/" + filing[0] + "/receipts/office-confirmation",
                null).text("receipt");
        checkpointer.sealUpTo(Long.MAX_VALUE);
        ReceiptVerifier.Verdict verdict = ReceiptVerifier.verify(receipt, keys());
        assertThat(verdict.valid()).isTrue();
        ReceiptVerifier.EventRef code = verdict.events().get(verdict.events().size() - 1);
        byte[] original = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE global_index = ?", byte[].class,
                code.globalIndex());
        String forged = new String(original, java.nio.charset.StandardCharsets.UTF_8).replace("OFF-1001", "OFF-1009");
        assertThat(forged).isNotEqualTo(new String(original, java.nio.charset.StandardCharsets.UTF_8));
        try (Connection c = dataSource.getConnection()) {
            assertThat(LedgerInclusion.check(c, verdict.events(), keys()).outcome()).isEqualTo(LedgerInclusion.Outcome.INCLUDED);
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?",
                    forged.getBytes(java.nio.charset.StandardCharsets.UTF_8), code.globalIndex());
            try {
                LedgerInclusion.Result result = LedgerInclusion.check(c, verdict.events(), keys());
                assertThat(result.outcome()).isEqualTo(LedgerInclusion.Outcome.NOT_INCLUDED);
                assertThat(result.detail()).contains("global index " + code.globalIndex()).contains("altered");
                JsonNode answer = verify(receipt);
                assertThat(answer.path("valid").asBoolean()).isTrue(); // the signature still holds ...
                assertThat(answer.path("ledger").asText()).isEqualTo("NOT_INCLUDED"); // ... but the ledger no longer agrees
            } finally {
                jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", original, code.globalIndex());
            }
            assertThat(LedgerInclusion.check(c, verdict.events(), keys()).outcome()).isEqualTo(LedgerInclusion.Outcome.INCLUDED);
        }
    }

    @Test
    void a37_6_each_payment_has_a_receipt_and_a8_the_proof_of_service_names_deposit_view_and_channel() throws Exception {
        String[] filing = api.officeRouteToSubmission("clerk1001", "legal1001");
        JsonNode payments = api.ok("clerk1001", HttpMethod.GET, "/api/v1/filings/" + filing[0] + "/receipts/payments", null)
                .body();
        assertThat(payments.size()).isEqualTo(1);
        JsonNode paid = payments.get(0).path("statement").path("facts");
        assertThat(paid.path("receiptNumber").asText()).isEqualTo("R-" + filing[0].substring(0, 8));
        assertThat(paid.path("amountRials").asLong()).isPositive().isEqualTo(paid.path("assessedRials").asLong());
        assertThat(verify(payments.get(0).path("receipt").asText()).path("valid").asBoolean()).isTrue();

        assertThat(api.call("clerk1001", HttpMethod.GET, "/api/v1/notices/NTC-none/receipts/proof-of-service", null).status())
                .isEqualTo(403);
        String notice = api.ok("court", HttpMethod.POST, "/api/v1/notices", Map.of("filingId", filing[0], "kind", "HEARING_DATE",
                "recipient", Map.of("role", "APPLICANT", "nationalCode", APPLICANT_CODE, "name", "زهرا احمدی"),
                "text", "وقت رسیدگی: ۱۴۰۵/۰۳/۱۰ ساعت ۹ صبح", "documentSha256", List.of(ApiClient.SIGNED_FORM)))
                .text("noticeId");
        awaitProjections();
        assertThat(api.call("court", HttpMethod.GET, "/api/v1/notices/" + notice + "/receipts/proof-of-service", null).status())
                .isEqualTo(404); // not served yet
        api.ok("court", HttpMethod.POST, "/api/v1/notices/" + notice + "/deposit", null);
        api.ok("applicant", HttpMethod.POST, "/api/v1/notices/" + notice + "/view", null);
        awaitProjections();
        ApiClient.Response proof = api.ok("applicant", HttpMethod.GET, "/api/v1/notices/" + notice + "/receipts/proof-of-service",
                null);
        JsonNode facts = proof.body().path("statement").path("facts");
        assertThat(facts.path("servedAt").asText()).isNotBlank();
        assertThat(facts.path("viewedAt").asText()).isNotBlank();
        assertThat(facts.path("channel").path("mobile").asText()).isEqualTo("0912***4567");
        assertThat(facts.path("recipient").asText()).isEqualTo("******" + APPLICANT_CODE.substring(6));
        assertThat(proof.text("receipt")).doesNotContain("09121234567");
        checkpointer.sealUpTo(Long.MAX_VALUE);
        JsonNode verdict = verify(proof.text("receipt"));
        assertThat(verdict.path("valid").asBoolean()).isTrue();
        assertThat(verdict.path("ledger").asText()).isEqualTo("INCLUDED");
        assertThat(api.call("applicant2", HttpMethod.GET, "/api/v1/notices/" + notice + "/receipts/proof-of-service", null)
                .status()).isEqualTo(404);
    }

    @Test
    void the_public_check_names_why_a_receipt_is_not_valid() {
        ApiClient.Response junk = api.call(null, HttpMethod.POST, "/api/v1/receipts/verify",
                Map.of("receipt", "eyJhbGciOiJub25lIn0.e30."));
        assertThat(junk.status()).isEqualTo(400);
        assertThat(junk.body().path("errors").get(0).path("field").asText()).isEqualTo("receipt");
        String[] filing = api.officeRouteToSubmission("clerk1001", "legal1001");
        String receipt = api.ok("admin", HttpMethod.GET, "/api/v1/filings/" + filing[0] + "/receipts/office-confirmation", null)
                .text("receipt");
        String[] parts = receipt.split("\\.");
        String otherSignature = parts[0] + "." + parts[1] + "." + (parts[2].charAt(0) == 'A' ? 'B' : 'A') + parts[2].substring(1);
        JsonNode forged = verify(otherSignature);
        assertThat(forged.path("valid").asBoolean()).isFalse();
        assertThat(forged.path("reason").asText()).isEqualTo("BAD_SIGNATURE");
        assertThat(api.call(null, HttpMethod.POST, "/api/v1/receipts/verify", Map.of()).status()).isEqualTo(400);
        JsonNode keys = api.ok(null, HttpMethod.GET, "/.well-known/daftar-keys.json", null).body();
        assertThat(keys.path("keys").get(0).path("crv").asText()).isEqualTo("Ed25519");
    }
}
