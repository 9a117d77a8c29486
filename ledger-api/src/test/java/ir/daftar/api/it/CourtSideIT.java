package ir.daftar.api.it;

import static ir.daftar.api.it.ApiClient.APPLICANT_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.api.it.ApiClient.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A13 on PostgreSQL: competent authorities imported from CSV, and the authority's decision on a submitted filing. */
class CourtSideIT extends PostgresIntegrationTest {

    @Test
    void a13_authorities_are_imported_from_csv_and_a_bad_file_writes_nothing() throws Exception {
        long before = jdbc.queryForObject("SELECT count(*) FROM competent_authority", Long.class);
        assertThat(before).isGreaterThanOrEqualTo(8);

        ResponseEntity<String> bad = importCsv("""
                id,kind,name,province,city
                TBZ-CIV-9,COURT,دادگاه عمومی حقوقی تبریز - شعبه ۹,آذربایجان شرقی,تبریز
                TBZ-PROS-1,POLICE,دادسرای تبریز,آذربایجان شرقی,تبریز
                """);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody()).contains("line 3: kind");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM competent_authority", Long.class)).isEqualTo(before);

        ResponseEntity<String> good = importCsv("""
                id,kind,name,province,city
                TBZ-CIV-9,COURT,دادگاه عمومی حقوقی تبریز - شعبه ۹,آذربایجان شرقی,تبریز
                TEH-CIV-12,COURT,دادگاه عمومی حقوقی تهران - شعبه ۱۲,تهران,تهران
                """);
        assertThat(good.getStatusCode().value()).isEqualTo(200);
        assertThat(good.getBody()).contains("\"imported\":2").contains("\"created\":1").contains("\"updated\":1");
        JsonNode all = api.ok("clerk1001", HttpMethod.GET, "/api/v1/authorities", null).body();
        List<String> ids = new ArrayList<>();
        all.forEach(a -> ids.add(a.path("authority").path("id").asText()));
        assertThat(ids).contains("TBZ-CIV-9", "TEH-CIV-12");

        // a filing can go to the imported authority
        Map<String, Object> petition = new java.util.HashMap<>(ApiClient.officePetition("5000000"));
        petition.put("competentAuthorityId", "TBZ-CIV-9");
        assertThat(api.call("clerk1001", HttpMethod.POST, "/api/v1/filings", petition).status()).isEqualTo(201);
        assertThat(api.call("clerk1001", HttpMethod.POST, "/api/v1/admin/authorities/import", "x").status()).isEqualTo(403);
    }

    @Test
    void a13_the_authority_returns_a_submitted_filing_and_the_applicant_sees_why() throws Exception {
        String[] filing = api.officeRouteToSubmission("clerk1001", "legal1001");
        String base = "/api/v1/filings/" + filing[0];

        Response otherAuthority = api.call("prosecutor", HttpMethod.POST, base + "/return", Map.of("reason", "x"));
        assertThat(otherAuthority.status()).isEqualTo(422);
        assertThat(otherAuthority.text("code")).isEqualTo("A13_OTHER_AUTHORITY");
        assertThat(api.call("clerk1001", HttpMethod.POST, base + "/return", Map.of("reason", "x")).status()).isEqualTo(403);

        api.ok("court", HttpMethod.POST, base + "/return", Map.of("reason", "خواهان باید اصل چک را پیوست کند"));
        Response again = api.call("court", HttpMethod.POST, base + "/case-registration", Map.of("caseNumber", "1405-1",
                "branch", "شعبه ۱۲", "registeredOn", LocalDate.now(ZoneId.of("Asia/Tehran")).toString()));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.text("code")).isEqualTo("A13_ALREADY_DECIDED");
        awaitProjections();

        Response status = api.call(null, HttpMethod.GET, "/api/v1/status/" + filing[1] + "?nationalCode=" + APPLICANT_CODE, null);
        assertThat(status.text("status")).isEqualTo("RETURNED");
        assertThat(status.text("returnReason")).isEqualTo("خواهان باید اصل چک را پیوست کند");
        List<String> steps = new ArrayList<>();
        status.body().path("steps").forEach(s -> steps.add(s.path("step").asText()));
        assertThat(steps).endsWith("SUBMITTED", "RETURNED");

        JsonNode court = api.ok("court", HttpMethod.GET, base + "/history?kind=COURT", null).body().path("entries");
        assertThat(court.size()).isEqualTo(1);
        assertThat(court.get(0).path("eventType").asText()).isEqualTo("FilingReturned");
        assertThat(court.get(0).path("authorityId").asText()).isEqualTo("TEH-CIV-12");
    }

    private ResponseEntity<String> importCsv(String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("admin", ApiClient.PASSWORD);
        headers.setContentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        return rest.exchange("/api/v1/admin/authorities/import", HttpMethod.POST, new HttpEntity<>(csv, headers), String.class);
    }
}
