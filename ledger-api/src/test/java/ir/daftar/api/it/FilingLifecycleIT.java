package ir.daftar.api.it;

import static ir.daftar.api.it.ApiClient.APPLICANT_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.api.it.ApiClient.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** A filing's life over HTTP on PostgreSQL: both routes, the status lookup, refusals, bad input, idempotency. */
class FilingLifecycleIT extends PostgresIntegrationTest {

    @Test
    void office_route_ends_submitted_and_the_applicant_sees_it_by_tracking_code() throws Exception {
        String[] filing = api.officeRouteToSubmission("clerk1001", "legal1001");
        awaitProjections();

        Response status = api.call(null, HttpMethod.GET, "/api/v1/status/" + filing[1] + "?nationalCode=" + APPLICANT_CODE, null);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.text("status")).isEqualTo("SUBMITTED");
        assertThat(status.text("route")).isEqualTo("OFFICE");
        List<String> steps = new ArrayList<>();
        status.body().path("steps").forEach(s -> steps.add(s.path("step").asText()));
        assertThat(steps).startsWith("FILING_STARTED", "IDENTITY_VERIFIED").endsWith("TRACKING_CODE_ISSUED", "SUBMITTED");
        assertThat(status.body().toString()).doesNotContain("بهرام").doesNotContain("0912");
    }

    @Test
    void portal_route_ends_submitted_after_an_office_receives_the_originals() throws Exception {
        String[] filing = api.portalRouteToSubmission("applicant", "clerk1001", "legal1001");
        awaitProjections();

        Response status = api.call(null, HttpMethod.GET,
                "/api/v1/status/" + filing[1] + "?nationalCode=" + toPersianDigits(APPLICANT_CODE), null);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.text("status")).isEqualTo("SUBMITTED");
        assertThat(status.text("route")).isEqualTo("PORTAL");
    }

    @Test
    void unknown_code_and_wrong_national_code_get_the_same_404() throws Exception {
        String[] filing = api.officeRouteToSubmission("clerk1001b", "legal1001");
        awaitProjections();
        Response wrongPerson = api.call(null, HttpMethod.GET, "/api/v1/status/" + filing[1] + "?nationalCode=0091234565", null);
        String unknownCode = otherValidCode(filing[1]);
        Response unknown = api.call(null, HttpMethod.GET, "/api/v1/status/" + unknownCode + "?nationalCode=" + APPLICANT_CODE, null);

        assertThat(wrongPerson.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(wrongPerson.body()).isEqualTo(unknown.body());
        assertThat(wrongPerson.headers().getContentType().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void a15_an_understaffed_office_is_refused_with_the_rule_and_its_article() {
        long before = eventCount();
        Response r = api.call("clerk1002", HttpMethod.POST, "/api/v1/filings", ApiClient.officePetition("1000"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.text("code")).isEqualTo("A15_MINIMUM_STAFFING");
        assertThat(r.text("article")).isEqualTo("A15");
        assertThat(r.text("detail")).contains("minimum staffing");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a7_no_tracking_code_before_contact_details_and_the_refusal_is_in_persian_by_default() {
        String f = api.ok("clerk1001", HttpMethod.POST, "/api/v1/filings", ApiClient.officePetition("5000000")).text("filingId");
        String base = "/api/v1/filings/" + f;
        api.ok("clerk1001", HttpMethod.POST, base + "/identity-verification", Map.of("method", "NATIONAL_SMART_CARD"));
        api.ok("clerk1001", HttpMethod.POST, base + "/documents", ApiClient.document("دادخواست"));
        long amount = api.ok("clerk1001", HttpMethod.POST, base + "/court-fee/assessment", null).body().path("amountRials").asLong();
        api.ok("clerk1001", HttpMethod.POST, base + "/court-fee/payment",
                Map.of("paymentReference", "PAY-A7", "amountRials", amount, "receiptNumber", "R-A7"));

        Response r = api.call("clerk1001", HttpMethod.POST, base + "/tracking-code", null, Map.of("Accept-Language", "fa"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.text("code")).isEqualTo("A7_CONTACT_DETAILS_REQUIRED");
        assertThat(r.text("article")).isEqualTo("A7");
        assertThat(r.text("detail")).contains("تلفن همراه");
    }

    @Test
    void a6_a_clerk_of_another_office_cannot_act_on_the_filing() {
        String f = api.ok("clerk1001", HttpMethod.POST, "/api/v1/filings", ApiClient.officePetition("5000000")).text("filingId");
        Response r = api.call("clerk1002", HttpMethod.POST, "/api/v1/filings/" + f + "/identity-verification",
                Map.of("method", "NATIONAL_SMART_CARD"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.text("code")).isEqualTo("A6_OTHER_OFFICE");
    }

    @Test
    void bad_input_is_400_naming_each_field_and_writes_nothing() {
        long before = eventCount();
        Map<String, Object> body = new HashMap<>(ApiClient.officePetition("۱۲a"));
        body.put("applicant", Map.of("type", "NATURAL", "identifier", "0089123452", "name", "x"));
        body.put("competentAuthorityId", "NOWHERE");
        Response r = api.call("clerk1001", HttpMethod.POST, "/api/v1/filings", body);

        assertThat(r.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        r.body().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).contains("applicant", "competentAuthorityId", "claimValueRials");
        assertThat(eventCount()).isEqualTo(before);

        Response malformed = api.call("clerk1001", HttpMethod.POST, "/api/v1/filings", "{\"route\": \"OFFICE\", ");
        assertThat(malformed.status()).isEqualTo(400);
        Response wrongType = api.call("clerk1001", HttpMethod.POST, "/api/v1/filings", "{\"route\": \"TELEPATHY\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body().path("errors").get(0).path("field").asText()).isEqualTo("route");
        Response badMobile = api.call("clerk1001", HttpMethod.POST, "/api/v1/filings/x-y/contact-details",
                Map.of("mobile", "12345", "electronicAddress", "not an address"));
        assertThat(badMobile.status()).isEqualTo(400);
        assertThat(badMobile.body().toString()).contains("mobile").contains("electronicAddress");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void the_same_idempotency_key_twice_creates_one_filing() {
        Map<String, String> key = Map.of("Idempotency-Key", "walk-in-2026-11-28-0001");
        Response first = api.call("clerk1001", HttpMethod.POST, "/api/v1/filings", ApiClient.officePetition("7000000"), key);
        long afterFirst = eventCount();
        Response second = api.call("clerk1001", HttpMethod.POST, "/api/v1/filings", ApiClient.officePetition("7000000"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.text("filingId")).isEqualTo(first.text("filingId"));
        assertThat(eventCount()).isEqualTo(afterFirst);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                first.text("filingId"))).isEqualTo(1);

        Response different = api.call("clerk1001", HttpMethod.POST, "/api/v1/filings", ApiClient.officePetition("8000000"), key);
        assertThat(different.status()).isEqualTo(422);
        assertThat(different.text("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void unauthenticated_commands_are_refused_with_a_problem() {
        Response r = api.call(null, HttpMethod.POST, "/api/v1/filings", ApiClient.officePetition("1000"));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.text("code")).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void court_staff_read_the_full_history_with_actor_office_and_time() throws Exception {
        String[] filing = api.officeRouteToSubmission("clerk1001", "legal1001");
        awaitProjections();
        Response history = api.ok("court", HttpMethod.GET, "/api/v1/filings/" + filing[0] + "/history", null);
        JsonNode entries = history.body().path("entries");
        assertThat(entries.size()).isEqualTo(11);
        assertThat(entries.get(0).path("eventType").asText()).isEqualTo("FilingStarted");
        assertThat(entries.get(0).path("actorId").asText()).isEqualTo("0045678911");
        assertThat(entries.get(0).path("actorRole").asText()).isEqualTo("OFFICE_CLERK");
        assertThat(entries.get(0).path("officeId").asText()).isEqualTo("OFF-1001");
        assertThat(entries.get(10).path("eventType").asText()).isEqualTo("SubmittedToCompetentAuthority");
        assertThat(entries.get(10).path("actorRole").asText()).isEqualTo("OFFICE_LEGAL_EXPERT");

        Response otherOffice = api.call("clerk1002", HttpMethod.GET, "/api/v1/filings/" + filing[0] + "/history", null);
        assertThat(otherOffice.status()).isEqualTo(404);
    }

    @Test
    void payloads_are_bytea_and_no_large_objects_are_created() throws Exception {
        api.officeRouteToSubmission("clerk1001", "legal1001");
        awaitProjections();
        List<Map<String, Object>> columns = jdbc.queryForList(
                "SELECT table_name, column_name, data_type FROM information_schema.columns "
                        + "WHERE table_schema = current_schema() AND column_name IN ('payload', 'meta_data', 'token')");
        assertThat(columns).hasSize(5);
        assertThat(columns).allSatisfy(c -> assertThat(c.get("data_type")).isEqualTo("bytea"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_largeobject_metadata", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() "
                + "AND data_type = 'oid'", Long.class)).isZero();
    }

    private static String toPersianDigits(String ascii) {
        StringBuilder b = new StringBuilder();
        ascii.chars().forEach(c -> b.append((char) ('\u06F0' + (c - '0'))));
        return b.toString();
    }

    /** A different code that still passes the check digit, so the lookup reaches the query. */
    private static String otherValidCode(String code) {
        for (int i = 0; i < 100; i++) {
            ir.daftar.core.filing.TrackingCode c = ir.daftar.core.filing.TrackingCode.random(new java.util.Random(i));
            if (!c.value().equals(code)) {
                return c.value();
            }
        }
        throw new IllegalStateException();
    }
}
