package ir.daftar.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.api.it.ApiClient;
import ir.daftar.api.it.TestAccounts;
import ir.daftar.core.common.ActorRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.http.HttpMethod;

/**
 * Statistics over HTTP on PostgreSQL (issue 20, ADR 1100): the progress report counts new filings, reads the figures
 * of a past instant, and is the same after the statistics are rebuilt in one pass; CSV; the GD's evaluation and the
 * Kanoon's report; the public scorecard with its small counts suppressed; a malformed parameter named; and the
 * Persian pages with their charts in a real browser (the one integration test class of the statistics).
 */
class StatisticsIT extends BrowserTest {

    private static final String GD = TestAccounts.username(ActorRole.GD_OFFICER);
    private static final String PROGRESS = "/api/v1/statistics/progress?period=ALL";

    @Test
    void the_reports_count_new_filings_read_a_past_instant_and_survive_a_rebuild() throws Exception {
        awaitProjections();
        Instant before = Instant.now();
        Thread.sleep(5); // every later event is recorded after the instant
        JsonNode then = api.ok(GD, HttpMethod.GET, PROGRESS, null).body();

        api.officeRouteToSubmission("clerk1001", "legal1001");
        api.officeRouteToSubmission("clerk1001b", "manager1001");
        api.portalRouteToSubmission("applicant", "clerk1001b", "legal1001");
        awaitProjections();

        JsonNode now = api.ok(GD, HttpMethod.GET, PROGRESS, null).body();
        for (String measure : List.of("FILING_STARTED", "TRACKING_CODE_ISSUED", "SUBMITTED")) {
            assertThat(count(now, measure)).as(measure).isEqualTo(count(then, measure) + 3);
        }
        assertThat(count(now, "CONFORMITY_VERIFIED")).isGreaterThanOrEqualTo(count(then, "CONFORMITY_VERIFIED") + 3);
        assertThat(now.path("total").path("toSubmission").path("count").asLong()).isGreaterThanOrEqualTo(3);

        // as of the instant before the filings: the figures of that instant
        JsonNode asOf = api.ok(GD, HttpMethod.GET, PROGRESS + "&asOf=" + before, null).body();
        assertThat(asOf.path("total")).isEqualTo(then.path("total"));
        assertThat(asOf.path("rows")).isEqualTo(then.path("rows"));

        // rebuilt in one pass (ADR 0102): the same rows, the same report
        List<String> rows = jdbc.queryForList("SELECT t::text FROM stat_fact t ORDER BY 1", String.class);
        jdbc.update("DELETE FROM stat_fact");
        assertThat(api.ok("admin", HttpMethod.POST, "/api/v1/admin/projections/rebuild?only=statistics", null).status())
                .isEqualTo(202);
        awaitPass();
        awaitProjections();
        assertThat(jdbc.queryForList("SELECT t::text FROM stat_fact t ORDER BY 1", String.class)).isEqualTo(rows);
        JsonNode rebuilt = api.ok(GD, HttpMethod.GET, PROGRESS, null).body();
        assertThat(rebuilt.path("total")).isEqualTo(now.path("total"));

        ApiClient.Response csv = api.ok(GD, HttpMethod.GET, PROGRESS + "&format=csv&by=ROUTE", null);
        assertThat(csv.headers().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.body().asText()).startsWith("period,value,filing_started,").contains("\r\nall,OFFICE,")
                .contains("\r\nall,PORTAL,");
    }

