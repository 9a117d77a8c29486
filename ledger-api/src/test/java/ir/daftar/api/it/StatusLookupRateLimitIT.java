package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.api.it.ApiClient.Response;
import ir.daftar.core.filing.TrackingCode;
import ir.daftar.projections.privacy.PersonalDataHasher;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A12: the public status lookup is rate limited per client and, for failed lookups, per tracking code
 * (without locking the owner out), answers unknown codes and wrong national codes alike, and is logged
 * without the national code in plain text.
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
        // a new code each time, so that the limit per tracking code (below) does not get in the way
        Random random = new Random(7);
        for (int i = 0; i < 10; i++) {
            assertThat(lookup("203.0.113.7", TrackingCode.random(random).value(), ApiClient.APPLICANT_CODE).status())
                    .as("request %d", i).isEqualTo(404);
        }
        Response limited = lookup("203.0.113.7", TrackingCode.random(random).value(), ApiClient.APPLICANT_CODE);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.text("code")).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(Long.parseLong(limited.headers().getFirst("Retry-After"))).isBetween(1L, 60L);

        assertThat(lookup("203.0.113.8", TrackingCode.random(random).value(), ApiClient.APPLICANT_CODE).status())
                .isEqualTo(404);
        assertThat(lookup("198.51.100.1", TrackingCode.random(random).value(), ApiClient.APPLICANT_CODE).status())
                .isEqualTo(404);
        assertThat(lookup("203.0.113.7", TrackingCode.random(random).value(), ApiClient.APPLICANT_CODE).status())
                .isEqualTo(429);
    }

    @Test
    void sixty_wrong_national_codes_from_seven_addresses_are_throttled_per_tracking_code() throws Exception {
        String code = api.officeRouteToSubmission("clerk1001", "legal1001")[1];
        awaitProjections();
        List<String> attackers = IntStream.rangeClosed(1, 7).mapToObj(i -> "198.18.60." + i).toList();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // at most nine lookups per address: the limit per client (ten at once) is never reached
            Response r = lookup(attackers.get(i % 7), code, String.format("00%08d", 10_000_000 + i));
            statuses.add(r.status());
            if (r.status() == 429) {
                assertThat(r.text("code")).isEqualTo("TOO_MANY_REQUESTS");
                assertThat(Long.parseLong(r.headers().getFirst("Retry-After"))).isBetween(1L, 300L);
            }
        }
        assertThat(statuses).containsOnly(404, 429);
        long answered = statuses.stream().filter(s -> s == 404).count();
        assertThat(answered).as("five free, one more per address, one per pause after that").isBetween(7L, 12L);

        // a new address gets one guess (so that the owner is never locked out), which lengthens the pause
        assertThat(lookup("198.18.60.99", code, "0012345679").status()).isEqualTo(404);
        Response right = lookup(attackers.get(0), code, ApiClient.APPLICANT_CODE);
        assertThat(right.status()).as("the right national code from an address that guessed").isEqualTo(429);
        assertThat(right.text("code")).isEqualTo("TOO_MANY_REQUESTS");

        Response owner = lookup("192.0.2.60", code, ApiClient.APPLICANT_CODE);
        assertThat(owner.status()).as("the owner, from an address that did not guess").isEqualTo(200);

        Map<String, Long> outcomes = new TreeMap<>();
        jdbc.queryForList("SELECT outcome, count(*) AS n FROM status_lookup_log WHERE tracking_code = ? GROUP BY outcome",
                code).forEach(row -> outcomes.put((String) row.get("outcome"), ((Number) row.get("n")).longValue()));
        assertThat(outcomes).containsEntry("NOT_FOUND", answered + 1).containsEntry("LIMITED", 60 - answered + 1)
                .containsEntry("FOUND", 1L);
    }

    @Test
    void a_limited_lookup_answers_in_persian_by_default() {
        String code = TrackingCode.random(new Random(60)).value();
        for (int i = 0; i < 6; i++) {
            assertThat(lookup("198.18.61." + i, code, ApiClient.APPLICANT_CODE).status()).isEqualTo(404);
        }
        HttpHeaders h = new HttpHeaders();
        h.set("X-Forwarded-For", "198.18.61.0");
        ResponseEntity<byte[]> limited = rest.exchange("/api/v1/status/" + code + "?nationalCode=" + ApiClient.APPLICANT_CODE,
                HttpMethod.GET, new HttpEntity<>(h), byte[].class);
        assertThat(limited.getStatusCode().value()).isEqualTo(429);
        assertThat(limited.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(limited.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotNull();
        String body = new String(limited.getBody(), StandardCharsets.UTF_8);
        assertThat(body).contains("\"code\":\"TOO_MANY_REQUESTS\"").containsPattern("\"title\":\"[^\"]*[\\u0600-\\u06FF]");
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
