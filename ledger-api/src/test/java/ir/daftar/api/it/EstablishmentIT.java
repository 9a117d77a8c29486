package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.daftar.api.it.ApiClient.Response;
import ir.daftar.core.common.ActorRole;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A3, A14, A22(a) on PostgreSQL (ADR 0920): a call for applicants, applications vetted (one rejected, one
 * accepted), the GD's proposal, the Center head's approval and appointment of the manager; only then does the
 * office exist, needing a licence; below the minimum staffing it is refused filings (A15), staffed it is refused
 * for want of a licence (A22), and once the licence chain issues one it takes filings.
 */
class EstablishmentIT extends PostgresIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The evidence of A16-A21 the Center head appoints a manager on (a hire's eligibility, ADR 0910). */
    private static final Map<String, Object> MANAGER_EVIDENCE = Map.of("eligibility", StaffEvidence.eligibility("MANAGER"));
    private static final String GD = TestAccounts.username(ActorRole.GD_OFFICER);
    private static final String HEAD = TestAccounts.username(ActorRole.CENTER_HEAD);
    private static final String COUNCIL = TestAccounts.username(ActorRole.COUNCIL_MEMBER);

    @Test
    void an_office_exists_only_after_the_chain_and_takes_filings_once_staffed_and_licensed() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String call = "CALL-" + suffix;
        String office = "OFF-EST-" + suffix;
        String calls = "/api/v1/office-calls/" + call;
        String seed = String.valueOf(100000 + (int) (Math.random() * 800000));
        String manager = LicenceIT.nationalCode("01" + seed + "1");

        // the GD cannot register a new office directly any more
        Response direct = api.call(GD, HttpMethod.POST, "/api/v1/offices", Map.of("officeId", office, "name", "دفتر",
                "origin", "NEW", "province", "تهران", "city", "تهران"));
        assertThat(direct.status()).isEqualTo(403);

        api.ok(GD, HttpMethod.POST, "/api/v1/office-calls", Map.of("callId", call, "province", "تهران", "city", "تهران",
                "offices", 1));
        api.ok(GD, HttpMethod.POST, calls + "/applications", Map.of("applicationId", "APP-1", "nationalCode", manager,
                "name", "مریم رضایی", "formerBody", "دفتر اسناد رسمی ۱۲ تهران"));
        api.ok(GD, HttpMethod.POST, calls + "/applications", Map.of("applicationId", "APP-2",
                "nationalCode", LicenceIT.nationalCode("01" + seed + "2"), "name", "علی کریمی"));

        // vetting: the fee first, then an outcome with reasons
        Map<String, Object> unpaid = new HashMap<>(Map.of("accepted", true, "reasons", "مدارک کامل", "feeAmount", 0));
        Response noFee = api.call(GD, HttpMethod.POST, calls + "/applications/APP-1/vetting", unpaid);
        assertThat(noFee.status()).isEqualTo(422);
        assertThat(noFee.text("code")).isEqualTo("A22_VETTING_FEE_NOT_PAID");
        api.ok(GD, HttpMethod.POST, calls + "/applications/APP-1/vetting", Map.of("accepted", true,
                "reasons", "مدارک و سوابق کامل است", "feeReceipt", "RCPT-1", "feeAmount", 5_000_000));
        api.ok(GD, HttpMethod.POST, calls + "/applications/APP-2/vetting", Map.of("accepted", false,
                "reasons", "سابقه کار کافی نیست", "feeReceipt", "RCPT-2", "feeAmount", 5_000_000));

        // proposal: only from an accepted application
        Response rejected = api.call(GD, HttpMethod.POST, calls + "/applications/APP-2/proposal", Map.of("officeId", office,
                "name", "دفتر آزمون تأسیس", "origin", "NEW", "reasons", "نیاز منطقه"));
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.text("code")).isEqualTo("A14_APPLICATION_NOT_ACCEPTED");
        Response early = api.call(HEAD, HttpMethod.POST, calls + "/applications/APP-1/decision", Map.of("approved", true));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text("code")).isEqualTo("A14_PROPOSAL_NOT_DECIDABLE");
        api.ok(GD, HttpMethod.POST, calls + "/applications/APP-1/proposal", Map.of("officeId", office,
                "name", "دفتر آزمون تأسیس", "origin", "NOTARY_OFFICE", "reasons", "نیاز منطقه و سوابق متقاضی"));
        Response byGd = api.call(GD, HttpMethod.POST, calls + "/applications/APP-1/decision", Map.of("approved", true));
        assertThat(byGd.status()).isEqualTo(403);

        // approved, but the office does not exist before its manager is appointed
        api.ok(HEAD, HttpMethod.POST, calls + "/applications/APP-1/decision", Map.of("approved", true));
        assertThat(api.call(GD, HttpMethod.GET, "/api/v1/offices/" + office, null).status()).isEqualTo(404);
        // the manager is hired on the evidence of A16-A21 (ADR 0910): a failing condition refuses the appointment with
        // its code and field, and nothing is recorded (the office still does not exist)
        Map<String, Object> merchant = StaffEvidence.eligibility("MANAGER");
        ((Map<String, Object>) merchant.get("prohibitions")).put("merchant", true);
        Response refused = api.call(HEAD, HttpMethod.POST, calls + "/applications/APP-1/manager",
                Map.of("eligibility", merchant));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("A21_MERCHANT");
        assertThat(refused.text("field")).isEqualTo("eligibility.prohibitions.merchant");
        assertThat(api.call(GD, HttpMethod.GET, "/api/v1/offices/" + office, null).status()).isEqualTo(404);
        Response appointed = api.ok(HEAD, HttpMethod.POST, calls + "/applications/APP-1/manager", MANAGER_EVIDENCE);
        assertThat(appointed.status()).isEqualTo(201);
        assertThat(appointed.text("officeId")).isEqualTo(office);
        Response again = api.call(HEAD, HttpMethod.POST, calls + "/applications/APP-1/manager", MANAGER_EVIDENCE);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.text("code")).isEqualTo("A14_MANAGER_NOT_APPOINTABLE");

        // the office exists, with its manager, needing a licence; the registration carries the Center head as actor
        JsonNode staffing = api.ok(GD, HttpMethod.GET, "/api/v1/offices/" + office, null).body();
        assertThat(staffing.path("staff")).hasSize(1);
        assertThat(staffing.path("staff").get(0).path("role").asText()).isEqualTo("MANAGER");
        assertThat(staffing.path("meetsMinimumStaffing").asBoolean()).isFalse();
        JsonNode licence = api.ok(GD, HttpMethod.GET, "/api/v1/offices/" + office + "/licence", null).body();
        assertThat(licence.path("required").asBoolean()).isTrue();
        assertThat(licence.path("inForce").asBoolean()).isFalse();
        String registeredBy = jdbc.queryForObject("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = 0", String.class, office);
        assertThat(registeredBy).contains("CENTER_HEAD");

        // the call's record: each step with its actor
        JsonNode record = api.ok(COUNCIL, HttpMethod.GET, calls, null).body();
        assertThat(record.path("established").asInt()).isEqualTo(1);
        JsonNode application = record.path("applications").get(0);
        assertThat(application.path("vetting").path("actorRole").asText()).isEqualTo("GD_OFFICER");
        assertThat(application.path("feeReceipt").asText()).isEqualTo("RCPT-1");
        assertThat(application.path("proposal").path("actorRole").asText()).isEqualTo("GD_OFFICER");
        assertThat(application.path("origin").asText()).isEqualTo("NOTARY_OFFICE");
        assertThat(application.path("decision").path("actorRole").asText()).isEqualTo("CENTER_HEAD");
        assertThat(application.path("managerAppointed").path("actorRole").asText()).isEqualTo("CENTER_HEAD");
        assertThat(application.path("establishedAt").isTextual()).isTrue();
        assertThat(record.path("applications").get(1).path("vetting").path("yes").asBoolean()).isFalse();

        // the call was for one office: no second proposal
        assertThat(api.call(GD, HttpMethod.POST, calls + "/applications/APP-2/proposal", Map.of("officeId", office + "-2",
                "name", "دفتر دوم", "origin", "NEW", "reasons", "نیاز")).text("code")).isEqualTo("A14_APPLICATION_NOT_ACCEPTED");

        // below the minimum staffing: A15
        String clerk = LicenceIT.nationalCode("01" + seed + "6");
        String token = TestJwt.token(Map.of("sub", "est-clerk", "actor_id", clerk, "role", "OFFICE_CLERK", "office_id", office));
        api.ok(GD, HttpMethod.POST, "/api/v1/offices/" + office + "/staff", StaffEvidence.hire(clerk, "کارمند", "CLERK"));
        Response understaffed = file(token);
        assertThat(understaffed.status()).as(understaffed.body().toString()).isEqualTo(422);
        assertThat(understaffed.text("code")).isEqualTo("A15_MINIMUM_STAFFING");

        // staffed, but no licence: A22
        String[][] staff = {{LicenceIT.nationalCode("01" + seed + "3"), "LEGAL_EXPERT"},
                {LicenceIT.nationalCode("01" + seed + "4"), "IT_EXPERT"}, {LicenceIT.nationalCode("01" + seed + "5"), "CLERK"}};
        for (String[] member : staff) {
            api.ok(GD, HttpMethod.POST, "/api/v1/offices/" + office + "/staff", StaffEvidence.hire(member[0],
                    "کارمند " + member[1], member[1]));
        }
        Response unlicensed = file(token);
        assertThat(unlicensed.status()).as(unlicensed.body().toString()).isEqualTo(422);
        assertThat(unlicensed.text("code")).isEqualTo("A22_LICENCE_NOT_IN_FORCE");

        // the licence through its own chain (ADR 0900), then intake
        String base = "/api/v1/offices/" + office + "/licence/decisions";
        api.ok(COUNCIL, HttpMethod.POST, base, Map.of("decisionId", "LIC-1", "kind", "ISSUE",
                "until", Instant.now().plus(Duration.ofDays(5 * 365)).toString(), "councilSession", "جلسه ۱۲",
                "reasons", "احراز شرایط"));
        api.ok(GD, HttpMethod.POST, base + "/LIC-1/opinion", Map.of("agrees", true));
        api.ok(HEAD, HttpMethod.POST, base + "/LIC-1/decision", Map.of("approved", true));
        Response allowed = file(token);
        assertThat(allowed.status()).as(allowed.body().toString()).isEqualTo(201);
    }

    @Test
    void a_refused_proposal_establishes_nothing_and_a_taken_office_id_is_refused() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String call = "CALL-R-" + suffix;
        String calls = "/api/v1/office-calls/" + call;
        String seed = String.valueOf(100000 + (int) (Math.random() * 800000));
        api.ok(GD, HttpMethod.POST, "/api/v1/office-calls", Map.of("callId", call, "province", "فارس", "city", "شیراز",
                "offices", 2));
        api.ok(GD, HttpMethod.POST, calls + "/applications", Map.of("applicationId", "APP-1",
                "nationalCode", LicenceIT.nationalCode("02" + seed + "1"), "name", "رضا جعفری"));
        api.ok(GD, HttpMethod.POST, calls + "/applications/APP-1/vetting", Map.of("accepted", true, "reasons", "کامل",
                "feeReceipt", "RCPT-9", "feeAmount", 5_000_000));
        Response taken = api.call(GD, HttpMethod.POST, calls + "/applications/APP-1/proposal", Map.of("officeId", "OFF-1001",
                "name", "دفتر", "origin", "NEW", "reasons", "نیاز"));
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.text("code")).isEqualTo("A14_OFFICE_ALREADY_REGISTERED");
        String office = "OFF-REF-" + suffix;
        api.ok(GD, HttpMethod.POST, calls + "/applications/APP-1/proposal", Map.of("officeId", office, "name", "دفتر",
                "origin", "NEW", "reasons", "نیاز"));
        Response noReason = api.call(HEAD, HttpMethod.POST, calls + "/applications/APP-1/decision", Map.of("approved", false));
        assertThat(noReason.text("code")).isEqualTo("A14_REASON_REQUIRED");
        api.ok(HEAD, HttpMethod.POST, calls + "/applications/APP-1/decision", Map.of("approved", false,
                "reasons", "نیاز منطقه تأمین است"));
        Response manager = api.call(HEAD, HttpMethod.POST, calls + "/applications/APP-1/manager", MANAGER_EVIDENCE);
        assertThat(manager.status()).isEqualTo(422);
        assertThat(manager.text("code")).isEqualTo("A14_MANAGER_NOT_APPOINTABLE");
        assertThat(api.call(GD, HttpMethod.GET, "/api/v1/offices/" + office, null).status()).isEqualTo(404);
        assertThat(api.call(GD, HttpMethod.GET, "/api/v1/office-calls/CALL-NONE-" + suffix, null).status()).isEqualTo(404);
    }

    @Test
    void two_calls_racing_for_one_office_id_establish_it_once_and_the_loser_records_nothing() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String office = "OFF-RACE-" + suffix;
        String seed = String.valueOf(100000 + (int) (Math.random() * 800000));
        for (int i = 1; i <= 2; i++) {
            String calls = "/api/v1/office-calls/CALL-" + i + "-" + suffix;
            api.ok(GD, HttpMethod.POST, "/api/v1/office-calls", Map.of("callId", "CALL-" + i + "-" + suffix,
                    "province", "تهران", "city", "تهران", "offices", 1));
            api.ok(GD, HttpMethod.POST, calls + "/applications", Map.of("applicationId", "APP-1",
                    "nationalCode", LicenceIT.nationalCode("03" + seed + i), "name", "متقاضی " + i));
            api.ok(GD, HttpMethod.POST, calls + "/applications/APP-1/vetting", Map.of("accepted", true, "reasons", "کامل",
                    "feeReceipt", "RCPT-" + i, "feeAmount", 5_000_000));
            // both proposals pass: the office does not exist yet when each is made
            api.ok(GD, HttpMethod.POST, calls + "/applications/APP-1/proposal", Map.of("officeId", office, "name", "دفتر",
                    "origin", "NEW", "reasons", "نیاز"));
            api.ok(HEAD, HttpMethod.POST, calls + "/applications/APP-1/decision", Map.of("approved", true));
        }
        api.ok(HEAD, HttpMethod.POST, "/api/v1/office-calls/CALL-1-" + suffix + "/applications/APP-1/manager", MANAGER_EVIDENCE);
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);

        Response loser = api.call(HEAD, HttpMethod.POST, "/api/v1/office-calls/CALL-2-" + suffix + "/applications/APP-1/manager",
                MANAGER_EVIDENCE);
        assertThat(loser.status()).as(loser.body().toString()).isEqualTo(409);
        // the registration failed, so the appointment and the establishment were not recorded either
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(events);
        JsonNode second = api.ok(GD, HttpMethod.GET, "/api/v1/office-calls/CALL-2-" + suffix, null).body();
        assertThat(second.path("established").asInt()).isZero();
        JsonNode staffing = api.ok(GD, HttpMethod.GET, "/api/v1/offices/" + office, null).body();
        assertThat(staffing.path("staff")).hasSize(1);
        assertThat(staffing.path("staff").get(0).path("name").asText()).isEqualTo("متقاضی 1");
    }

    private Response file(String token) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        headers.setBearerAuth(token);
        ResponseEntity<String> r = rest.exchange("/api/v1/filings", HttpMethod.POST,
                new HttpEntity<>(JSON.writeValueAsString(ApiClient.officePetition("300000000")), headers), String.class);
        return new Response(r.getStatusCode().value(), JSON.readTree(r.getBody()), r.getHeaders());
    }
}
