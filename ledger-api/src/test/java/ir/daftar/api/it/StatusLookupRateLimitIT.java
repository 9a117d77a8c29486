package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.api.it.ApiClient.Response;
import ir.daftar.core.filing.TrackingCode;
import ir.daftar.projections.privacy.PersonalDataHasher;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * A12: the public status lookup is rate limited per client, answers unknown codes and wrong
 * national codes alike, and is logged without the national code in plain text.
 */
class StatusLookupRateLimitIT extends PostgresIntegrationTest {

    @Autowired
    PersonalDataHasher hasher;

    private Response lookup(String client, String code, String nationalCode) {
        return api.call(null, HttpMethod.GET, "/api/v1/status/" + code + "?nationalCode=" + nationalCode, null,
                Map.of("X-Forwarded-For", client));
    }

    @Test
    void a_burst_from_one_client_gets_429_with_retry_after_and_other_clients_are_not_affected() {
        String unknown = TrackingCode.random(new Random(7)).value();
        for (int i = 0; i < 10; i++) {
            assertThat(lookup("203.0.113.7", unknown, ApiClient.APPLICANT_CODE).status()).as("request %d", i).isEqualTo(404);
        }
        Response limited = lookup("203.0.113.7", unknown, ApiClient.APPLICANT_CODE);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.text("code")).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(Long.parseLong(limited.headers().getFirst("Retry-After"))).isBetween(1L, 60L);

        assertThat(lookup("203.0.113.8", unknown, ApiClient.APPLICANT_CODE).status()).isEqualTo(404);
        assertThat(lookup("198.51.100.1", unknown, ApiClient.APPLICANT_CODE).status()).isEqualTo(404);
        assertThat(lookup("203.0.113.7", unknown, ApiClient.APPLICANT_CODE).status()).isEqualTo(429);
    }

    @Test
    void unknown_and_mismatched_answer_alike_and_the_log_holds_no_plain_national_code() throws Exception {
        String[] filing = api.officeRouteToSubmission("clerk1001", "legal1001");
        awaitProjections();
        String code = filing[1];
        String client = "192.0.2.44";
        Response found = lookup(client, code, ApiClient.APPLICANT_CODE);
        assertThat(found.status()).isEqualTo(200);
        Response mismatch = lookup(client, code, "0091234565");
        Response unknown = lookup(client, TrackingCode.random(new Random(11)).value(), ApiClient.APPLICANT_CODE);
        assertThat(mismatch.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(mismatch.body()).isEqualTo(unknown.body());

        String clientHash = hasher.hash("client:" + client);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM status_lookup_log WHERE client_hash = ? ORDER BY id",
                clientHash);
        assertThat(rows).extracting(r -> r.get("outcome")).containsExactly("FOUND", "NOT_FOUND", "NOT_FOUND");
        assertThat(rows.get(0).get("tracking_code")).isEqualTo(code);
        assertThat(rows.get(0).get("national_code_hash")).isEqualTo(hasher.hash(ApiClient.APPLICANT_CODE));
        assertThat(rows.toString()).doesNotContain(ApiClient.APPLICANT_CODE).doesNotContain("0091234565")
                .doesNotContain(client);
    }
}