    @Test
    void the_evaluation_the_kanoons_report_and_the_public_scorecard() throws Exception {
        api.officeRouteToSubmission("clerk1001", "legal1001");
        awaitProjections();

        JsonNode evaluation = api.ok(GD, HttpMethod.GET, "/api/v1/statistics/offices/evaluation", null).body();
        assertThat(evaluation.path("outlierRule").asText()).startsWith("Tukey's fences");
        assertThat(evaluation.path("offices").findValuesAsText("officeId")).contains("OFF-1001");

        JsonNode performance = api.ok(TestAccounts.username(ActorRole.INSPECTOR), HttpMethod.GET,
                "/api/v1/statistics/offices/performance?officeId=OFF-1001&period=YEAR", null).body();
        assertThat(performance.path("rows")).isNotEmpty();
        assertThat(performance.path("rows").findValuesAsText("value")).containsOnly("OFF-1001");

        ApiClient.Response scorecard = api.ok(null, HttpMethod.GET, "/api/v1/statistics/scorecard", null);
        assertThat(scorecard.body().path("suppressionRule").asText()).contains("at least 5 submissions");
        assertThat(scorecard.body().path("offices")).isNotEmpty().allSatisfy(office -> {
            assertThat(office.has("nationalCode")).isFalse();
            if (office.path("submissions").asText().equals("<5")) {
                assertThat(office.path("medianSecondsToSubmission").isNull()).isTrue();
            }
        });

        ApiClient.Response bad = api.call(GD, HttpMethod.GET, "/api/v1/statistics/progress?from=yesterday", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("errors").get(0).path("field").asText()).isEqualTo("from");
        ApiClient.Response backwards = api.call(GD, HttpMethod.GET, "/api/v1/statistics/progress?from=1404/05/01&to=1404/04/01",
                null);
        assertThat(backwards.status()).isEqualTo(400);
    }

    @Test
    void the_persian_report_page_with_its_charts_and_the_public_scorecard() throws Exception {
        api.officeRouteToSubmission("clerk1001", "legal1001");
        api.portalRouteToSubmission("applicant", "clerk1001b", "legal1001");
        awaitProjections();

        open("/scorecard");
        assertThat(text("h1")).isEqualTo("کارنامه دفاتر");
        // an office with fewer than 5 submissions: its median is not published
        List<List<String>> cells = browser.findElements(By.cssSelector("#scorecard tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(td -> td.getText().strip()).toList()).toList();
        assertThat(cells).filteredOn(row -> row.get(1).equals("کمتر از ۵") || row.get(1).equals("۰")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get(2)).isEqualTo("منتشر نمی‌شود"));
        assertThat(text("#scorecard tr[data-office='OFF-1001']")).contains("دفتر خدمات الکترونیک قضایی ۱۰۰۱");
        assertThat(text("#suppression")).contains("دست‌کم بر ۵ پرونده", "کمتر از ۵");
        check("statistics-scorecard");

        assertThat(signIn("gd")).isEqualTo("/admin");
        open("/statistics");
        assertThat(text("h1")).isEqualTo("آمار پیشرفت دفاتر");
        assertThat(browser.findElements(By.cssSelector("figure.chart svg[role=img]"))).hasSize(2);
        // Jalali months with Persian digits, in the table and on the chart's axis
        assertThat(texts("#months tbody th")).isNotEmpty().allMatch(t -> t.matches("[۰-۹]{4}/[۰-۹]{2}"));
        assertThat(text("#monthly svg")).contains(texts("#months tbody th").get(0));
        assertThat(text("#offices tr[data-office='OFF-1001']")).contains("دفتر خدمات الکترونیک قضایی ۱۰۰۱");
        assertThat(browser.findElement(By.cssSelector("#downloads a[href*='format=csv']")).getAttribute("href"))
                .contains("/api/v1/statistics/progress");
        check("statistics-report");

        // a Jalali date typed with Persian digits sets the period
        open("/statistics?from=" + java.net.URLEncoder.encode("۱۴۰۰/۰۱/۰۱", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(browser.findElement(By.id("from")).getAttribute("value")).isEqualTo("۱۴۰۰/۰۱/۰۱");
    }

    private static long count(JsonNode report, String measure) {
        return report.path("total").path("counts").path(measure).asLong();
    }

    private void awaitPass() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonNode status = api.ok("admin", HttpMethod.GET, "/api/v1/admin/projections/rebuild", null).body();
        while ("RUNNING".equals(status.path("state").asText()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            status = api.ok("admin", HttpMethod.GET, "/api/v1/admin/projections/rebuild", null).body();
        }
        assertThat(status.path("state").asText()).as(status.toString()).isEqualTo("DONE");
    }
}
