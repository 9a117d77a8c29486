package ir.daftar.api.it;

import static ir.daftar.api.it.ApiClient.APPLICANT_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.api.it.ApiClient.Response;
import ir.daftar.core.filing.TrackingCode;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * The reads people need (issue 12) on PostgreSQL: an applicant's own filings and case history, a filing's
 * summary, an inspector's inspections, a report by its tracking code, and the Persian and English names of
 * every status and step in the public status answer. Each read answers those who may read and looks unknown
 * (404) or forbidden (403) to the others, and each read of case data is in the access log.
 */
class ReadsIT extends PostgresIntegrationTest {

    private static final String OTHER_APPLICANT_CODE = "0091234565";
    /** The office clerk and legal expert of the demo office: their national codes are not the applicant's to see. */
    private static final String CLERK_CODE = "0045678911";
    private static final String EXPERT_CODE = "0023456787";

    private long reads(String filingId, String view) {
        return jdbc.queryForObject("SELECT count(*) FROM access_log WHERE filing_id = ? AND view_name = ?", Long.class,
                filingId, view);
    }

    private List<String> readerRoles(String filingId, String view) {
        return jdbc.queryForList("SELECT reader_role FROM access_log WHERE filing_id = ? AND view_name = ? ORDER BY read_at",
                String.class, filingId, view);
    }

