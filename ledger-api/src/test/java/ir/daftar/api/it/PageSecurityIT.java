package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages' own security (issue 15, ADR 0600): a sign-in form with a session that sign-out and time end, CSRF on
 * every form, the sign-in throttle of the API (A12), and a content security policy that lets a page run only what
 * the application itself serves.
 */
class PageSecurityIT extends PostgresIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void pages_run_only_what_the_application_serves_and_cannot_be_framed() {
        PageClient.Page page = new PageClient(port).get("/");
        assertThat(page.status()).isEqualTo(200);
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "font-src 'self'",
                "frame-ancestors 'none'", "form-action 'self'").doesNotContain("unsafe-inline", "unsafe-eval", "http");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        // an anonymous visitor of the public page gets a CSRF cookie, not a server session
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"))
                .anyMatch(c -> c.startsWith("DAFTAR-CSRF=") && c.contains("HttpOnly") && c.contains("SameSite=Strict"));
    }

    @Test
    void a_form_without_its_csrf_token_is_refused_before_any_controller() {
        PageClient applicant = new PageClient(port, "10.80.0.1").signIn("applicant", ApiClient.PASSWORD);
        PageClient.Page forged = applicant.postWithoutToken("/my/filings/csrf-none/contact-details",
                Map.of("mobile", "09121234567", "electronicAddress", "x@example.org"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("Not allowed");
        PageClient.Page lookup = new PageClient(port, "10.80.0.2").postWithoutToken("/status",
                Map.of("trackingCode", "4821093376510428", "nationalCode", ApiClient.APPLICANT_CODE));
        assertThat(lookup.status()).isEqualTo(403);
    }

    @Test
    void signing_out_ends_the_session_and_an_ended_session_sends_to_sign_in_saying_so() {
        PageClient applicant = new PageClient(port, "10.80.0.3").signIn("applicant", ApiClient.PASSWORD);
        assertThat(applicant.get("/my/filings").status()).isEqualTo(200);
        PageClient.Page out = applicant.post("/logout", Map.of());
        assertThat(out.status()).isEqualTo(302);
        assertThat(out.location()).endsWith("/login?signedOut");
        PageClient.Page after = applicant.get("/my/filings");
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.location()).endsWith("/login");

        PageClient.Page stale = new PageClient(port).get("/my/filings", Map.of("Cookie", "JSESSIONID=0123456789ABCDEF"));
        assertThat(stale.status()).isEqualTo(302);
        assertThat(stale.location()).endsWith("/login?expired");
        assertThat(new PageClient(port).get("/login?expired").body()).contains("Your session ended");
    }

    @Test
    void a12_repeated_wrong_passwords_on_the_form_pause_further_sign_ins_from_that_client() {
        PageClient guesser = new PageClient(port, "10.80.0.9");
        PageClient.Page last = null;
        for (int i = 0; i < 20; i++) {
            last = guesser.post("/login", Map.of("username", "page-throttle-probe", "password", "wrong-" + i));
            if (last.location() != null && last.location().contains("throttled=")) {
                break;
            }
            assertThat(last.location()).as("attempt " + i).endsWith("/login?error");
        }
        assertThat(last.location()).contains("/login?throttled=");
        assertThat(last.header("Retry-After")).isNotNull();
        String wait = last.location().substring(last.location().indexOf("throttled=") + 10);
        assertThat(guesser.get("/login?throttled=" + wait).body()).contains("Too many wrong attempts");
        // the pause holds that client and account only: the account's owner elsewhere signs in
        new PageClient(port, "10.80.0.10").signIn("applicant", ApiClient.PASSWORD);
    }
}
