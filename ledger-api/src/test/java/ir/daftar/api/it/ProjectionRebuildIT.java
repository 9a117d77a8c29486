package ir.daftar.api.it;

import static ir.daftar.api.it.ApiClient.APPLICANT_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** Projections dropped and rebuilt from the events give exactly the rows they had. */
class ProjectionRebuildIT extends PostgresIntegrationTest {

    private static final List<String> QUERIES = List.of(
            "SELECT * FROM case_status ORDER BY filing_id",
            "SELECT * FROM case_status_step ORDER BY filing_id, step_no",
            "SELECT * FROM case_history ORDER BY filing_id, seq");

    /** Every table of every projection. */
    private static final List<String> PROJECTION_TABLES = List.of("case_status", "case_status_step", "case_history",
            "case_history_notice", "case_history_linked", "notice", "paper_file", "access_log", "report_register",
            "inspection_list", "inspection_list_inspector", "stat_fact", "stat_filing", "stat_office", "stat_inspection");

    @Test
    void rebuilding_case_status_and_case_history_from_the_events_gives_identical_results() throws Exception {
        api.officeRouteToSubmission("clerk1001", "legal1001");
        api.portalRouteToSubmission("applicant", "clerk1001b", "legal1001");
        api.officeRouteToSubmission("clerk1001b", "manager1001");
        awaitProjections();
        List<List<Map<String, Object>>> before = QUERIES.stream().map(jdbc::queryForList).toList();
        assertThat(before.get(0)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(before.get(2)).hasSizeGreaterThanOrEqualTo(30);

        projections.rebuild("case-status");
        projections.rebuild("case-history");
        awaitProjections();
        awaitReplayFinished();

        List<List<Map<String, Object>>> after = QUERIES.stream().map(jdbc::queryForList).toList();
        assertThat(after).isEqualTo(before);
    }

    /**
     * ADR 0102: every projection rebuilt in one pass over the events has, byte for byte (each row's text form,
     * bytea as hex), the rows the projections' own processors give when each rebuilds on its own.
     */
    @Test
    void a_rebuild_in_one_pass_gives_byte_identical_rows_to_each_processor_rebuilding_on_its_own() throws Exception {
        fillEveryProjection();
        awaitProjections();
        for (String name : projections.projectionNames()) {
            projections.rebuild(name);
        }
        Map<String, List<String>> byProcessors = settledRows();
        for (String table : PROJECTION_TABLES) {
            assertThat(byProcessors.get(table)).as(table).isNotEmpty();
        }

        // damage every table, so that only the pass can give the rows back
        for (String table : PROJECTION_TABLES) {
            jdbc.update("DELETE FROM " + table);
        }
        ApiClient.Response started = api.ok("admin", HttpMethod.POST, "/api/v1/admin/projections/rebuild", null);
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.body().path("state").asText()).isIn("RUNNING", "DONE");
        assertThat(started.body().path("projections")).hasSize(projections.projectionNames().size());
        JsonNode status = awaitPass();
        assertThat(status.path("state").asText()).as(status.toString()).isEqualTo("DONE");
        assertThat(status.path("percent").asInt()).isEqualTo(100);
        assertThat(status.path("events").asLong()).isPositive();
        assertThat(status.path("eventsPerSecond").asDouble()).isPositive();

        // read at once: the rows are the pass's own (its batches are committed before it is DONE; the processors
        // it restarted go on from the head, where no event is left for them)
        assertThat(rows()).isEqualTo(byProcessors);
        assertThat(settledRows()).isEqualTo(byProcessors);
    }

