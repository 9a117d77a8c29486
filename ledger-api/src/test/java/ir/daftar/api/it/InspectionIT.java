package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.daftar.api.it.ApiClient.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Inspections over HTTP on PostgreSQL: the access log, scoping, the streamed replay, as-of views, the report. */
class InspectionIT extends PostgresIntegrationTest {

    final ObjectMapper json = new ObjectMapper();

    ResponseEntity<String> raw(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, ApiClient.PASSWORD);
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    long viewsLogged() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%OfficeRecordViewed'",
                Long.class);
    }

    @Test
    void an_inspector_replays_the_office_sees_it_as_of_an_instant_and_sends_a_report_and_every_view_is_logged()
            throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        String[] filing = api.officeRouteToSubmission("clerk1001", "legal1001");
        awaitProjections();
        api.ok("clerk1001", HttpMethod.GET, "/api/v1/filings/" + filing[0] + "/history?purpose=review", null);
        Instant after = Instant.now();
        awaitProjections();

        // A12: the applicant sees who read the case (office and role), not the reader's personal id
        Response log = api.ok("applicant", HttpMethod.GET, "/api/v1/filings/" + filing[0] + "/access-log", null);
        assertThat(log.body().path("reads")).anySatisfy(r -> {
            assertThat(r.path("role").asText()).isEqualTo("OFFICE_CLERK");
            assertThat(r.path("officeId").asText()).isEqualTo("OFF-1001");
        });
        assertThat(log.body().toString()).doesNotContain("0045678911");
        assertThat(api.call("applicant2", HttpMethod.GET, "/api/v1/filings/" + filing[0] + "/access-log", null).status())
                .isEqualTo(404);

        String id = KanoonOrders.open(api, "inspector1", List.of("0511111118"), Map.of("kind", "AD_HOC",
                "officeId", "OFF-1001", "periodFrom", before.minus(Duration.ofDays(1)).toString(),
                "periodTo", after.toString())).text("inspectionId");

        // A28: another inspector does not see this office; office staff cannot replay
        assertThat(raw("inspector2", "/api/v1/inspections/" + id + "/replay").getStatusCode().value()).isEqualTo(404);
        assertThat(raw("clerk1001", "/api/v1/inspections/" + id + "/replay").getStatusCode().value()).isEqualTo(403);

        long viewsBefore = viewsLogged();
        ResponseEntity<String> replay = raw("inspector1", "/api/v1/inspections/" + id + "/replay");
        assertThat(replay.getStatusCode().value()).isEqualTo(200);
        assertThat(replay.getHeaders().getContentType().toString()).startsWith("application/x-ndjson");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : replay.getBody().split("\n")) {
            lines.add(json.readTree(line));
        }
        assertThat(lines).anySatisfy(l -> assertThat(l.path("type").asText()).isEqualTo("progress"));
        assertThat(lines).filteredOn(l -> l.path("type").asText().equals("activity"))
                .anySatisfy(l -> assertThat(l.path("entry").path("subjectId").asText()).isEqualTo(filing[0]))
                .anySatisfy(l -> assertThat(l.path("entry").path("eventType").asText()).isEqualTo("CaseDataRead"));
        assertThat(lines.get(lines.size() - 1).path("type").asText()).isEqualTo("statistics");
        assertThat(lines).noneSatisfy(l -> assertThat(l.path("type").asText()).isEqualTo("finding"));
        assertThat(viewsLogged()).isEqualTo(viewsBefore + 1);

        // as of an instant before the filing: nothing shown then; as known now: submitted
        Response then = api.ok("inspector1", HttpMethod.GET, "/api/v1/inspections/" + id + "/as-of/filings/" + filing[0]
                + "?at=" + before.minusSeconds(5), null);
        assertThat(then.body().path("asShownThen").path("status").isNull()).isTrue();
        assertThat(then.body().path("asKnownNow").path("status").path("status").asText()).isEqualTo("SUBMITTED");
        Response queue = api.ok("inspector1", HttpMethod.GET, "/api/v1/inspections/" + id + "/as-of/queue?at=" + after, null);
        assertThat(queue.body().path("queue").findValuesAsText("filingId")).doesNotContain(filing[0]);
        assertThat(viewsLogged()).isEqualTo(viewsBefore + 3);

        // A33: the report, finalized once, sent to the GD, readable by the GD in Persian with Jalali dates
        api.ok("inspector1", HttpMethod.POST, "/api/v1/inspections/" + id + "/report",
                Map.of("summary", "در دوره بازرسی تخلفی یافت نشد."));
        Response again = api.call("inspector1", HttpMethod.POST, "/api/v1/inspections/" + id + "/report",
                Map.of("summary", "تغییر"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.text("code")).isEqualTo("A33_REPORT_FINALIZED");
        api.ok("inspector1", HttpMethod.POST, "/api/v1/inspections/" + id + "/report/sending", null);
        Response report = api.ok("gd", HttpMethod.GET, "/api/v1/inspections/" + id + "/report", null);
        assertThat(report.text("state")).isEqualTo("SENT_TO_GD");
        assertThat(report.body().path("statistics").path("eventsInPeriod").asLong()).isGreaterThan(10);
        ResponseEntity<String> html = raw("gd", "/api/v1/inspections/" + id + "/report.html");
        assertThat(html.getStatusCode().value()).isEqualTo(200);
        assertThat(html.getBody()).contains("dir=\"rtl\"", "گزارش بازرسی", "در دوره بازرسی تخلفی یافت نشد.").containsPattern("۱۴۰[۴-۹]/");

        // once sent, the inspection is closed to replays
        assertThat(raw("inspector1", "/api/v1/inspections/" + id + "/replay").getStatusCode().value()).isEqualTo(404);
    }
}
