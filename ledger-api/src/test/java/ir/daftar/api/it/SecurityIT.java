package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.daftar.api.it.ApiClient.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A12: production sign-in by JWT beside the local accounts, throttled sign-in after wrong passwords,
 * security headers, and no personal data in logs.
 */
class SecurityIT extends PostgresIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Response withToken(HttpMethod method, String path, String token, Object body) {
        return api.call(null, method, path, body, Map.of(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    @Nested
    class Jwt {

        @Test
        void a_token_from_the_identity_provider_signs_in_with_its_role_and_office() {
            String token = TestJwt.token(Map.of("sub", "kc-user-17", "actor_id", "0045678911", "role", "OFFICE_CLERK",
                    "office_id", "OFF-1001"));
            Response me = withToken(HttpMethod.GET, "/api/v1/me", token, null);
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.text("role")).isEqualTo("OFFICE_CLERK");
            assertThat(me.text("officeId")).isEqualTo("OFF-1001");

            Response started = withToken(HttpMethod.POST, "/api/v1/filings", token, ApiClient.officePetition("300000000"));
            assertThat(started.status()).isEqualTo(201);
            byte[] metaData = jdbc.queryForObject("SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ? "
                    + "AND sequence_number = 0", byte[].class, started.text("filingId"));
            assertThat(new String(metaData, java.nio.charset.StandardCharsets.UTF_8))
                    .contains("\"actorId\":\"0045678911\"").contains("\"officeId\":\"OFF-1001\"");
        }

        @Test
        void court_staff_get_their_authority_from_the_token() {
            String token = TestJwt.token(Map.of("sub", "judge-clerk-3", "roles", java.util.List.of("ROLE_COURT_STAFF",
                    "offline_access"), "authority_id", "TEH-CIV-12"));
            Response me = withToken(HttpMethod.GET, "/api/v1/me", token, null);
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.text("role")).isEqualTo("COURT_STAFF");
            assertThat(me.text("authorityId")).isEqualTo("TEH-CIV-12");
            assertThat(withToken(HttpMethod.POST, "/api/v1/filings", token, ApiClient.officePetition("1")).status())
                    .isEqualTo(403);
        }

        @Test
        void forged_expired_foreign_or_roleless_tokens_are_refused() {
            Map<String, Object> clerk = Map.of("sub", "u1", "role", "OFFICE_CLERK", "office_id", "OFF-1001");
            String forged = TestJwt.token(TestJwt.rsa(), TestJwt.ISSUER, Instant.now().plusSeconds(300), clerk);
            String expired = TestJwt.token(TestJwt.KEYS, TestJwt.ISSUER, Instant.now().minusSeconds(3600), clerk);
            String foreign = TestJwt.token(TestJwt.KEYS, "https://elsewhere.test", Instant.now().plusSeconds(300), clerk);
            String roleless = TestJwt.token(Map.of("sub", "u1", "office_id", "OFF-1001"));
            String twoRoles = TestJwt.token(Map.of("sub", "u1", "roles", java.util.List.of("ADMIN", "APPLICANT")));
            String system = TestJwt.token(Map.of("sub", "u1", "role", "SYSTEM"));
            String officeless = TestJwt.token(Map.of("sub", "u1", "role", "OFFICE_MANAGER"));
            for (String token : new String[] {forged, expired, foreign, roleless, twoRoles, system, officeless, "not-a-jwt"}) {
                Response r = withToken(HttpMethod.GET, "/api/v1/me", token, null);
                assertThat(r.status()).as(token).isEqualTo(401);
                assertThat(r.text("code")).isEqualTo("UNAUTHENTICATED");
            }
        }

        @Test
        void court_staff_read_only_their_own_authoritys_cases() throws Exception {
            String filing = api.officeRouteToSubmission("clerk1001", "legal1001")[0]; // for TEH-CIV-12
            awaitProjections();
            String own = TestJwt.token(Map.of("sub", "c1", "role", "COURT_STAFF", "authority_id", "TEH-CIV-12"));
            String other = TestJwt.token(Map.of("sub", "c2", "role", "COURT_STAFF", "authority_id", "TEH-PROS-1"));
            assertThat(withToken(HttpMethod.GET, "/api/v1/filings/" + filing + "/history", own, null).status()).isEqualTo(200);
            assertThat(withToken(HttpMethod.GET, "/api/v1/filings/" + filing + "/history", other, null).status())
                    .isEqualTo(404);
        }

        @Test
        void local_accounts_keep_working_beside_tokens() {
            assertThat(api.call("clerk1001", HttpMethod.GET, "/api/v1/me", null).status()).isEqualTo(200);
        }
    }

