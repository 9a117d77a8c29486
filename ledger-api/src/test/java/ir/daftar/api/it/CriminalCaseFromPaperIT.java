package ir.daftar.api.it;

import static ir.daftar.api.it.ApiClient.APPLICANT_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.api.it.ApiClient.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * A9-A11, A13 on PostgreSQL: a criminal case that starts from a complaint lodged on paper, goes on
 * with the judicial officers' late registration of their preliminary paper file, a forensic report
 * and an expert opinion, is registered as a case by the prosecutor's office, and reads back as one
 * history, ordered by when the acts happened and by when they were recorded.
 */
class CriminalCaseFromPaperIT extends PostgresIntegrationTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant LODGED = NOW.minus(Duration.ofDays(3));
    private static final Instant ARREST = LODGED.plus(Duration.ofHours(2));
    private static final Instant SCENE = LODGED.plus(Duration.ofHours(3));
    private static final Instant EXAMINED = NOW.minus(Duration.ofDays(2));
    private static final Instant EXPERT_VISIT = NOW.minus(Duration.ofDays(1));

    @Test
    void a_criminal_case_from_a_paper_complaint_reads_as_one_history_by_occurrence_and_by_recording() throws Exception {
        // A11: the complaint was lodged on paper three days ago; the prosecutor's office registers it now
        Response complaint = api.ok("prosecutor", HttpMethod.POST, "/api/v1/paper-complaints", paperComplaint(LODGED));
        assertThat(complaint.status()).isEqualTo(201);
        String filingId = complaint.text("filingId");
        String trackingCode = complaint.text("trackingCode");

        // A10: the police unit registers its preliminary paper file, with who carried it and when each act happened
        Response paperFile = api.ok("police", HttpMethod.POST, "/api/v1/paper-files", Map.of(
                "filingId", filingId, "paperReference", "K12/1405/330", "carriedBy", "ستوان علی رضایی",
                "acts", List.of(
                        Map.of("description", "دستگیری متهم در محل", "occurredAt", ARREST.toString()),
                        Map.of("description", "صورت‌جلسه معاینه محل", "occurredAt", SCENE.toString()))));
        assertThat(paperFile.status()).isEqualTo(201);

        // A9: forensic medicine and the official expert report, each with its own tracking code
        Response forensic = api.ok("forensic", HttpMethod.POST, "/api/v1/reports", report(filingId, "FORENSIC_REPORT",
                "گزارش معاینه پزشکی قانونی", EXAMINED));
        assertThat(forensic.text("trackingCode")).hasSize(16).isNotEqualTo(trackingCode);

        // A13: the prosecutor's office registers the case and acknowledges the forensic report
        String today = LocalDate.now(ZoneId.of("Asia/Tehran")).toString();
        api.ok("prosecutor", HttpMethod.POST, "/api/v1/filings/" + filingId + "/case-registration",
                Map.of("caseNumber", "۱۴۰۵-۷۷", "branch", "شعبه ۳ بازپرسی", "registeredOn", today));
        api.ok("prosecutor", HttpMethod.POST, "/api/v1/reports/" + forensic.text("reportId") + "/acknowledgement", null);

        Response expert = api.ok("expert", HttpMethod.POST, "/api/v1/reports", report(filingId, "EXPERT_OPINION",
                "نظریه کارشناس رسمی", EXPERT_VISIT));
        assertThat(expert.text("trackingCode")).hasSize(16).isNotEqualTo(forensic.text("trackingCode"));
        awaitProjections();

        // the applicant sees the case number with the tracking code issued on registration of the paper complaint
        Response status = api.call(null, HttpMethod.GET, "/api/v1/status/" + trackingCode + "?nationalCode=" + APPLICANT_CODE, null);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.text("route")).isEqualTo("PAPER");
        assertThat(status.text("status")).isEqualTo("REGISTERED_AS_CASE");
        assertThat(status.text("caseNumber")).isEqualTo("1405-77");

        // by occurrence: the paper-origin acts and the reports take the place of when they happened
        JsonNode byOccurrence = api.ok("prosecutor", HttpMethod.GET, "/api/v1/filings/" + filingId + "/history", null)
                .body().path("entries");
        assertThat(types(byOccurrence)).containsExactly(
                "FilingStarted", "PaperFileRegistered", "PaperActRecorded", "PaperActRecorded", "ReportSubmitted",
                "ReportSubmitted", "PaperComplaintRegistered", "ContactDetailsRegistered", "TrackingCodeIssued",
                "RegisteredAsCase", "ReportAcknowledged");
        assertThat(times(byOccurrence, "occurredAt")).isSorted();
        assertThat(instant(byOccurrence.get(0), "occurredAt")).isEqualTo(LODGED);
        assertThat(instant(byOccurrence.get(2), "occurredAt")).isEqualTo(ARREST);
        assertThat(instant(byOccurrence.get(3), "occurredAt")).isEqualTo(SCENE);
        assertThat(instant(byOccurrence.get(4), "occurredAt")).isEqualTo(EXAMINED);
        assertThat(byOccurrence.get(4).path("reportingBodyId").asText()).isEqualTo("FORENSIC-TEH");
        assertThat(instant(byOccurrence.get(5), "occurredAt")).isEqualTo(EXPERT_VISIT);
        assertThat(byOccurrence.get(5).path("reportingBodyId").asText()).isEqualTo("EXPERT-0042");
        // the recorded time beside it: every paper act was recorded later than it happened
        for (int i = 0; i < 4; i++) {
            assertThat(instant(byOccurrence.get(i), "recordedAt")).isAfter(instant(byOccurrence.get(i), "occurredAt"));
        }
        assertThat(byOccurrence.get(1).path("details").path("carriedBy").asText()).isEqualTo("ستوان علی رضایی");
        assertThat(byOccurrence.get(1).path("category").asText()).isEqualTo("PAPER");
        assertThat(byOccurrence.get(9).path("authorityId").asText()).isEqualTo("TEH-PROS-1");

        // by recording: what the ledger learnt, in the order it learnt it
        JsonNode byRecording = api.ok("prosecutor", HttpMethod.GET,
                "/api/v1/filings/" + filingId + "/history?order=RECORDING", null).body().path("entries");
        assertThat(types(byRecording)).containsExactly(
                "FilingStarted", "PaperComplaintRegistered", "ContactDetailsRegistered", "TrackingCodeIssued",
                "PaperFileRegistered", "PaperActRecorded", "PaperActRecorded", "ReportSubmitted", "RegisteredAsCase",
                "ReportAcknowledged", "ReportSubmitted");
        assertThat(times(byRecording, "recordedAt")).isSorted();

        // filters: by kind, and by the day the acts happened
        assertThat(types(api.ok("prosecutor", HttpMethod.GET, "/api/v1/filings/" + filingId + "/history?kind=REPORT", null)
                .body().path("entries"))).containsExactly("ReportSubmitted", "ReportSubmitted", "ReportAcknowledged");
        String lodgedDay = LocalDate.ofInstant(EXAMINED, ZoneId.of("Asia/Tehran")).toString();
        assertThat(types(api.ok("prosecutor", HttpMethod.GET, "/api/v1/filings/" + filingId + "/history?kind=PAPER&kind=REPORT"
                + "&from=" + LODGED + "&to=" + lodgedDay, null).body().path("entries")))
                .startsWith("PaperFileRegistered", "PaperActRecorded", "PaperActRecorded")
                .doesNotContain("ReportAcknowledged", "PaperComplaintRegistered");

        // exported as CSV, one line per event after the header
        String csv = csv("/api/v1/filings/" + filingId + "/history?format=csv", null);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("occurredAt,recordedAt,delaySeconds,category,eventType");
        assertThat(lines).hasSize(12);
        assertThat(lines.get(1)).startsWith(LODGED.toString()).contains(",FILING,FilingStarted,Filing,");
        assertThat(csv("/api/v1/filings/" + filingId + "/history?order=RECORDING", "text/csv").lines().toList())
                .hasSize(12).element(1).asString().contains("FilingStarted");

        // A10: the registration delay is visible and queryable
        JsonNode late = api.ok("prosecutor", HttpMethod.GET, "/api/v1/paper-files?minDelayHours=24&filingId=" + filingId, null).body();
        assertThat(late.size()).isEqualTo(1);
        assertThat(late.get(0).path("carriedBy").asText()).isEqualTo("ستوان علی رضایی");
        assertThat(late.get(0).path("delaySeconds").asLong()).isGreaterThanOrEqualTo(Duration.ofHours(69).toSeconds());
        assertThat(api.ok("prosecutor", HttpMethod.GET, "/api/v1/paper-files?minDelayHours=1000&filingId=" + filingId, null)
                .body().size()).isZero();
    }

    @Test
    void a9_a10_refusals_over_http_name_the_rule_and_write_nothing() {
        String filingId = api.ok("prosecutor", HttpMethod.POST, "/api/v1/paper-complaints", paperComplaint(LODGED)).text("filingId");
        long before = eventCount();

        Response wrongKind = api.call("forensic", HttpMethod.POST, "/api/v1/reports",
                report(filingId, "EXPERT_OPINION", "نظر", null));
        assertThat(wrongKind.status()).isEqualTo(422);
        assertThat(wrongKind.text("code")).isEqualTo("A9_REPORT_KIND_NOT_REGISTERED");
        assertThat(wrongKind.text("article")).isEqualTo("A9");

        Response unknownCase = api.call("forensic", HttpMethod.POST, "/api/v1/reports",
                report("no-such-case", "FORENSIC_REPORT", "گزارش", null));
        assertThat(unknownCase.text("code")).isEqualTo("A9_CASE_UNKNOWN");

        Response future = api.call("police", HttpMethod.POST, "/api/v1/paper-files", Map.of(
                "filingId", filingId, "paperReference", "K12/1", "carriedBy", "ستوان رضایی",
                "acts", List.of(Map.of("description", "بازجویی", "occurredAt", Instant.now().plus(Duration.ofHours(2)).toString()))));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.text("code")).isEqualTo("A10_ACTS_IN_FUTURE");

        Response notOfficers = api.call("forensic", HttpMethod.POST, "/api/v1/paper-files", Map.of(
                "filingId", filingId, "paperReference", "K12/1", "carriedBy", "ستوان رضایی",
                "acts", List.of(Map.of("description", "بازجویی", "occurredAt", ARREST.toString()))));
        assertThat(notOfficers.text("code")).isEqualTo("A10_JUDICIAL_OFFICERS_ONLY");

        Map<String, Object> lodgedWithProsecutor = new java.util.HashMap<>(paperComplaint(LODGED));
        lodgedWithProsecutor.put("competentAuthorityId", "TEH-PROS-1");
        Response otherCourt = api.call("court", HttpMethod.POST, "/api/v1/paper-complaints", lodgedWithProsecutor);
        assertThat(otherCourt.status()).isEqualTo(422);
        assertThat(otherCourt.text("code")).isEqualTo("A11_AUTHORITY_STAFF_ONLY");

        Response notAReportingBody = api.call("clerk1001", HttpMethod.POST, "/api/v1/reports",
                report(filingId, "FORENSIC_REPORT", "گزارش", null));
        assertThat(notAReportingBody.status()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
    }

    private static Map<String, Object> paperComplaint(Instant lodgedAt) {
        return Map.of(
                "applicant", Map.of("type", "NATURAL", "identifier", APPLICANT_CODE, "name", "زهرا احمدی"),
                "defendants", List.of(Map.of("type", "NATURAL", "name", "بهرام کاظمی")),
                "subject", "شکایت ضرب و جرح عمدی", "lodgedAt", lodgedAt.toString(), "paperReference", "P-1405/77",
                "documents", List.of(Map.of("title", "شکواییه کاغذی", "pageCount", 2,
                        "contentBase64", Base64.getEncoder().encodeToString(("paper complaint " + lodgedAt).getBytes()))),
                "mobile", "09121234567", "electronicAddress", "sana:1234567890");
    }

    private static Map<String, Object> report(String filingId, String kind, String title, Instant occurredAt) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("filingId", filingId, "kind", kind, "title", title,
                "documents", List.of(Map.of("title", title, "pageCount", 1,
                        "contentBase64", Base64.getEncoder().encodeToString((title + Instant.now()).getBytes())))));
        if (occurredAt != null) {
            body.put("occurredAt", occurredAt.toString());
        }
        return body;
    }

    private String csv(String path, String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("prosecutor", ApiClient.PASSWORD);
        if (accept != null) {
            headers.set(HttpHeaders.ACCEPT, accept);
        }
        ResponseEntity<String> r = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        assertThat(r.getHeaders().getContentType().toString()).startsWith("text/csv");
        return r.getBody();
    }

    private static List<String> types(JsonNode entries) {
        return collect(entries, e -> e.path("eventType").asText());
    }

    private static List<Instant> times(JsonNode entries, String field) {
        return collect(entries, e -> instant(e, field));
    }

    private static Instant instant(JsonNode entry, String field) {
        return Instant.parse(entry.path(field).asText());
    }

    private static <T> List<T> collect(JsonNode entries, Function<JsonNode, T> read) {
        List<T> out = new ArrayList<>();
        entries.forEach(e -> out.add(read.apply(e)));
        return out;
    }
}