    private static String persianDigits(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(Character.isDigit(c) ? (char) ('۰' + (c - '0')) : (char) c));
        return out.toString();
    }

    private int status(String user, String path) {
        return api.call(user, HttpMethod.GET, path, null).status();
    }

    @Test
    void an_applicant_lists_their_own_filings_newest_first_with_persian_and_english_status_names() throws Exception {
        String older = api.ok("applicant", HttpMethod.POST, "/api/v1/filings", ApiClient.portalComplaint()).text("filingId");
        String[] submitted = api.officeRouteToSubmission("clerk1001", "legal1001");
        Map<String, Object> othersComplaint = new HashMap<>(ApiClient.portalComplaint());
        othersComplaint.put("applicant", Map.of("type", "NATURAL", "identifier", OTHER_APPLICANT_CODE, "name", "علی رضایی"));
        String others = api.ok("applicant2", HttpMethod.POST, "/api/v1/filings", othersComplaint).text("filingId");
        awaitProjections();

        Response mine = api.ok("applicant", HttpMethod.GET, "/api/v1/filings/mine", null);
        List<String> ids = mine.body().path("filings").findValuesAsText("filingId");
        assertThat(ids).contains(older, submitted[0]).doesNotContain(others);
        assertThat(ids.indexOf(submitted[0])).as("newest first").isLessThan(ids.indexOf(older));
        JsonNode newest = mine.body().path("filings").get(ids.indexOf(submitted[0]));
        assertThat(newest.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(newest.path("trackingCode").asText()).isEqualTo(submitted[1]);
        assertThat(newest.path("officeId").asText()).isEqualTo("OFF-1001");
        assertThat(newest.path("statusLabel").path("code").asText()).isEqualTo("SUBMITTED");
        assertThat(newest.path("statusLabel").path("fa").asText()).isEqualTo("ارسال‌شده به مرجع صالح");
        assertThat(newest.path("statusLabel").path("en").asText()).isEqualTo("Submitted to the competent authority");
        JsonNode started = mine.body().path("filings").get(ids.indexOf(older));
        assertThat(started.path("status").asText()).isEqualTo("STARTED");
        assertThat(started.path("trackingCode").isNull()).isTrue();
        // no names and no national codes in the list
        assertThat(mine.body().toString()).doesNotContain(APPLICANT_CODE, "زهرا", "بهرام");

        Response other = api.ok("applicant2", HttpMethod.GET, "/api/v1/filings/mine", null);
        assertThat(other.body().path("filings").findValuesAsText("filingId")).contains(others)
                .doesNotContain(older, submitted[0]);

        Response one = api.ok("applicant", HttpMethod.GET, "/api/v1/filings/mine?limit=1", null);
        assertThat(one.body().path("filings").size()).isEqualTo(1);
        assertThat(one.body().path("truncated").asBoolean()).isTrue();
        assertThat(one.body().path("filings").get(0).path("filingId").asText()).isEqualTo(ids.get(0));
        Response zero = api.call("applicant", HttpMethod.GET, "/api/v1/filings/mine?limit=0", null);
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.body().path("errors").get(0).path("field").asText()).isEqualTo("limit");
        assertThat(status("clerk1001", "/api/v1/filings/mine")).isEqualTo(403);
        assertThat(status(null, "/api/v1/filings/mine")).isEqualTo(401);

        // A12: each filing listed is a read of case data, by the applicant
        awaitProjections();
        assertThat(readerRoles(submitted[0], "my-filings")).isNotEmpty().containsOnly("APPLICANT");
        assertThat(reads(others, "my-filings")).isEqualTo(1);
    }

    @Test
    void a6_office_staff_list_their_office_filings_in_progress_and_nothing_submitted_or_of_another_office() throws Exception {
        String[] submitted = api.officeRouteToSubmission("clerk1001", "legal1001");
        String started = api.ok("clerk1001", HttpMethod.POST, "/api/v1/filings", ApiClient.officePetition("300000000"))
                .text("filingId");
        awaitProjections();

        Response queue = api.ok("manager1001", HttpMethod.GET, "/api/v1/filings/office?limit=100", null);
        assertThat(queue.text("officeId")).isEqualTo("OFF-1001");
        List<String> ids = queue.body().path("filings").findValuesAsText("filingId");
        assertThat(ids).contains(started).doesNotContain(submitted[0]);
        JsonNode first = queue.body().path("filings").get(ids.indexOf(started));
        assertThat(first.path("status").asText()).isEqualTo("STARTED");
        assertThat(first.path("statusLabel").path("fa").asText()).isNotBlank();
        // no names and no national codes in the list
        assertThat(queue.body().toString()).doesNotContain(APPLICANT_CODE, "زهرا", "بهرام");
        assertThat(api.ok("clerk1002", HttpMethod.GET, "/api/v1/filings/office?limit=100", null).body().path("filings")
                .findValuesAsText("filingId")).doesNotContain(started);
        Response one = api.ok("clerk1001", HttpMethod.GET, "/api/v1/filings/office?limit=1", null);
        assertThat(one.body().path("filings").size()).isEqualTo(1);
        assertThat(api.call("clerk1001", HttpMethod.GET, "/api/v1/filings/office?limit=101", null).status()).isEqualTo(400);
        assertThat(status("applicant", "/api/v1/filings/office")).isEqualTo(403);
        assertThat(status("court", "/api/v1/filings/office")).isEqualTo(403);
        assertThat(status(null, "/api/v1/filings/office")).isEqualTo(401);

        // A12: each filing listed is a read of case data, by the office
        awaitProjections();
        assertThat(readerRoles(started, "office-filings")).isNotEmpty().contains("OFFICE_MANAGER");
        assertThat(reads(submitted[0], "office-filings")).isZero();
    }

    @Test
    void a_filing_summary_answers_those_who_may_read_it_and_looks_unknown_to_everyone_else() throws Exception {
        String[] filing = api.officeRouteToSubmission("clerk1001", "legal1001");
        String path = "/api/v1/filings/" + filing[0];
        awaitProjections();

        for (String reader : List.of("clerk1001", "manager1001", "applicant", "court", "admin")) {
            Response r = api.call(reader, HttpMethod.GET, path, null);
            assertThat(r.status()).as(reader).isEqualTo(200);
            assertThat(r.body().path("filing").path("filingId").asText()).isEqualTo(filing[0]);
        }
        Response summary = api.ok("court", HttpMethod.GET, path + "?purpose=registration", null);
        JsonNode f = summary.body().path("filing");
        assertThat(f.path("trackingCode").asText()).isEqualTo(filing[1]);
        assertThat(f.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(f.path("statusLabel").path("fa").asText()).isEqualTo("ارسال‌شده به مرجع صالح");
        assertThat(f.path("kind").asText()).isEqualTo("PETITION");
        assertThat(f.path("route").asText()).isEqualTo("OFFICE");
        JsonNode steps = summary.body().path("steps");
        assertThat(steps.get(0).path("step").asText()).isEqualTo("FILING_STARTED");
        assertThat(steps.get(steps.size() - 1).path("label").path("code").asText()).isEqualTo("SUBMITTED");
        assertThat(steps.get(steps.size() - 1).path("label").path("en").asText())
                .isEqualTo("Submitted to the competent authority");
        assertThat(summary.body().toString()).doesNotContain(APPLICANT_CODE, CLERK_CODE, "زهرا", "بهرام");

        // someone else's filing and an unknown one answer the same 404, as problem+json
        for (String outsider : List.of("applicant2", "prosecutor", "manager1002", "clerk1002")) {
            assertThat(status(outsider, path)).as(outsider).isEqualTo(404);
        }
        Response unknown = api.call("clerk1001", HttpMethod.GET, "/api/v1/filings/no-such-filing", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.headers().getContentType().toString()).startsWith("application/problem+json");
        assertThat(unknown.text("code")).isEqualTo("NOT_FOUND");
        for (String refused : List.of("police", "gd")) {
            assertThat(status(refused, path)).as(refused).isEqualTo(403);
        }

        // A28: an inspector reads it only while one of their inspections of its office is open
        String inspector = TestAccounts.username(ir.daftar.core.common.ActorRole.INSPECTOR);
        assertThat(status(inspector, path)).isEqualTo(404);
        String inspection = KanoonOrders.open(api, inspector, List.of("TEST-INSPECTOR"), Map.of("kind", "AD_HOC",
                "officeId", "OFF-1001", "periodFrom", "2001-01-01T00:00:00Z",
                "periodTo", "2001-01-02T00:00:00Z")).text("inspectionId");
        awaitProjections();
        assertThat(status(inspector, path)).isEqualTo(200);
        api.ok(inspector, HttpMethod.POST, "/api/v1/inspections/" + inspection + "/report", Map.of("summary", "بدون یافته"));
        api.ok(inspector, HttpMethod.POST, "/api/v1/inspections/" + inspection + "/report/sending", null);
        awaitProjections();
        assertThat(status(inspector, path)).isEqualTo(404);

        // A12: every summary read is on the record, with who read it and why
        awaitProjections();
        assertThat(readerRoles(filing[0], "summary")).containsExactlyInAnyOrder("OFFICE_CLERK", "OFFICE_MANAGER",
                "APPLICANT", "COURT_STAFF", "ADMIN", "COURT_STAFF", "INSPECTOR");
        assertThat(jdbc.queryForList("SELECT purpose FROM access_log WHERE filing_id = ? AND view_name = 'summary'",
                String.class, filing[0])).contains("registration", "inspection " + inspection);
    }

    @Test
    void the_applicant_reads_their_own_case_history_without_staff_ids_and_the_read_is_logged() throws Exception {
        String[] filing = api.officeRouteToSubmission("clerk1001", "legal1001");
        String path = "/api/v1/filings/" + filing[0] + "/history";
        awaitProjections();

        Response history = api.ok("applicant", HttpMethod.GET, path + "?purpose=" + "پیگیری", null);
        JsonNode entries = history.body().path("entries");
        assertThat(entries.findValuesAsText("eventType")).contains("FilingStarted", "TrackingCodeIssued",
                "SubmittedToCompetentAuthority");
        assertThat(entries.findValuesAsText("actorRole")).contains("OFFICE_CLERK", "OFFICE_LEGAL_EXPERT");
        assertThat(entries.findValuesAsText("officeId")).contains("OFF-1001");
        // A12: who acted is shown by role and office, not by the staff member's national code
        assertThat(history.body().toString()).doesNotContain(CLERK_CODE, EXPERT_CODE);
        Response csv = api.ok("applicant", HttpMethod.GET, path + "?format=csv", null);
        assertThat(csv.body().asText()).contains("FilingStarted").doesNotContain(CLERK_CODE, EXPERT_CODE);
        // staff still see who acted
        assertThat(api.ok("court", HttpMethod.GET, path, null).body().toString()).contains(CLERK_CODE);

        assertThat(status("applicant2", path)).isEqualTo(404);
        assertThat(status("police", path)).isEqualTo(403);

        awaitProjections();
        assertThat(readerRoles(filing[0], "history")).containsExactly("APPLICANT", "APPLICANT", "COURT_STAFF");
        assertThat(jdbc.queryForList("SELECT purpose FROM access_log WHERE filing_id = ? AND view_name = 'history'",
                String.class, filing[0])).contains("پیگیری");
        // and the applicant sees their own reads in the case's access log, like everyone else's
        Response log = api.ok("applicant", HttpMethod.GET, "/api/v1/filings/" + filing[0] + "/access-log", null);
        assertThat(log.body().path("reads").findValuesAsText("role")).contains("APPLICANT", "COURT_STAFF");
    }

    @Test
    void an_inspector_lists_the_inspections_they_take_part_in() throws Exception {
        Instant now = Instant.now();
        String shared = KanoonOrders.open(api, "inspector1", List.of("0511111118", "0522222226"), Map.of("kind", "PERIODIC",
                "officeId", "OFF-1002", "inspectorIds", List.of("0511111118", "0522222226"),
                "periodFrom", "2002-03-21T00:00:00Z", "periodTo", now.toString())).text("inspectionId");
        awaitProjections();

        for (String inspector : List.of("inspector1", "inspector2")) {
            JsonNode list = api.ok(inspector, HttpMethod.GET, "/api/v1/inspections", null).body().path("inspections");
            List<String> ids = list.findValuesAsText("inspectionId");
            assertThat(ids).as(inspector).contains(shared);
            JsonNode mine = list.get(ids.indexOf(shared));
            assertThat(mine.path("officeId").asText()).isEqualTo("OFF-1002");
            assertThat(mine.path("kind").asText()).isEqualTo("PERIODIC");
            assertThat(mine.path("openedBy").asText()).isEqualTo("0511111118");
            assertThat(mine.path("state").asText()).isEqualTo("OPEN");
            assertThat(mine.path("periodFrom").asText()).isEqualTo("2002-03-21T00:00:00Z");
            List<String> inspectors = new ArrayList<>();
            mine.path("inspectorIds").forEach(i -> inspectors.add(i.asText()));
            assertThat(inspectors).containsExactlyInAnyOrder("0511111118", "0522222226");
        }
        String outsider = TestAccounts.username(ir.daftar.core.common.ActorRole.INSPECTOR);
        assertThat(api.ok(outsider, HttpMethod.GET, "/api/v1/inspections", null).body().path("inspections")
                .findValuesAsText("inspectionId")).doesNotContain(shared);
        assertThat(status("gd", "/api/v1/inspections")).isEqualTo(403);
        assertThat(status("clerk1002", "/api/v1/inspections")).isEqualTo(403);
    }

    @Test
    void a_report_is_read_by_its_tracking_code_by_the_body_that_sent_it_and_the_competent_authority() throws Exception {
        String[] filing = api.officeRouteToSubmission("clerk1001", "legal1001");
        Map<String, Object> body = Map.of("filingId", filing[0], "kind", "FORENSIC_REPORT", "title", "گزارش معاینه",
                "occurredAt", Instant.now().minusSeconds(3600).toString(), "documents", List.of(Map.of("title", "گزارش",
                        "pageCount", 1, "contentBase64", Base64.getEncoder().encodeToString(("r" + Instant.now()).getBytes()))));
        Response sent = api.ok("forensic", HttpMethod.POST, "/api/v1/reports", body);
        String code = sent.text("trackingCode");
        String path = "/api/v1/reports?trackingCode=" + code;
        awaitProjections();

        Response byBody = api.ok("forensic", HttpMethod.GET, path, null);
        assertThat(byBody.text("reportId")).isEqualTo(sent.text("reportId"));
        assertThat(byBody.text("filingId")).isEqualTo(filing[0]);
        assertThat(byBody.text("trackingCode")).isEqualTo(code);
        assertThat(byBody.text("reportingBodyId")).isEqualTo("FORENSIC-TEH");
        assertThat(byBody.text("kind")).isEqualTo("FORENSIC_REPORT");
        assertThat(byBody.text("title")).isEqualTo("گزارش معاینه");
        assertThat(byBody.text("competentAuthorityId")).isEqualTo("TEH-CIV-12");
        assertThat(byBody.body().path("documents").get(0).path("sha256").asText()).hasSize(64);
        assertThat(Instant.parse(byBody.text("occurredAt"))).isBefore(Instant.parse(byBody.text("submittedAt")));
        assertThat(byBody.body().path("acknowledgedAt").isNull()).isTrue();
        // the grouped code in Persian digits finds it too
        String persian = persianDigits(sent.text("grouped"));
        assertThat(api.ok("forensic", HttpMethod.GET, "/api/v1/reports?trackingCode=" + persian, null).text("reportId"))
                .isEqualTo(sent.text("reportId"));

        api.ok("court", HttpMethod.POST, "/api/v1/reports/" + sent.text("reportId") + "/acknowledgement", null);
        awaitProjections();
        Response byAuthority = api.ok("court", HttpMethod.GET, path, null);
        assertThat(byAuthority.text("acknowledgedBy")).isEqualTo("COURT-TEH-CIV-12-07");
        assertThat(byAuthority.body().path("acknowledgedAt").isNull()).isFalse();

        // another body, another authority, and an unknown code: the same 404; other roles: 403
        for (String outsider : List.of("expert", "police", "prosecutor")) {
            Response r = api.call(outsider, HttpMethod.GET, path, null);
            assertThat(r.status()).as(outsider).isEqualTo(404);
            assertThat(r.text("code")).isEqualTo("NOT_FOUND");
            assertThat(r.body().toString()).doesNotContain(code);
        }
        String unknown = TrackingCode.random(new SecureRandom()).value();
        assertThat(status("forensic", "/api/v1/reports?trackingCode=" + unknown)).isEqualTo(404);
        String typo = code.substring(0, 15) + ((code.charAt(15) - '0' + 1) % 10);
        Response bad = api.call("forensic", HttpMethod.GET, "/api/v1/reports?trackingCode=" + typo, null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("errors").get(0).path("field").asText()).isEqualTo("trackingCode");
        for (String refused : List.of("clerk1001", "applicant", "gd", "inspector1")) {
            assertThat(status(refused, path)).as(refused).isEqualTo(403);
        }

        // A12: each read of the report is a read of the case, by the body and by the authority
        awaitProjections();
        assertThat(readerRoles(filing[0], "report")).containsExactly("REPORTING_BODY", "REPORTING_BODY", "COURT_STAFF");
    }

    @Test
    void the_public_status_answer_names_every_status_and_step_in_persian_and_english_beside_its_code() throws Exception {
        String[] filing = api.officeRouteToSubmission("clerk1001", "legal1001");
        awaitProjections();
        Response status = api.call(null, HttpMethod.GET, "/api/v1/status/" + filing[1] + "?nationalCode=" + APPLICANT_CODE,
                null);
        assertThat(status.status()).isEqualTo(200);
        // the fields as they were
        assertThat(status.text("status")).isEqualTo("SUBMITTED");
        assertThat(status.text("trackingCode")).isEqualTo(filing[1]);
        // and the names beside them
        assertThat(status.body().path("statusLabel").path("code").asText()).isEqualTo("SUBMITTED");
        assertThat(status.body().path("statusLabel").path("fa").asText()).isEqualTo("ارسال‌شده به مرجع صالح");
        assertThat(status.body().path("statusLabel").path("en").asText()).isEqualTo("Submitted to the competent authority");
        JsonNode steps = status.body().path("steps");
        assertThat(steps.size()).isGreaterThanOrEqualTo(10);
        for (JsonNode step : steps) {
            String code = step.path("step").asText();
            assertThat(step.path("label").path("code").asText()).isEqualTo(code);
            assertThat(step.path("label").path("fa").asText()).as(code).matches(".*[\\u0600-\\u06FF].*");
            assertThat(step.path("label").path("en").asText()).as(code).isNotBlank().isNotEqualTo(code);
            assertThat(step.path("occurredAt").asText()).isNotBlank();
        }
        assertThat(steps.get(0).path("label").path("en").asText()).isEqualTo("Filing started");
    }

    @Test
    void rebuilding_the_reports_and_the_inspection_list_from_the_events_gives_identical_rows() throws Exception {
        String[] filing = api.officeRouteToSubmission("clerk1001", "legal1001");
        String reportId = api.ok("forensic", HttpMethod.POST, "/api/v1/reports", Map.of("filingId", filing[0],
                "kind", "FORENSIC_REPORT", "title", "گزارش", "documents", List.of(Map.of("title", "گزارش", "pageCount", 2,
                        "contentBase64", Base64.getEncoder().encodeToString(("x" + Instant.now()).getBytes())))))
                .text("reportId");
        api.ok("court", HttpMethod.POST, "/api/v1/reports/" + reportId + "/acknowledgement", null);
        KanoonOrders.open(api, "inspector2", List.of("0522222226"), Map.of("kind", "AD_HOC",
                "officeId", "OFF-1001", "periodFrom", "2003-01-01T00:00:00Z", "periodTo", "2003-02-01T00:00:00Z"));
        awaitProjections();
        List<String> queries = List.of("SELECT * FROM report_register ORDER BY report_id",
                "SELECT * FROM inspection_list ORDER BY inspection_id",
                "SELECT * FROM inspection_list_inspector ORDER BY inspector_id, inspection_id");
        List<List<Map<String, Object>>> before = queries.stream().map(jdbc::queryForList).toList();
        assertThat(before.get(0)).anySatisfy(r -> assertThat(r.get("acknowledged_by")).isEqualTo("COURT-TEH-CIV-12-07"));
        assertThat(before.get(1)).isNotEmpty();

        // damaged read models, so that only a replay of the events can give the rows back
        jdbc.update("UPDATE report_register SET title = 'damaged', acknowledged_by = NULL");
        jdbc.update("UPDATE inspection_list SET state = 'DAMAGED'");
        jdbc.update("DELETE FROM inspection_list_inspector");
        assertThat(queries.stream().map(jdbc::queryForList).toList()).isNotEqualTo(before);

        projections.rebuild("reports");
        projections.rebuild("inspection-list");
        List<List<Map<String, Object>>> after = List.of();
        for (int i = 0; i < 200 && !after.equals(before); i++) {
            awaitProjections();
            after = queries.stream().map(jdbc::queryForList).toList();
            Thread.sleep(50);
        }
        assertThat(after).isEqualTo(before);
    }
}