    /**
     * A12: wrong passwords pause further sign-ins (2 s after the five free ones from one address, doubling
     * to at most 5 min). Each test has an account and addresses of its own: the counts live as long as the
     * application context, which the integration tests share.
     */
    @Nested
    class LoginThrottling {

        private Response signIn(String user, String password, String client, Map<String, String> headers) {
            HttpHeaders h = new HttpHeaders();
            h.setBasicAuth(user, password);
            h.set("X-Forwarded-For", client);
            headers.forEach(h::set);
            ResponseEntity<String> r = rest.exchange("/api/v1/me", HttpMethod.GET, new HttpEntity<>(h), String.class);
            return new Response(r.getStatusCode().value(), parse(r.getBody()), r.getHeaders());
        }

        private Response signIn(String user, String password, String client) {
            return signIn(user, password, client, Map.of(HttpHeaders.ACCEPT_LANGUAGE, "en"));
        }

        private JsonNode parse(String body) {
            try {
                return body == null ? JSON.nullNode() : JSON.readTree(body);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private long retryAfter(Response r) {
            return Long.parseLong(r.headers().getFirst(HttpHeaders.RETRY_AFTER));
        }

        /** Wrong passwords until one is refused with more than a second of pause left (so the next request is inside it). */
        private Response pausedForMoreThanASecond(String user, String client, Map<String, String> headers)
                throws InterruptedException {
            for (int i = 0; i < 20; i++) {
                Response r = signIn(user, "wrong-" + i, client, headers);
                if (r.status() == 429 && retryAfter(r) >= 2) {
                    return r;
                }
                if (r.status() == 429) {
                    Thread.sleep(retryAfter(r) * 1000 + 100);
                }
            }
            throw new AssertionError("never paused");
        }

        @Test
        void thirty_wrong_passwords_then_the_right_one_is_throttled() throws Exception {
            String client = "198.18.30.1";
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                statuses.add(signIn("it1001", "wrong-" + i, client).status());
            }
            assertThat(statuses.subList(0, 6)).as("five free failures, the sixth pauses").containsOnly(401);
            assertThat(statuses).containsOnly(401, 429);
            assertThat(statuses.stream().filter(s -> s == 429).count()).isGreaterThanOrEqualTo(20);

            pausedForMoreThanASecond("it1001", client, Map.of(HttpHeaders.ACCEPT_LANGUAGE, "en"));
            Response right = signIn("it1001", ApiClient.PASSWORD, client);
            assertThat(right.status()).isEqualTo(429);
            assertThat(right.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(right.text("code")).isEqualTo("LOGIN_THROTTLED");
            assertThat(right.text("article")).isEqualTo("A12");
            assertThat(right.text("title")).isEqualTo("Sign-in paused after repeated failures");
            assertThat(right.text("detail")).contains("Retry-After");
            assertThat(retryAfter(right)).isBetween(1L, 300L);
            assertThat(right.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isNull();
        }

        @Test
        void the_owner_is_not_locked_out_for_longer_than_retry_after_and_a_success_resets_the_count()
                throws Exception {
            String owners = "198.18.31.1"; // an attacker behind the owner's own address (one office, one address)
            Response paused = pausedForMoreThanASecond("inspector2", owners, Map.of());
            long wait = retryAfter(paused);
            assertThat(wait).as("a pause is never longer than five minutes").isBetween(2L, 300L);
            assertThat(signIn("inspector2", ApiClient.PASSWORD, owners).status()).as("inside the pause").isEqualTo(429);

            Thread.sleep(wait * 1000 + 200);
            assertThat(signIn("inspector2", ApiClient.PASSWORD, owners).status()).isEqualTo(200);
            assertThat(signIn("inspector2", "wrong-again", owners).status()).as("the count starts afresh").isEqualTo(401);
        }

        @Test
        void the_owner_is_not_locked_out_by_an_attack_from_other_addresses() {
            List<Integer> statuses = new ArrayList<>();
            for (int address = 1; address <= 5; address++) {
                for (int i = 0; i < 3; i++) {
                    statuses.add(signIn("manager1002", "guess-" + address + "-" + i, "198.18.32." + address).status());
                }
            }
            assertThat(statuses.subList(0, 10)).as("ten free failures on the account").containsOnly(401);
            assertThat(statuses).contains(429);
            Response attacker = signIn("manager1002", "guess-again", "198.18.32.1");
            assertThat(attacker.status()).isEqualTo(429);
            assertThat(attacker.text("code")).isEqualTo("LOGIN_THROTTLED");

            String owner = "192.0.2.77";
            for (int i = 0; i < 3; i++) {
                Response me = signIn("manager1002", ApiClient.PASSWORD, owner);
                assertThat(me.status()).isEqualTo(200);
                assertThat(me.text("username")).isEqualTo("manager1002");
            }
        }

        @Test
        void a_throttled_sign_in_answers_in_persian_by_default_and_in_english_on_request() throws Exception {
            String client = "198.18.33.1";
            Response persian = pausedForMoreThanASecond("no-such-account", client, Map.of());
            assertThat(persian.text("code")).isEqualTo("LOGIN_THROTTLED");
            assertThat(persian.text("title")).matches(".*[\\u0600-\\u06FF].*");
            assertThat(persian.text("detail")).contains("ماده ۱۲");
            Response english = pausedForMoreThanASecond("no-such-account", client, Map.of(HttpHeaders.ACCEPT_LANGUAGE, "en"));
            assertThat(english.text("title")).isEqualTo("Sign-in paused after repeated failures");
            assertThat(english.text("detail")).contains("(A12)");
        }

        @Test
        void bearer_tokens_and_requests_without_credentials_are_not_counted() {
            String client = "198.18.34.1";
            for (int i = 0; i < 40; i++) {
                HttpHeaders h = new HttpHeaders();
                h.set("X-Forwarded-For", client);
                assertThat(rest.exchange("/api/v1/me", HttpMethod.GET, new HttpEntity<>(h), String.class)
                        .getStatusCode().value()).isEqualTo(401);
                h.setBearerAuth("not-a-jwt");
                assertThat(rest.exchange("/api/v1/me", HttpMethod.GET, new HttpEntity<>(h), String.class)
                        .getStatusCode().value()).isEqualTo(401);
            }
            assertThat(signIn("clerk1001", ApiClient.PASSWORD, client).status()).isEqualTo(200);
        }
    }

    @Test
    void responses_carry_the_security_headers() {
        for (String user : new String[] {null, "clerk1001"}) {
            HttpHeaders h = api.call(user, HttpMethod.GET, "/api/v1/me", null).headers();
            assertThat(h.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(h.getFirst("X-Frame-Options")).isEqualTo("DENY");
            assertThat(h.getFirst("Content-Security-Policy")).contains("default-src 'none'").contains("frame-ancestors 'none'");
            assertThat(h.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(h.getFirst("Permissions-Policy")).contains("camera=()");
            assertThat(h.getFirst("Cache-Control")).contains("no-store");
            assertThat(h.getFirst("Set-Cookie")).as("stateless: no session cookie").isNull();
        }
    }

    @Nested
    @ExtendWith(OutputCaptureExtension.class)
    class PersonalDataInLogs {

        @Autowired
        LoggingSystem logging;

        @Test
        void a_filing_walk_logs_no_national_code_and_no_mobile_in_plain_text(CapturedOutput output) throws Exception {
            // the framework's debug output prints request bodies: the most talkative a log can be
            String[] talkative = {"org.springframework.web.servlet.mvc.method.annotation", "org.axonframework.commandhandling"};
            for (String logger : talkative) {
                logging.setLogLevel(logger, LogLevel.DEBUG);
            }
            try {
                api.officeRouteToSubmission("clerk1001", "legal1001");
                api.call("clerk1001", HttpMethod.POST, "/api/v1/filings", Map.of("route", "OFFICE", "kind", "COMPLAINT",
                        "applicant", Map.of("type", "NATURAL", "identifier", "0089123452", "name", "نادرست"),
                        "competentAuthorityId", "TEH-PROS-1", "subject", "x"));
                api.call(null, HttpMethod.GET, "/api/v1/status/1234567890123456?nationalCode=0089123451", null);
            } finally {
                for (String logger : talkative) {
                    logging.setLogLevel(logger, null);
                }
            }
            String logged = output.getAll();
            assertThat(logged).as("the walk was logged in detail").contains("[masked]");
            assertThat(logged).doesNotContain(ApiClient.APPLICANT_CODE).doesNotContain("0089123452")
                    .doesNotContain("۰۰۸۹۱۲۳۴۵۱").doesNotContain("9121234567").doesNotContain("912 123 4567");
        }
    }
}
