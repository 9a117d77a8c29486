package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.daftar.api.it.ApiClient.Response;
import ir.daftar.core.common.ActorRole;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A22/A24/A35-5 on PostgreSQL (ADR 0900): an office registered as needing a licence and fully staffed is refused
 * filings until the Council's proposal, the GD's opinion and the Center head's decision issue one; a suspension
 * refuses them again until its period ends, after which the office takes filings and the sweep records the end.
 */
class LicenceIT extends PostgresIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COUNCIL = TestAccounts.username(ActorRole.COUNCIL_MEMBER);
    private static final String GD = TestAccounts.username(ActorRole.GD_OFFICER);
    private static final String HEAD = TestAccounts.username(ActorRole.CENTER_HEAD);
    /** An office established before the ledger kept its establishment is registered by the administrator (ADR 0920). */
    private static final String ADMIN = TestAccounts.username(ActorRole.ADMIN);

    /** A valid national code (A2 check digit) from nine digits. */
    static String nationalCode(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int r = sum % 11;
        return nine + (r < 2 ? r : 11 - r);
    }

    @Test
    void an_office_that_needs_a_licence_takes_filings_only_while_its_licence_is_in_force() throws Exception {
        String office = "OFF-LIC-" + UUID.randomUUID().toString().substring(0, 8);
        String base = "/api/v1/offices/" + office;
        String seed = String.valueOf(100000 + (int) (Math.random() * 800000));
        String clerk = nationalCode("00" + seed + "1");
        api.ok(ADMIN, HttpMethod.POST, "/api/v1/offices", Map.of("officeId", office, "name", "دفتر آزمون پروانه",
                "origin", "NEW", "province", "تهران", "city", "تهران", "licenceRequired", true));
        String[][] staff = {{nationalCode("00" + seed + "2"), "MANAGER"}, {nationalCode("00" + seed + "3"), "LEGAL_EXPERT"},
                {nationalCode("00" + seed + "4"), "IT_EXPERT"}, {nationalCode("00" + seed + "5"), "CLERK"}, {clerk, "CLERK"}};
        for (String[] member : staff) {
            api.ok(GD, HttpMethod.POST, base + "/staff", StaffEvidence.hire(member[0], "کارمند " + member[1], member[1]));
        }
        String token = TestJwt.token(Map.of("sub", "lic-clerk", "actor_id", clerk, "role", "OFFICE_CLERK", "office_id", office));

        // staffed, but no licence was ever issued
        Response refused = file(token);
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("A22_LICENCE_NOT_IN_FORCE");
        assertThat(refused.text("reason")).contains("no licence was ever issued");

        // proposal -> opinion -> decision: issue
        Instant expiry = Instant.now().plus(Duration.ofDays(5 * 365));
        Response early = api.call(HEAD, HttpMethod.POST, base + "/licence/decisions/LIC-1/decision", Map.of("approved", true));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text("code")).isEqualTo("A24_DECISION_UNKNOWN");
        api.ok(COUNCIL, HttpMethod.POST, base + "/licence/decisions", Map.of("decisionId", "LIC-1", "kind", "ISSUE",
                "until", expiry.toString(), "councilSession", "جلسه ۱۲ شورای مشورتی", "reasons", "احراز شرایط"));
        Response outOfOrder = api.call(HEAD, HttpMethod.POST, base + "/licence/decisions/LIC-1/decision",
                Map.of("approved", true));
        assertThat(outOfOrder.status()).isEqualTo(422);
        assertThat(outOfOrder.text("code")).isEqualTo("A24_DECISION_OUT_OF_ORDER");
        api.ok(GD, HttpMethod.POST, base + "/licence/decisions/LIC-1/opinion", Map.of("agrees", true));
        api.ok(HEAD, HttpMethod.POST, base + "/licence/decisions/LIC-1/decision", Map.of("approved", true));

        Response allowed = file(token);
        assertThat(allowed.status()).as(allowed.body().toString()).isEqualTo(201);

        JsonNode record = api.ok(GD, HttpMethod.GET, base + "/licence", null).body();
        assertThat(record.path("required").asBoolean()).isTrue();
        assertThat(record.path("inForce").asBoolean()).isTrue();
        JsonNode issue = record.path("decisions").get(0);
        assertThat(issue.path("kind").asText()).isEqualTo("ISSUE");
        assertThat(issue.path("proposal").path("actorRole").asText()).isEqualTo("COUNCIL_MEMBER");
        assertThat(issue.path("opinion").path("actorRole").asText()).isEqualTo("GD_OFFICER");
        assertThat(issue.path("decision").path("actorRole").asText()).isEqualTo("CENTER_HEAD");
        assertThat(issue.path("decision").path("yes").asBoolean()).isTrue();

        // suspension with a short period
        Instant end = Instant.now().plusSeconds(6);
        api.ok(COUNCIL, HttpMethod.POST, base + "/licence/decisions", Map.of("decisionId", "LIC-2", "kind", "SUSPEND",
                "until", end.toString(), "councilSession", "جلسه ۱۳", "reasons", "تخلف"));
        api.ok(GD, HttpMethod.POST, base + "/licence/decisions/LIC-2/opinion", Map.of("agrees", true));
        api.ok(HEAD, HttpMethod.POST, base + "/licence/decisions/LIC-2/decision", Map.of("approved", true));
        Response suspended = file(token);
        assertThat(suspended.status()).as(suspended.body().toString()).isEqualTo(422);
        assertThat(suspended.text("code")).isEqualTo("A22_LICENCE_NOT_IN_FORCE");
        assertThat(suspended.text("reason")).contains("suspended until " + end);

        // the period ends: intake again, and the sweep records the end of the suspension
        while (Instant.now().isBefore(end.plusMillis(200))) {
            Thread.sleep(200);
        }
        Response again = file(token);
        assertThat(again.status()).as(again.body().toString()).isEqualTo(201);
        Instant deadline = Instant.now().plusSeconds(40);
        JsonNode suspension;
        do {
            Thread.sleep(500);
            suspension = api.ok(GD, HttpMethod.GET, base + "/licence", null).body().path("decisions").get(1);
        } while ((suspension.path("suspensionEndedAt").isMissingNode() || suspension.path("suspensionEndedAt").isNull())
                && Instant.now().isBefore(deadline));
        assertThat(suspension.path("suspensionEndedAt").asText()).isEqualTo(end.toString());
        Integer ended = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type LIKE '%LicenceSuspensionEnded'", Integer.class, office);
        assertThat(ended).isEqualTo(1);
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
