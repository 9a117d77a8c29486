package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * A13 on PostgreSQL: court staff list the filings waiting at their own authority (GET /api/v1/filings/incoming),
 * never another authority's; a filing leaves the list once registered; each listed filing is a logged read (A12).
 */
class IncomingFilingsIT extends PostgresIntegrationTest {

    @Test
    void a13_court_staff_see_the_filings_waiting_at_their_own_authority_only() throws Exception {
        String[] civil = api.officeRouteToSubmission("clerk1001", "legal1001"); // to TEH-CIV-12 (court)
        String[] criminal = api.portalRouteToSubmission("applicant", "clerk1001", "legal1001"); // to TEH-PROS-1 (prosecutor)
        awaitProjections();

        JsonNode court = api.ok("court", HttpMethod.GET, "/api/v1/filings/incoming", null).body();
        assertThat(court.path("authorityId").asText()).isEqualTo("TEH-CIV-12");
        List<String> courtIds = court.path("filings").findValuesAsText("filingId");
        assertThat(courtIds).contains(civil[0]).doesNotContain(criminal[0]);
        JsonNode item = court.path("filings").get(courtIds.indexOf(civil[0]));
        assertThat(item.path("filing").path("trackingCode").asText()).isEqualTo(civil[1]);
        assertThat(item.path("filing").path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(item.path("filing").path("kind").asText()).isEqualTo("PETITION");
        assertThat(item.path("filing").path("officeId").asText()).isEqualTo("OFF-1001");
        assertThat(Instant.parse(item.path("submittedAt").asText())).isBefore(Instant.now());
        // newest submission first
        List<Instant> submitted = court.path("filings").findValuesAsText("submittedAt").stream().map(Instant::parse).toList();
        assertThat(submitted).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        List<String> prosecutorIds = api.ok("prosecutor", HttpMethod.GET, "/api/v1/filings/incoming", null).body()
                .path("filings").findValuesAsText("filingId");
        assertThat(prosecutorIds).contains(criminal[0]).doesNotContain(civil[0]);

        assertThat(api.call("court", HttpMethod.GET, "/api/v1/filings/incoming?limit=0", null).status()).isEqualTo(400);
        assertThat(api.call("court", HttpMethod.GET, "/api/v1/filings/incoming?limit=101", null).status()).isEqualTo(400);
        JsonNode one = api.ok("court", HttpMethod.GET, "/api/v1/filings/incoming?limit=1", null).body();
        assertThat(one.path("filings")).hasSize(1);
        assertThat(one.path("limit").asInt()).isEqualTo(1);

        // registered: no longer waiting
        api.ok("court", HttpMethod.POST, "/api/v1/filings/" + civil[0] + "/case-registration", Map.of("caseNumber",
                "1405-91", "branch", "شعبه ۱۲", "registeredOn", LocalDate.now(ZoneId.of("Asia/Tehran")).toString()));
        awaitProjections();
        assertThat(api.ok("court", HttpMethod.GET, "/api/v1/filings/incoming", null).body().path("filings")
                .findValuesAsText("filingId")).doesNotContain(civil[0]);

        // A12: the listing was a read of the case, on the record
        assertThat(jdbc.queryForList("SELECT reader_role FROM access_log WHERE filing_id = ? AND view_name = 'incoming'",
                String.class, civil[0])).isNotEmpty().allMatch("COURT_STAFF"::equals);
    }
}
