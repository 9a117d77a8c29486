package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.api.it.ApiClient.Response;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/** A12: production sign-in by JWT beside the local accounts, security headers, and no personal data in logs. */
class SecurityIT extends PostgresIntegrationTest {

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