    @Test
    void a_second_pass_while_one_runs_is_refused_and_an_unknown_projection_is_named() throws Exception {
        ApiClient.Response unknown = api.call("admin", HttpMethod.POST, "/api/v1/admin/projections/rebuild?only=case-status,nope",
                null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("errors").get(0).path("field").asText()).isEqualTo("only");

        ApiClient.Response first = api.ok("admin", HttpMethod.POST, "/api/v1/admin/projections/rebuild?only=access-log", null);
        ApiClient.Response second = api.call("admin", HttpMethod.POST, "/api/v1/admin/projections/rebuild", null);
        if (second.status() == 409) {
            assertThat(second.body().path("code").asText()).isEqualTo("REBUILD_RUNNING");
        } else {
            // the first pass had already ended (a small store): the second one started
            assertThat(first.body().path("state").asText()).isIn("RUNNING", "DONE");
            assertThat(second.status()).isEqualTo(202);
        }
        assertThat(awaitPass().path("state").asText()).isEqualTo("DONE");
    }

    /** At least one row in every projection: filings, a notice, a logged read, a report, a paper file, an inspection. */
    private void fillEveryProjection() {
        String[] filing = api.officeRouteToSubmission("clerk1001", "legal1001");
        api.portalRouteToSubmission("applicant", "clerk1001b", "legal1001");
        String notice = api.ok("court", HttpMethod.POST, "/api/v1/notices", Map.of("filingId", filing[0], "kind", "HEARING_DATE",
                "recipient", Map.of("role", "APPLICANT", "nationalCode", APPLICANT_CODE, "name", "زهرا احمدی"),
                "text", "وقت رسیدگی", "documentSha256", List.of(ApiClient.SIGNED_FORM))).text("noticeId");
        api.ok("court", HttpMethod.POST, "/api/v1/notices/" + notice + "/deposit", null);
        api.ok("applicant", HttpMethod.GET, "/api/v1/filings/mine", null); // each shown filing's read is logged (A12)
        api.ok("forensic", HttpMethod.POST, "/api/v1/reports", Map.of("filingId", filing[0], "kind", "FORENSIC_REPORT",
                "title", "گزارش", "documents", List.of(document("گزارش"))));
        api.ok("police", HttpMethod.POST, "/api/v1/paper-files", Map.of("filingId", filing[0], "paperReference", "K12/1405/331",
                "carriedBy", "ستوان علی رضایی", "acts", List.of(Map.of("description", "صورت‌جلسه",
                        "occurredAt", Instant.now().minusSeconds(3600).toString()))));
        KanoonOrders.open(api, "inspector2", List.of("0522222226"), Map.of("kind", "AD_HOC",
                "officeId", "OFF-1001", "periodFrom", "2004-01-01T00:00:00Z", "periodTo", "2004-02-01T00:00:00Z"));
    }

    private static Map<String, Object> document(String title) {
        return Map.of("title", title, "pageCount", 1,
                "contentBase64", Base64.getEncoder().encodeToString((title + Instant.now()).getBytes()));
    }

    /** Each projection table's rows as text, sorted, once the projections have caught up and two reads agree. */
    private Map<String, List<String>> settledRows() throws InterruptedException {
        Map<String, List<String>> previous = null;
        for (int i = 0; i < 100; i++) {
            awaitProjections();
            Map<String, List<String>> rows = rows();
            if (rows.equals(previous)) {
                return rows;
            }
            previous = rows;
            Thread.sleep(200);
        }
        throw new AssertionError("the projections did not settle");
    }

    private Map<String, List<String>> rows() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : PROJECTION_TABLES) {
            rows.put(table, jdbc.queryForList("SELECT t::text FROM " + table + " t ORDER BY 1", String.class));
        }
        return rows;
    }

    private JsonNode awaitPass() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonNode status = api.ok("admin", HttpMethod.GET, "/api/v1/admin/projections/rebuild", null).body();
        while ("RUNNING".equals(status.path("state").asText()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            status = api.ok("admin", HttpMethod.GET, "/api/v1/admin/projections/rebuild", null).body();
        }
        return status;
    }

    private void awaitReplayFinished() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            long rows = jdbc.queryForObject("SELECT count(*) FROM case_history", Long.class);
            long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%FilingEvent%'",
                    Long.class);
            if (rows == events) {
                return;
            }
            Thread.sleep(50);
        }
    }
}
